package io.s3db.internal.format;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/** Raw DEFLATE (no zlib header), the compression inside the {@code z:} and {@code z85:} forms. */
final class RawInflate {
  private RawInflate() {}

  /** Node's {@code inflateRawSync(bytes).toString('utf-8')}, or null where it throws. */
  static @Nullable String toText(byte[] compressed) {
    Inflater inflater = new Inflater(true);
    try {
      // No "dummy byte" after the stream (old zlib advice in Inflater's Javadoc): after a truncated
      // stream it can complete a final block, where Node reports "unexpected end of file".
      inflater.setInput(compressed);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, compressed.length * 4));
      byte[] buf = new byte[4096];
      while (true) {
        int n = inflater.inflate(buf);
        out.write(buf, 0, n);
        if (inflater.finished()) {
          break;
        }
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          return null; // truncated stream: Node throws "unexpected end of file"
        }
      }
      return Utf8.decode(out.toByteArray());
    } catch (DataFormatException e) {
      return null;
    } finally {
      inflater.end();
    }
  }
}
