package io.s3db;

/** {@code get}, {@code update} or {@code content} of an id that does not exist. */
public class ResourceNotFoundException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime.
   *
   * @param resource the resource name
   * @param id the record's id
   */
  public ResourceNotFoundException(String resource, String id) {
    super("No record for " + where(resource, id) + ".", resource, id, null);
  }
}
