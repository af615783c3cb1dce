package com.acme;

import io.s3db.PartitionKey;
import io.s3db.spi.Attribute;
import io.s3db.spi.Generated;
import io.s3db.spi.PartitionDefinition;
import io.s3db.spi.PartitionKeys;
import java.util.List;

/**
 * Typed keys of the partitions of {@link Order}, for the DAO's {@code list}, {@code count},
 * {@code page}, {@code stream} and {@code query}:
 * <pre>{@code
 * long n = dao.count(OrderPartitions.byStatus(…));
 * }</pre>
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class OrderPartitions {
  /**
   * The partitions as {@code s3db.json} declares them. Generated; not for direct use.
   */
  public static final List<PartitionDefinition<Order>> DEFINITIONS = List.of(
      new PartitionDefinition<>("byStatus", List.of(Attribute.of("status", "string")),
          OrderPartitions::keyOfByStatus),
      new PartitionDefinition<>("byCountryAndChannel",
          List.of(Attribute.of("shipTo.country", "string"), Attribute.of("channel", "string")),
          OrderPartitions::keyOfByCountryAndChannel));

  private OrderPartitions() {
  }

  /**
   * Partition {@code byStatus}: the records of resource {@code orders} whose {@code status} is
   * {@code status}.
   */
  public static PartitionKey<Order> byStatus(Order.Status status) {
    return PartitionKeys.<Order>builder("orders", "byStatus")
        .add("status", status)
        .build();
  }

  /**
   * Partition {@code byCountryAndChannel}: the records of resource {@code orders} whose
   * {@code shipTo.country} is {@code shipToCountry} and {@code channel} is {@code channel}.
   */
  public static PartitionKey<Order> byCountryAndChannel(String shipToCountry, String channel) {
    return PartitionKeys.<Order>builder("orders", "byCountryAndChannel")
        .add("shipTo.country", shipToCountry)
        .add("channel", channel)
        .build();
  }

  private static PartitionKey<Order> keyOfByStatus(Order record) {
    return byStatus(record.status());
  }

  private static PartitionKey<Order> keyOfByCountryAndChannel(Order record) {
    return byCountryAndChannel(record.shipTo().country(), record.channel());
  }
}
