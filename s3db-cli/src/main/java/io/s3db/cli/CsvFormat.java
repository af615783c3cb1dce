package io.s3db.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 CSV: fields with a comma, a quote, CR or LF are quoted and their quotes doubled; records
 * end with CRLF. The reader takes CRLF or LF, and quoted fields over several lines.
 */
final class CsvFormat {
  private CsvFormat() {}

  static String record(List<String> fields) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        line.append(',');
      }
      String field = fields.get(i);
      if (field.indexOf(',') >= 0
          || field.indexOf('"') >= 0
          || field.indexOf('\r') >= 0
          || field.indexOf('\n') >= 0) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.append("\r\n").toString();
  }

  /** Reads records one at a time, counting lines so that errors name where a record starts. */
  static final class Records {
    private final Reader in;
    private int line = 1;
    private int recordLine = 1;
    private int pushedBack = -2;

    Records(Reader in) {
      this.in = in;
    }

    /** {@return the line the last record read starts on} */
    int recordLine() {
      return recordLine;
    }

    /**
     * {@return the next record's fields; null at the end}
     *
     * @throws IOException if reading fails, or a quoted field is not closed
     */
    @Nullable List<String> next() throws IOException {
      int c = read();
      if (c < 0) {
        return null;
      }
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean wasQuoted = false;
      while (true) {
        if (quoted) {
          if (c < 0) {
            throw new IOException("line " + recordLine + ": a quoted field is not closed");
          }
          if (c == '"') {
            int n = read();
            if (n == '"') {
              field.append('"');
            } else {
              quoted = false;
              c = n;
              continue;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && field.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          wasQuoted = false;
        } else if (c == '\r' || c == '\n' || c < 0) {
          if (c == '\r') {
            int n = read();
            if (n != '\n') {
              pushedBack = n;
            }
          }
          fields.add(field.toString());
          return fields;
        } else {
          field.append((char) c);
        }
        c = read();
      }
    }

    private int read() throws IOException {
      int c;
      if (pushedBack != -2) {
        c = pushedBack;
        pushedBack = -2;
      } else {
        c = in.read();
      }
      if (c == '\n') {
        line++;
      }
      return c;
    }
  }
}
