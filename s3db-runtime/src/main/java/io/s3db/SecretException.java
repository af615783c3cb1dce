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

  /**
   * A failure not yet located: see {@link #at}.
   *
   * @param message why the secret cannot be decrypted, without any secret
   */
  public SecretException(String message) {
    super(message);
  }

  /**
   * A located failure.
   *
   * @param message why the secret cannot be decrypted, without any secret
   * @param resource the resource name; null if not known
   * @param id the record's id; null if not known
   * @param cause the underlying failure; null if none
   */
  public SecretException(
      String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, resource, id, cause);
  }

  /**
   * The same failure, located: a copy whose message names the resource, record id and field, for
   * callers that decrypt without knowing where the value came from and add that on the way out.
   *
   * @param resource the resource name
   * @param id the record's id; null if it has none
   * @param field the secret field's path, such as {@code profile.ssn}
   * @return a new exception with the same cause
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
