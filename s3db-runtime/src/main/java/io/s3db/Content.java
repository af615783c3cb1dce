package io.s3db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * A record's binary content, streamed from S3 as it is read: close it (try-with-resources) to
 * release the connection.
 *
 * <pre>{@code
 * try (Content photo = users.content(id).orElseThrow()) {
 *   Files.copy(photo.stream(), target);
 * }
 * }</pre>
 */
public final class Content implements AutoCloseable {
  private final InputStream stream;
  private final @Nullable String contentType;
  private final long length;

  public Content(InputStream stream, @Nullable String contentType, @Nullable Long length) {
    this.stream = stream;
    this.contentType = contentType;
    this.length = length == null ? -1 : length;
  }

  /** The bytes; read them once. */
  public InputStream stream() {
    return stream;
  }

  /** The content type given to {@code setContent}. */
  public @Nullable String contentType() {
    return contentType;
  }

  /** The length in bytes, or -1 if S3 did not say. */
  public long length() {
    return length;
  }

  /** All the bytes at once, for small content. */
  public byte[] readAllBytes() {
    try (InputStream in = stream) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
