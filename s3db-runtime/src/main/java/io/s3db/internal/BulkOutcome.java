package io.s3db.internal;

import io.s3db.BulkResult;
import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What one item of a bulk call came to: stored, or failed with why. */
sealed interface BulkOutcome<T> {
  record Stored<T>(T item) implements BulkOutcome<T> {}

  record Failed<T>(BulkResult.Failure<T> failure) implements BulkOutcome<T> {}

  /**
   * An insert's failure, named as the record was given ({@code ""} for one without an id); an
   * exception that is no {@link S3dbException} (a hook's) becomes the cause of one.
   */
  static <T> BulkOutcome<T> insertFailed(
      String resource, @Nullable String id, T record, RuntimeException e) {
    S3dbException error =
        e instanceof S3dbException s3db
            ? s3db
            : new S3dbException("Insert failed: " + e, resource, id, e);
    return new Failed<>(new BulkResult.Failure<>(id == null ? "" : id, record, error));
  }

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
