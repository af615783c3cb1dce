package io.s3db.bench;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * {@link Item}'s 7 fields with 2 partitions, for the partitioned variant: every write also writes
 * or removes 2 references, every delete must first learn the record's partition values.
 */
@S3Resource(name = "pitems", paranoid = false)
@Partition(name = "byStatus", fields = "status")
@Partition(name = "byActive", fields = "active")
public record PartItem(
    @Nullable String id,
    String name,
    String city,
    String status,
    int quantity,
    long counter,
    double price,
    boolean active) {

  static PartItem of(String id, int i) {
    Item x = Item.of(id, i);
    return new PartItem(
        id, x.name(), x.city(), x.status(), x.quantity(), x.counter(), x.price(), x.active());
  }

  PartItem withCounter(long value) {
    return new PartItem(id, name, city, status, quantity, value, price, active);
  }
}
