package io.s3db.processor.generator;

import com.squareup.javapoet.JavaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The layout JavaPoet leaves to us: Javadoc wrapping, and a few touches to the text it writes. */
public final class SourceText {
  private SourceText() {}

  /**
   * Javadoc text broken into lines that fit 100 columns in a comment indented by {@code indent};
   * JavaPoet wraps code ({@code $W}) but not Javadoc.
   */
  static String wrapJavadoc(String text, int indent) {
    int width = 100 - indent - " * ".length();
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
      Pattern.compile(
          "(?m)^(  static final String \\w+ = \"[^\"]*\";)\n\n(?=  static final String )");
  private static final Pattern BLANK_LINE_BETWEEN_FIELDS =
      Pattern.compile("(?m)^( +)(private [^=(\n]+;)\n\n(?=\\1private [^=(\n]+;$)");
  private static final Pattern TRAILING_SPACE = Pattern.compile("(?m) +$");
  private static final Pattern CLASS_DECLARATION =
      Pattern.compile("(?m)^(public final class \\S+)( (?:implements|extends) .*\\{)$");
  private static final Pattern SPACE_AFTER_OUTER_TYPE =
      Pattern.compile("\\b([A-Z]\\w*)\\. @Nullable ");

  /**
   * A generated file's text, with what JavaPoet does not let us choose: the metadata-key constants
   * and a copier's fields as one block each (it puts a blank line after every field), no trailing
   * space after a {@code =} that ends a line, {@code Outer.@Nullable Inner} without the space it
   * writes after the dot, and a long class declaration wrapped.
   */
  public static String of(JavaFile file) {
    String source = file.toString();
    source = BLANK_LINE_BETWEEN_KEYS.matcher(source).replaceAll("$1\n");
    source = BLANK_LINE_BETWEEN_FIELDS.matcher(source).replaceAll("$1$2\n");
    source = TRAILING_SPACE.matcher(source).replaceAll("");
    source = SPACE_AFTER_OUTER_TYPE.matcher(source).replaceAll("$1.@Nullable ");
    return wrapClassDeclaration(source);
  }

  /**
   * A class declaration over 100 columns, continued before its {@code implements} or {@code
   * extends}.
   */
  private static String wrapClassDeclaration(String source) {
    Matcher declaration = CLASS_DECLARATION.matcher(source);
    if (!declaration.find() || declaration.group().length() <= 100) {
      return source;
    }
    return source.substring(0, declaration.start(2))
        + "\n   "
        + source.substring(declaration.start(2));
  }

  /** The text's words, an inline tag (<code>{&#64;code a b}</code>) counting as one. */
  private static List<String> unbreakable(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
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
