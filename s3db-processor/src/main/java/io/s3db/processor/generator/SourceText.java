package io.s3db.processor.generator;

import com.squareup.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The layout JavaPoet leaves to us: Javadoc wrapping, and a few touches to the text it writes. */
public final class SourceText {
  private SourceText() {}

  /**
   * Javadoc text broken into lines that fit 100 columns inside a member's comment; JavaPoet wraps
   * code ({@code $W}) but not Javadoc.
   */
  static String wrapJavadoc(String text) {
    int width = 100 - "   * ".length();
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : unbreakable(text)) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  private static final Pattern BLANK_LINE_BETWEEN_KEYS =
      Pattern.compile("(?m)^(  static final String \\w+ = \"[^\"]*\";)\n\n(?=  static final String )");
  private static final Pattern TRAILING_SPACE = Pattern.compile("(?m) +$");
  private static final Pattern SPACE_AFTER_OUTER_TYPE = Pattern.compile("\\b([A-Z]\\w*)\\. @Nullable ");

  /**
   * A generated file's text, with what JavaPoet does not let us choose: the metadata-key constants as one
   * block (it puts a blank line after every field), no trailing space after a {@code =} that ends a line,
   * and {@code Outer.@Nullable Inner} without the space it writes after the dot.
   */
  public static String of(JavaFile file) {
    String source = file.toString();
    source = BLANK_LINE_BETWEEN_KEYS.matcher(source).replaceAll("$1\n");
    source = TRAILING_SPACE.matcher(source).replaceAll("");
    return SPACE_AFTER_OUTER_TYPE.matcher(source).replaceAll("$1.@Nullable ");
  }

  /** The text's words, an inline tag ({@code {@code a b}}) counting as one. */
  private static List<String> unbreakable(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (char c : text.toCharArray()) {
      if (c == ' ' && depth == 0) {
        words.add(word.toString());
        word.setLength(0);
        continue;
      }
      depth += c == '{' ? 1 : c == '}' ? -1 : 0;
      word.append(c);
    }
    words.add(word.toString());
    return words;
  }
}
