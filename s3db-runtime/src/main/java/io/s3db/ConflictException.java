package io.s3db;

/**
 * An update kept losing to concurrent writers of the same record (every attempt found the record
 * changed between its read and its conditional write). Nothing was written by the failed call.
 */
public class ConflictException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime.
   *
   * @param resource the resource name
   * @param id the record's id
   * @param attempts how many attempts lost
   */
  public ConflictException(String resource, String id, int attempts) {
    super(
        "Update of "
            + where(resource, id)
            + " lost to concurrent writers "
            + attempts
            + " times in a row; nothing was written. Retry later.",
        resource,
        id,
        null);
  }

  @Override
  public boolean retryable() {
    return true;
  }
}
