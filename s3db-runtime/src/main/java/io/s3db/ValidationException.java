package io.s3db;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record broke one or more rules; nothing was sent to S3. {@link #violations()} lists them all.
 */
public class ValidationException extends S3dbException {
  private static final long serialVersionUID = 1L;

  private final List<Violation> violations;

  public ValidationException(String resource, @Nullable String id, List<Violation> violations) {
    super(
        "Invalid record for " + where(resource, id) + ": " + violations + ".", resource, id, null);
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
