package io.s3db.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every record object this library writes names its write: a random token in a parameter of its
 * Content-Type ({@code w=}), after the tokens of the writes before it ({@code h=}, newest first, up
 * to {@value #HISTORY}). A HEAD then tells whether a write whose reply was lost was applied: its
 * token is the object's, or in the history of a write that replaced it. The history costs no
 * request: a replacing write has read the object it replaces. s3db.js ignores the Content-Type of
 * records (it returns it as {@code _mimeType}).
 */
final class Revision {
  /**
   * The media type of metadata-only records (their body is empty, or the token on replacing
   * writes).
   */
  static final String TYPE = "application/vnd.s3db.revision";

  /** How many earlier writes an object remembers. */
  static final int HISTORY = 8;

  private Revision() {}

  static String newToken() {
    return Ids.generate(16);
  }

  /**
   * {@code mediaType; w=token; h=…}: the write's Content-Type, remembering the object it replaces.
   */
  static String contentType(String mediaType, String token, @Nullable String replaced) {
    List<String> history = tokens(replaced);
    StringBuilder type = new StringBuilder(mediaType).append("; w=").append(token);
    if (!history.isEmpty()) {
      type.append("; h=")
          .append(String.join(".", history.subList(0, Math.min(HISTORY, history.size()))));
    }
    return type.toString();
  }

  /**
   * Whether the object with this Content-Type is the write {@code token} or replaced it (within the
   * history).
   */
  static boolean includes(@Nullable String contentType, String token) {
    return tokens(contentType).contains(token);
  }

  /** The write tokens of a Content-Type, newest first: its {@code w}, then its {@code h}. */
  private static List<String> tokens(@Nullable String contentType) {
    List<String> tokens = new ArrayList<>();
    if (contentType == null) {
      return tokens;
    }
    String written = null;
    String history = null;
    for (String parameter : contentType.split(";")) {
      String p = parameter.trim();
      if (p.startsWith("w=")) {
        written = p.substring(2);
      } else if (p.startsWith("h=")) {
        history = p.substring(2);
      }
    }
    if (written != null && !written.isEmpty()) {
      tokens.add(written);
    }
    if (history != null) {
      for (String token : history.split("\\.")) {
        if (!token.isEmpty()) {
          tokens.add(token);
        }
      }
    }
    return tokens;
  }
}
