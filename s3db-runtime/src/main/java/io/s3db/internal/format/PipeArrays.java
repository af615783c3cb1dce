package io.s3db.internal.format;

import java.util.ArrayList;
import java.util.List;

/**
 * String arrays in one metadata value (FORMAT.md §4.2 "Array escaping"; s3db.js {@code fromArray} /
 * {@code toArray} with separator {@code |}): items joined with {@code |}, each item's {@code \}
 * doubled and its {@code |} escaped as {@code \|}. {@code ["admin","dev|ops","back\slash"]} ⇄
 * {@code admin|dev\|ops|back\\slash}. Number arrays reuse the same layout with base62 items.
 *
 * <p>Limitation of the format: the empty list and the list holding one empty string both encode to
 * {@code ""}, which decodes to the empty list. Callers that must keep {@code [""]} apart from
 * {@code []} have to store it some other way (or reject it).
 */
public final class PipeArrays {
  private PipeArrays() {}

  /** Escapes and joins; the empty list gives {@code ""}. */
  public static String join(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append('|');
      }
      String item = items.get(i);
      for (int j = 0; j < item.length(); j++) {
        char c = item.charAt(j);
        if (c == '\\' || c == '|') {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Splits as s3db.js 21.x does: {@code \} followed by any character emits that character (a
   * trailing lone {@code \} stays literal), an unescaped {@code |} ends an item; {@code ""} is the
   * empty list. The result is modifiable.
   */
  public static List<String> split(String stored) {
    List<String> items = new ArrayList<>();
    if (stored.isEmpty()) {
      return items;
    }
    StringBuilder current = new StringBuilder();
    int i = 0;
    while (i < stored.length()) {
      char c = stored.charAt(i);
      if (c == '\\' && i + 1 < stored.length()) {
        current.append(stored.charAt(i + 1));
        i += 2;
      } else if (c == '|') {
        items.add(current.toString());
        current.setLength(0);
        i++;
      } else {
        current.append(c);
        i++;
      }
    }
    items.add(current.toString());
    return items;
  }
}
