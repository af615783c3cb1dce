package io.s3db.spi;

import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;

/**
 * The database a generated DAO runs on: the runtime's {@link S3db} implements it, so generated code
 * reaches the engine through this one interface and never names the runtime's internals.
 */
public interface DaoHost {
  /** The engine of the resource; registers it on first use if no module listed it. */
  <T> S3Dao<T> engine(ResourceDescriptor<T> descriptor);

  /** The host behind a generated DAO's {@code of(db)}. */
  static DaoHost of(S3db db) {
    if (db instanceof DaoHost host) {
      return host;
    }
    throw new S3dbConfigurationException(
        "Generated DAOs need the S3db made by S3db.connect or S3db.builder(),"
            + " not a "
            + db.getClass().getName()
            + ".");
  }
}
