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

  /** Bytes the record needs, counted as AWS counts them. */
  public int size() {
    return size;
  }

  public int limit() {
    return limit;
  }

  /** The biggest fields first, each as {@code path (N bytes)}. */
  public List<String> largestFields() {
    return largestFields;
  }
}
