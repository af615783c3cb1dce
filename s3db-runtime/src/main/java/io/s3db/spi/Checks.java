package io.s3db.spi;

import io.s3db.Violation;

/** The violations generated validators report, worded once. */
public final class Checks {
  private Checks() {}

  public static Violation missing(String path) {
    return new Violation(path, "required", "must not be null (declare it @Nullable to allow absence)", null);
  }

  public static Violation unpairedSurrogate(String path) {
    return new Violation(path, "unicode", "contains an unpaired surrogate, which is not Unicode text and has no"
        + " UTF-8 form; S3 metadata could not store it", null);
  }

  /** Whether every surrogate in the text is half of a pair, so that the text has a UTF-8 form. */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  public static Violation notFinite(String path, double value) {
    return new Violation(path, "finite", "must be a finite number; s3db.js cannot store NaN or infinity",
        String.valueOf(value));
  }
}
