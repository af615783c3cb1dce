package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * s3db cannot start or cannot serve a resource as configured: a bad connection string, an unknown
 * record type, …
 */
public class S3dbConfigurationException extends S3dbException {
  private static final long serialVersionUID = 1L;

  public S3dbConfigurationException(String message) {
    super(message);
  }

  public S3dbConfigurationException(String message, @Nullable Throwable cause) {
    super(message, null, null, cause);
  }
}
