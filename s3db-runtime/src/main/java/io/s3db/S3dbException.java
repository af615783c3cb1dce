package io.s3db;

import org.jspecify.annotations.Nullable;

/** The root of every error s3db throws. All are unchecked. */
public class S3dbException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable String resource;
  private final @Nullable String id;

  /**
   * An error of no particular resource.
   *
   * @param message what went wrong
   */
  public S3dbException(String message) {
    this(message, null, null, null);
  }

  /**
   * An error of a resource, and of one of its records if {@code id} is given.
   *
   * @param message what went wrong
   * @param resource the resource name; null if none
   * @param id the record's id; null if none
   * @param cause the underlying failure; null if none
   */
  public S3dbException(
      String message, @Nullable String resource, @Nullable String id, @Nullable Throwable cause) {
    super(message, cause);
    this.resource = resource;
    this.id = id;
  }

  /**
   * The resource the failed operation worked on, when there was one.
   *
   * @return the resource name, or null
   */
  public @Nullable String resource() {
    return resource;
  }

  /**
   * The record id the failed operation worked on, when there was one.
   *
   * @return the record id, or null
   */
  public @Nullable String id() {
    return id;
  }

  /**
   * Whether trying the same call again may succeed.
   *
   * @return true if the failure is transient (throttling, a lost race, a server error), false by
   *     default
   */
  public boolean retryable() {
    return false;
  }

  static String where(String resource, @Nullable String id) {
    return id == null
        ? "resource '" + resource + "'"
        : "resource '" + resource + "' id '" + id + "'";
  }
}
