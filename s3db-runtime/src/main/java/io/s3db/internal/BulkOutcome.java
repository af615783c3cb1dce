package io.s3db.internal;

import io.s3db.BulkResult;
import java.util.ArrayList;
import java.util.List;

/** What one item of a bulk call came to: stored, or failed with why. */
sealed interface BulkOutcome<T> {
  record Stored<T>(T item) implements BulkOutcome<T> {}

  record Failed<T>(BulkResult.Failure<T> failure) implements BulkOutcome<T> {}

  /** The bulk result of outcomes in item order. */
  static <T> BulkResult<T> collect(List<BulkOutcome<T>> outcomes) {
    List<T> succeeded = new ArrayList<>();
    List<BulkResult.Failure<T>> failures = new ArrayList<>();
    for (BulkOutcome<T> outcome : outcomes) {
      if (outcome instanceof Stored<T> stored) {
        succeeded.add(stored.item());
      } else if (outcome instanceof Failed<T> failed) {
        failures.add(failed.failure());
      }
    }
    return new BulkResult<>(succeeded, succeeded.size(), failures);
  }
}
