package io.s3db;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * S3 refused or failed a request. The AWS SDK exception is the cause; {@link #retryable()} follows
 * it.
 */
public class S3AccessException extends S3dbException {
  private static final long serialVersionUID = 1L;

  /**
   * For the runtime.
   *
   * @param message what s3db could not do, e.g. {@code "Cannot list records of resource 'users'"};
   *     the SDK's message is appended
   * @param resource the resource name; null for requests of no resource (the catalog's)
   * @param id the record's id; null if none
   * @param cause the SDK's exception
   */
  public S3AccessException(
      String message, @Nullable String resource, @Nullable String id, SdkException cause) {
    super(message + ": " + cause.getMessage(), resource, id, cause);
  }

  @Override
  public boolean retryable() {
    return getCause() instanceof SdkException sdk && sdk.retryable();
  }
}
