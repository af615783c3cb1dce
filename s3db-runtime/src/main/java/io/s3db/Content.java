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

  /**
   * For the runtime; content comes from {@link S3Dao#content}.
   *
   * @param stream the bytes, read from S3 as they are consumed
   * @param contentType the content's MIME type; null if S3 gave none
   * @param length the length in bytes; null if S3 did not say
   */
  public Content(InputStream stream, @Nullable String contentType, @Nullable Long length) {
    this.stream = stream;
    this.contentType = contentType;
    this.length = length == null ? -1 : length;
  }

  /**
   * The bytes; read them once.
   *
   * @return the stream, which {@link #close()} closes
   */
  public InputStream stream() {
    return stream;
  }

  /** {@return the content type given to {@code setContent}} */
  public @Nullable String contentType() {
    return contentType;
  }

  /** {@return the length in bytes, or -1 if S3 did not say} */
  public long length() {
    return length;
  }

  /**
   * All the bytes at once, for small content; this closes the stream.
   *
   * @return the bytes not read yet
   * @throws java.io.UncheckedIOException if reading fails
   */
  public byte[] readAllBytes() {
    try (InputStream in = stream) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the stream, releasing the connection.
   *
   * @throws java.io.UncheckedIOException if closing fails
   */
  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
