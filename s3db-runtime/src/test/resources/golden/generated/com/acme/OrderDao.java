package com.acme;

import io.s3db.S3db;
import io.s3db.spi.DaoSupport;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceDescriptor;

/**
 * The records of resource {@code orders}, stored as {@link Order}. Thread-safe.
 *
 * <pre>{@code
 * OrderDao dao = OrderDao.of(db);
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class OrderDao extends DaoSupport<Order> {
  /**
   * Resource {@code orders}: its schema, codec and validator.
   */
  public static final ResourceDescriptor<Order> DESCRIPTOR =
      ResourceDescriptor.builder(Order.class, "orders")
          .idGenerator(new OrderIds())
          .attributes(OrderCodec.ATTRIBUTES)
          .codec(new OrderCodec())
          .validator(new OrderValidator())
          .partitions(OrderPartitions.DEFINITIONS)
          .paranoid(false)
          .build();

  private OrderDao(S3db db) {
    super(db, DESCRIPTOR);
  }

  /**
   * The DAO of {@code orders} in this database; registers the resource on first use.
   */
  public static OrderDao of(S3db db) {
    return new OrderDao(db);
  }
}
