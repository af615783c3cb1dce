package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * s3db cannot start or cannot serve a resource as configured: a bad connection string, an unknown
 * record type, …
 */
public class S3dbConfigurationException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * A configuration error.
   *
   * @param message what is wrong, and how to fix it
   */
  public S3dbConfigurationException(String message) {
    super(message);
  }

  /**
   * A configuration error found through another failure.
   *
   * @param message what is wrong, and how to fix it
   * @param cause the underlying failure; null if none
   */
  public S3dbConfigurationException(String message, @Nullable Throwable cause) {
    super(message, null, null, cause);
  }
}
