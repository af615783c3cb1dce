package com.acme;

import io.s3db.S3db;
import io.s3db.annotations.BehaviorMode;
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
  public static final ResourceDescriptor<Visit> DESCRIPTOR =
      ResourceDescriptor.builder(Visit.class, "visit")
          .attributes(VisitCodec.ATTRIBUTES)
          .codec(new VisitCodec())
          .validator(new VisitValidator())
          .partitions(VisitPartitions.DEFINITIONS)
          .behavior(BehaviorMode.TRUNCATE_DATA)
          .timestamps(true)
          .versioning(true)
          .build();

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
