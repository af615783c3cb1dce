package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * A stored object cannot be read back as the record: a required field is missing or a value is
 * malformed.
 */
public class CodecException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime and generated code.
   *
   * @param message what cannot be read, and why
   * @param resource the resource name; null while only the field is known
   * @param id the record's id; null while only the field is known
   * @param cause the parse failure; null if none
   */
  public CodecException(
      String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, resource, id, cause);
  }

  /**
   * This failure, located: itself if it names its resource, else a copy that names the resource and
   * record (for failures of values inside a JSON array, whose decoder only knows the field).
   *
   * @param resource the resource name
   * @param id the record's id
   * @return this, or a copy with the same cause and stack trace
   */
  public CodecException at(String resource, String id) {
    if (resource() != null) {
      return this;
    }
    CodecException located =
        new CodecException(
            "Cannot read " + where(resource, id) + ": " + getMessage(), resource, id, getCause());
    located.setStackTrace(getStackTrace());
    return located;
  }
}
