package io.s3db.internal.format;

/**
 * Unpaired UTF-16 surrogates: text holding one has no UTF-8 form (the SDK would send {@code ?} in
 * its place), so ids, partition values and secrets are checked for them, and messages show them
 * escaped.
 */
public final class Surrogates {
  private Surrogates() {}

  /** Whether every surrogate in the text is half of a pair, so that the text has a UTF-8 form. */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The text with unpaired surrogates shown as {@code \\uD800}, for messages (a log would print
   * {@code ?}).
   */
  public static String escaped(String text) {
    if (isWellFormed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
