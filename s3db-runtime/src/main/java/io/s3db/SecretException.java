package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * A stored secret could not be decrypted: it failed to authenticate under the configured passphrase
 * (a wrong passphrase, or a value that was altered, truncated or is not an s3db secret at all). The
 * message never includes the plaintext, the passphrase or key material.
 */
public class SecretException extends S3dbException {
  private static final long serialVersionUID = 1L;

  private static final String PREFIX = "Cannot decrypt secret: ";

  public SecretException(String message) {
    super(message);
  }

  public SecretException(
      String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, resource, id, cause);
  }

  /**
   * The same failure, located: a copy whose message names the resource, record id and field, for
   * callers that decrypt without knowing where the value came from and add that on the way out.
   */
  public SecretException at(String resource, @Nullable String id, String field) {
    String reason = String.valueOf(getMessage());
    if (reason.startsWith(PREFIX)) {
      reason = reason.substring(PREFIX.length());
    }
    return new SecretException(
        "Cannot decrypt secret field '" + field + "' of " + where(resource, id) + ": " + reason,
        resource,
        id,
        getCause());
  }
}
