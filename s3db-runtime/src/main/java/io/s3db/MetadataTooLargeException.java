package io.s3db;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record does not fit in S3's 2 KB of user metadata and its resource's behavior refuses to store
 * it elsewhere. Thrown before any request.
 */
public class MetadataTooLargeException extends S3dbException {
  private static final long serialVersionUID = 1L;

  private final int size;
  private final int limit;
  private final List<String> largestFields;

  /**
   * For the runtime.
   *
   * @param resource the resource name
   * @param id the record's id; null for a new record without one
   * @param size bytes of metadata the record needs
   * @param limit bytes of metadata allowed
   * @param largestFields the biggest fields (up to three) first, each as {@code path (N bytes)}
   */
  public MetadataTooLargeException(
      String resource, @Nullable String id, int size, int limit, List<String> largestFields) {
    super(
        "Record for "
            + where(resource, id)
            + " needs "
            + size
            + " bytes of S3 metadata, more than the "
            + limit
            + " allowed; largest fields: "
            + largestFields
            + ". Shorten them or store them as content.",
        resource,
        id,
        null);
    this.size = size;
    this.limit = limit;
    this.largestFields = List.copyOf(largestFields);
  }

  /** {@return bytes the record needs, counted as AWS counts them} */
  public int size() {
    return size;
  }

  /** {@return the bytes of user metadata S3 allows: 2048, keys and values together} */
  public int limit() {
    return limit;
  }

  /** {@return the biggest fields first, each as {@code path (N bytes)}} */
  public List<String> largestFields() {
    return largestFields;
  }
}
