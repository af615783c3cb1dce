package io.s3db;

import org.jspecify.annotations.Nullable;

/**
 * One broken rule of a record.
 *
 * @param path the field, dotted for nested records ({@code profile.city})
 * @param rule the rule's name ({@code required}, {@code min}, {@code email}, …)
 * @param message what is wrong, in words
 * @param rejectedValue the offending value as text; null for a missing value and for secrets
 */
public record Violation(String path, String rule, String message, @Nullable String rejectedValue) {

  @Override
  public String toString() {
    return path + ": " + message + (rejectedValue == null ? "" : " (was '" + rejectedValue + "')");
  }
}
