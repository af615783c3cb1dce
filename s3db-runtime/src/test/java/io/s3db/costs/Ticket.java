package io.s3db.costs;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A record with one partition, so that its writes also put and check references. */
@S3Resource(name = "coststickets", paranoid = false)
@Partition(name = "byQueue", fields = "queue")
public record Ticket(@Nullable String id, String queue, String title) {
  public Ticket withQueue(String newQueue) {
    return new Ticket(id, newQueue, title);
  }
}
