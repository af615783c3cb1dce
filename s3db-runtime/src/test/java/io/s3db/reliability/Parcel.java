package io.s3db.reliability;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A record that moves between zones, for the partition races. */
@S3Resource(name = "parcels", paranoid = false)
@Partition(name = "byZone", fields = "zone")
public record Parcel(@Nullable String id, String zone, long moves) {

  Parcel movedTo(String newZone) {
    return new Parcel(id, newZone, moves + 1);
  }
}
