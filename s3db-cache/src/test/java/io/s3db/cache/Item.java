package io.s3db.cache;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** The cached resource of the tests: a counter with a partition. */
@S3Resource(name = "items", paranoid = false)
@Partition(name = "byColor", fields = "color")
public record Item(@Nullable String id, String color, int n) {

  public Item withN(int newN) {
    return new Item(id, color, newN);
  }
}
