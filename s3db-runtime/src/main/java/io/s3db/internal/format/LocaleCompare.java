package io.s3db.internal.format;

import java.util.Comparator;

/**
 * The order in which s3db.js puts a partition's fields into its keys: JavaScript {@code
 * a.localeCompare(b)}, i.e. ICU root collation (FORMAT.md §6), emulated for the characters field
 * paths can hold (Java identifiers joined by dots: letters, digits, {@code _}, {@code $}, {@code
 * .}).
 *
 * <p>ICU compares first by base letter, ignoring case, with punctuation before symbols before
 * digits before letters ({@code _} &lt; {@code .} &lt; {@code $} &lt; {@code 0}…{@code 9} &lt;
 * {@code a}…{@code z}); only when those agree does case count, lower case first. So {@code "plan" <
 * "profile.country"}, {@code "a_b" < "ab"} and {@code "Zone" > "apple"}, where plain {@code
 * String.compareTo} says otherwise. Other characters (non-ASCII letters, which Java identifiers
 * allow) sort after these by code unit: an approximation, not ICU.
 */
public final class LocaleCompare {
  private LocaleCompare() {}

  public static final Comparator<String> ORDER = LocaleCompare::compare;

  public static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      int d = Integer.compare(primary(a.charAt(i)), primary(b.charAt(i)));
      if (d != 0) {
        return d;
      }
    }
    if (a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        // tertiary level: lower case before upper case
        return Character.isLowerCase(x) && Character.isUpperCase(y)
            ? -1
            : Character.isUpperCase(x) && Character.isLowerCase(y) ? 1 : Character.compare(x, y);
      }
    }
    return 0;
  }

  private static int primary(char c) {
    if (c == '_') {
      return 1;
    }
    if (c == '.') {
      return 2;
    }
    if (c == '$') {
      return 3;
    }
    if (c >= '0' && c <= '9') {
      return 10 + (c - '0');
    }
    if (c >= 'a' && c <= 'z') {
      return 30 + (c - 'a');
    }
    if (c >= 'A' && c <= 'Z') {
      return 30 + (c - 'A');
    }
    return 100 + c;
  }
}
