package com.acme;

import io.s3db.S3db;
import io.s3db.spi.DaoSupport;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceDescriptor;

/**
 * The records of resource {@code visit}, stored as {@link Visit}. Thread-safe.
 *
 * <pre>{@code
 * VisitDao dao = VisitDao.of(db);
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class VisitDao extends DaoSupport<Visit> {
  /**
   * Resource {@code visit}: its schema, codec and validator.
   */
  public static final ResourceDescriptor<Visit> DESCRIPTOR = new ResourceDescriptor<>(Visit.class, "visit", 22, VisitCodec.ATTRIBUTES, new VisitCodec(), new VisitValidator(),
  VisitPartitions.DEFINITIONS, true, "truncate-data", true, true);

  private VisitDao(S3db db) {
    super(db, DESCRIPTOR);
  }

  /**
   * The DAO of {@code visit} in this database; registers the resource on first use.
   */
  public static VisitDao of(S3db db) {
    return new VisitDao(db);
  }
}
