package io.s3db;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * S3 refused or failed a request. The AWS SDK exception is the cause; {@link #retryable()} follows
 * it.
 */
public class S3AccessException extends S3dbException {
  private static final long serialVersionUID = 1L;

  public S3AccessException(
      String message, @Nullable String resource, @Nullable String id, SdkException cause) {
    super(message + ": " + cause.getMessage(), resource, id, cause);
  }

  @Override
  public boolean retryable() {
    return getCause() instanceof SdkException sdk && sdk.retryable();
  }
}
