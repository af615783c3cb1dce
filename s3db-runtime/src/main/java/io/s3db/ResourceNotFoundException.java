package io.s3db;

import java.util.List;

/**
 * {@code get}, {@code update} or {@code content} of an id that does not exist, or {@code
 * documents(name)} of a resource the catalog does not have.
 */
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

  /**
   * For the runtime: the catalog has no resource of this name.
   *
   * @param resource the resource name asked for
   * @param known the names the catalog has
   */
  public ResourceNotFoundException(String resource, List<String> known) {
    super(
        "The catalog s3db.json has no resource '"
            + resource
            + "'; it has "
            + (known.isEmpty() ? "none" : String.join(", ", known))
            + ".",
        resource,
        null,
        null);
  }
}
