package io.s3db.reliability;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * A record whose long text overflows S3 metadata into a JSON body (body-overflow), so its writes
 * are PUTs with a body and its reads GETs: the lost-reply check must work on those too.
 */
@S3Resource(name = "ledgers", paranoid = false)
@Behavior(BehaviorMode.BODY_OVERFLOW)
@Partition(name = "byZone", fields = "zone")
public record Ledger(@Nullable String id, String zone, long entries, String text) {

  Ledger entered(String newZone) {
    return new Ledger(id, newZone, entries + 1, text);
  }
}
