package io.s3db;

import java.util.List;

/**
 * What a bulk call did, item by item: per-item failures are data, never a thrown exception, and no
 * item is dropped silently. Immutable.
 *
 * <pre>{@code
 * BulkResult<User> r = users.insertMany(batch);
 * r.failures().forEach(f -> log.warn("insert of {} failed: {}", f.id(), f.error().getMessage()));
 * }</pre>
 *
 * @param <T> the item type: records for inserts, ids for deletes
 */
public final class BulkResult<T> {
  private final List<T> succeeded;
  private final long succeededCount;
  private final List<Failure<T>> failures;

  /**
   * For the runtime.
   *
   * @param succeeded the items that succeeded, kept; copied
   * @param succeededCount how many items succeeded, kept or not
   * @param failures the items that failed, with why; copied
   */
  public BulkResult(List<T> succeeded, long succeededCount, List<Failure<T>> failures) {
    this.succeeded = List.copyOf(succeeded);
    this.succeededCount = succeededCount;
    this.failures = List.copyOf(failures);
  }

  /**
   * The items that succeeded, in input order (records as stored, with their ids). Empty for a
   * {@link BulkWriter} unless {@link BulkWriter.Options#keepSucceeded(boolean)} asked for them.
   *
   * @return the items kept, unmodifiable
   */
  public List<T> succeeded() {
    return succeeded;
  }

  /** {@return how many items succeeded} */
  public long succeededCount() {
    return succeededCount;
  }

  /**
   * The items that failed, with why.
   *
   * @return the failures, unmodifiable; empty when every item succeeded
   */
  public List<Failure<T>> failures() {
    return failures;
  }

  /**
   * Whether every item succeeded.
   *
   * @return true when there is no failure
   */
  public boolean isSuccess() {
    return failures.isEmpty();
  }

  @Override
  public String toString() {
    return "BulkResult[succeeded=" + succeededCount + ", failed=" + failures.size() + "]";
  }

  /**
   * One item that failed.
   *
   * @param <T> the item type: records for inserts, ids for deletes
   * @param id the record id (generated ones included)
   * @param item the record, or the id for deletes
   * @param error why: a {@link ValidationException}, {@link ResourceAlreadyExistsException}, {@link
   *     S3AccessException}, …
   */
  public record Failure<T>(String id, T item, S3dbException error) {
    /**
     * {@return the id and the error, without the item: a record's own {@code toString} prints its
     * {@code @Secret} fields in plaintext}
     */
    @Override
    public String toString() {
      return "Failure[id=" + id + ", error=" + error + "]";
    }
  }
}
