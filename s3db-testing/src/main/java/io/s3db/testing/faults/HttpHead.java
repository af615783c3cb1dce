package io.s3db.testing.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The start line and headers of one HTTP/1.1 message, with the exact bytes they came in, so the
 * proxy forwards them untouched (the SigV4 signature covers headers; re-serialising them is a
 * chance to break it).
 */
final class HttpHead {

  /** Far above what the SDK sends (a few KB with 2 KB of metadata); stops a runaway peer. */
  private static final int MAX_HEAD_BYTES = 64 * 1024;

  final String startLine;
  final byte[] raw;
  private final List<String[]> headers;

  private HttpHead(String startLine, List<String[]> headers, byte[] raw) {
    this.startLine = startLine;
    this.headers = headers;
    this.raw = raw;
  }

  /**
   * Reads one head; null if the stream ends cleanly before its first byte (the peer closed a
   * kept-alive link).
   */
  static @Nullable HttpHead read(InputStream in) throws IOException {
    var bytes = new ByteArrayOutputStream(512);
    int matched = 0; // how much of CR LF CR LF has just been seen
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        if (bytes.size() == 0) {
          return null;
        }
        throw new EOFException("connection closed inside an HTTP head");
      }
      bytes.write(b);
      if (bytes.size() > MAX_HEAD_BYTES) {
        throw new IOException("HTTP head over " + MAX_HEAD_BYTES + " bytes");
      }
      matched =
          (b == '\r' && (matched == 0 || matched == 2))
                  || (b == '\n' && (matched == 1 || matched == 3))
              ? matched + 1
              : (b == '\r' ? 1 : 0);
    }
    byte[] raw = bytes.toByteArray();
    String[] lines = new String(raw, StandardCharsets.ISO_8859_1).split("\r\n");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.add(
            new String[] {
              lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()
            });
      }
    }
    return new HttpHead(lines[0], headers, raw);
  }

  /** The first value of header {@code name} (case-insensitive), or null. */
  @Nullable String header(String name) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        return header[1];
      }
    }
    return null;
  }

  /**
   * Whether header {@code name} lists {@code token} (case-insensitive), e.g. {@code Connection:
   * close}.
   */
  boolean hasToken(String name, String token) {
    for (String[] header : headers) {
      if (header[0].equalsIgnoreCase(name)) {
        for (String value : header[1].split(",")) {
          if (value.trim().equalsIgnoreCase(token)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The request method ({@code PUT}) of a request head. */
  String method() {
    return startLine.substring(0, Math.max(0, startLine.indexOf(' ')));
  }

  /** The request target ({@code /bucket/key?query}) of a request head. */
  String target() {
    String[] parts = startLine.split(" ");
    return parts.length > 1 ? parts[1] : "/";
  }

  /** The status code of a response head. */
  int status() throws IOException {
    String[] parts = startLine.split(" ");
    try {
      return Integer.parseInt(parts[1]);
    } catch (RuntimeException e) {
      throw new IOException("not an HTTP status line: " + startLine, e);
    }
  }

  /** Whether a body follows, framed by Content-Length or chunked. */
  boolean isChunked() {
    return hasToken("Transfer-Encoding", "chunked");
  }

  /** The Content-Length, or -1. */
  long contentLength() throws IOException {
    String value = header("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      throw new IOException("bad Content-Length: " + value, e);
    }
  }

  @Override
  public String toString() {
    return startLine.toLowerCase(Locale.ROOT).startsWith("http/")
        ? "response " + startLine
        : "request " + startLine;
  }
}
