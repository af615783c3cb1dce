package com.acme;

import io.s3db.Violation;
import io.s3db.spi.Checks;
import io.s3db.spi.Generated;
import io.s3db.spi.ResourceValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks {@link Visit} before it is written. Generated; not for direct use.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class VisitValidator implements ResourceValidator<Visit> {
  @Override
  public List<Violation> validate(Visit record) {
    List<Violation> violations = new ArrayList<>();
    if (record.start() == null) {
      violations.add(Checks.missing("start"));
    } else {
      Checks.datetime(violations, "start", record.start());
    }
    if (record.followUp() != null) {
      Checks.dateOnly(violations, "followUp", record.followUp());
    }
    if (record.notes() == null) {
      violations.add(Checks.missing("notes"));
    } else {
      Checks.text(violations, "notes", record.notes());
    }
    if (record.place() != null) {
      validatePlace(record.place(), violations);
    }
    if (record.rooms() != null) {
      Checks.items(violations, "rooms", record.rooms());
    }
    if (record.createdAt() != null) {
      Checks.datetime(violations, "createdAt", record.createdAt());
    }
    if (record.updatedAt() != null) {
      Checks.datetime(violations, "updatedAt", record.updatedAt());
    }
    return violations;
  }

  private static void validatePlace(Visit.Place value, List<Violation> violations) {
    if (value.city() != null) {
      Checks.text(violations, "place.city", value.city());
    }
    if (value.room() != null) {
      Checks.text(violations, "place.room", value.room());
    }
  }
}
