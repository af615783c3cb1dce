package io.s3db;

import org.jspecify.annotations.Nullable;

/** A stored object cannot be read back as the record: a required field is missing or a value is malformed. */
public class CodecException extends S3dbException {
  private static final long serialVersionUID = 1L;

  public CodecException(String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, resource, id, cause);
  }
}
