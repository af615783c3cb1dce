package io.s3db.testing.faults;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads and copies HTTP/1.1 message bodies as framed on the wire (Content-Length or chunked), byte
 * for byte.
 *
 * <p>Request bodies are read whole before a request is forwarded, so a held or delayed request is
 * complete at the proxy (and a reset-after-forwarding request is complete at the server). Response
 * bodies are streamed.
 */
final class HttpBodies {

  /** Requests here are records and test parts; a body this large is a mistake, not a workload. */
  static final long MAX_REQUEST_BODY_BYTES = 256L * 1024 * 1024;

  private static final int BUFFER = 16 * 1024;

  private HttpBodies() {}

  /** The request's body bytes as framed (chunk headers included), or none. */
  static byte[] readRequestBody(HttpHead head, InputStream in) throws IOException {
    var out = new ByteArrayOutputStream();
    if (head.isChunked()) {
      copyChunked(in, out);
    } else {
      long length = head.contentLength();
      if (length > MAX_REQUEST_BODY_BYTES) {
        throw new IOException(
            "request body of "
                + length
                + " bytes; the proxy buffers at most "
                + MAX_REQUEST_BODY_BYTES);
      }
      if (length > 0) {
        copyExactly(in, out, length);
      }
    }
    return out.toByteArray();
  }

  /**
   * Copies a response body to {@code out} (or discards it if null). Returns false if the body ran
   * to the end of the connection, which then cannot be reused.
   */
  static boolean copyResponseBody(
      HttpHead response, String requestMethod, InputStream in, @Nullable OutputStream out)
      throws IOException {
    int status = response.status();
    if (requestMethod.equals("HEAD")
        || status == 204
        || status == 304
        || (status >= 100 && status < 200)) {
      return true;
    }
    OutputStream sink = out == null ? OutputStream.nullOutputStream() : out;
    if (response.isChunked()) {
      copyChunked(in, sink);
      return true;
    }
    long length = response.contentLength();
    if (length >= 0) {
      copyExactly(in, sink, length);
      return true;
    }
    in.transferTo(sink);
    return false;
  }

  private static void copyExactly(InputStream in, OutputStream out, long length)
      throws IOException {
    byte[] buffer = new byte[(int) Math.min(BUFFER, Math.max(1, length))];
    long left = length;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new EOFException("body ended " + left + " bytes early");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }

  /**
   * Copies chunk-size lines, chunks and the trailer section, up to and including the final empty
   * line.
   */
  private static void copyChunked(InputStream in, OutputStream out) throws IOException {
    while (true) {
      String sizeLine = copyLine(in, out);
      int semicolon = sizeLine.indexOf(';');
      long size;
      try {
        size =
            Long.parseLong(
                (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new IOException("bad chunk size line: " + sizeLine, e);
      }
      if (size == 0) {
        while (!copyLine(in, out).isEmpty()) {
          // trailer fields, copied as they are
        }
        return;
      }
      copyExactly(in, out, size + 2); // the chunk and its CR LF
    }
  }

  /** Copies one CR LF-terminated line and returns it without the CR LF. */
  private static String copyLine(InputStream in, OutputStream out) throws IOException {
    var line = new ByteArrayOutputStream(16);
    int previous = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed inside a chunked body");
      }
      out.write(b);
      if (b == '\n' && previous == '\r') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      if (line.size() > 8 * 1024) {
        throw new IOException("chunk line over 8 KB");
      }
      previous = b;
    }
  }
}
