package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * The write <b>happened</b> (the record is stored, or deleted), but an {@code after*} hook failed
 * afterwards. Do not retry the write as if it had failed: {@link #stored()} is its result. Every
 * after hook ran; the first failure is the {@linkplain #getCause() cause}, the others are
 * {@linkplain #getSuppressed() suppressed}. See {@link Hooks}.
 */
public class AfterHookException extends S3dbException {
  private static final long serialVersionUID = 1L;

  private final transient Object stored;
  private final String operation;

  /**
   * For the runtime.
   *
   * @param operation the write that happened: {@code insert}, {@code update}, {@code upsert} or
   *     {@code delete}
   * @param resource the resource name
   * @param id the record's id; null if it has none
   * @param stored the call's result, as stored
   * @param cause the first after hook's failure
   */
  public AfterHookException(
      String operation, String resource, @Nullable String id, Object stored, Throwable cause) {
    super(
        "The "
            + operation
            + " of "
            + where(resource, id)
            + " WAS written; an after-"
            + operation
            + " hook failed afterwards: "
            + cause,
        resource,
        id,
        cause);
    this.operation = operation;
    this.stored = stored;
  }

  /**
   * The call's result, as stored: the record for an insert, update or upsert; the id for a delete.
   *
   * @return the record as stored (cast it to the record type), or the deleted id as a {@code
   *     String}
   */
  public Object stored() {
    return stored;
  }

  /**
   * {@return the operation that was written: {@code insert}, {@code update}, {@code upsert}, {@code
   * delete}}
   */
  public String operation() {
    return operation;
  }
}
