package io.s3db;

import org.jspecify.annotations.Nullable;

/** The root of every error s3db throws. All are unchecked. */
public class S3dbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String resource;
  private final @Nullable String id;

  public S3dbException(String message) {
    this(message, null, null, null);
  }

  public S3dbException(
      String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, cause);
    this.resource = resource;
    this.id = id;
  }

  /** The resource the failed operation worked on, when there was one. */
  public @Nullable String resource() {
    return resource;
  }

  /** The record id the failed operation worked on, when there was one. */
  public @Nullable String id() {
    return id;
  }

  /** Whether trying the same call again may succeed. */
  public boolean retryable() {
    return false;
  }

  static String where(String resource, @Nullable String id) {
    return id == null
        ? "resource '" + resource + "'"
        : "resource '" + resource + "' id '" + id + "'";
  }
}
