package io.s3db;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record broke one or more rules; nothing was sent to S3. {@link #violations()} lists them all.
 */
public class ValidationException extends S3dbException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  /**
   * For the runtime and generated code.
   *
   * @param resource the resource name
   * @param id the record's id; null for a record without one
   * @param violations every rule the record broke; copied
   */
  public ValidationException(String resource, @Nullable String id, List<Violation> violations) {
    super(
        "Invalid record for " + where(resource, id) + ": " + violations + ".", resource, id, null);
    this.violations = List.copyOf(violations);
  }

  private ValidationException(String resource, List<Violation> violations, String message) {
    super(message, resource, null, null);
    this.violations = List.copyOf(violations);
  }

  /**
   * The same violations, naming the record as the caller gave it: a new record without an id (the
   * id s3db generated for it was never stored, so the message does not name it).
   *
   * @return a new exception with the same violations and no id
   */
  public ValidationException asNewRecord() {
    String resource = resource();
    return new ValidationException(
        resource == null ? "" : resource,
        violations,
        "Invalid new record (no id given) for resource '" + resource + "': " + violations + ".");
  }

  /**
   * {@return every rule the record broke, each with the field's path and the value; unmodifiable}
   */
  public List<Violation> violations() {
    return violations;
  }
}
