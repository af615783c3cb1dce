package io.s3db;

import java.io.InputStream;
import java.util.Optional;

/**
 * A record's binary content: bytes kept in the body of its object, beside the fields in its
 * metadata. Part of every {@link S3Dao}.
 */
public interface ContentOperations {

  /**
   * Stores binary content (a photo, a PDF) as the body of the record's object, keeping its fields.
   * The record must exist and keep its fields in metadata (not a body-overflow or body-only record
   * over the limit). The content type must not be {@code application/json}: s3db.js's updates leave
   * a JSON copy of the record in the body, which readers tell from content by that type (use e.g.
   * {@code application/vnd.acme+json}). Cost: 1 HEAD + 1 PUT.
   *
   * @param id the id of an existing record
   * @param content the bytes to store; may be empty
   * @param contentType the MIME type the content is stored and served with, e.g. {@code image/png}
   * @throws IllegalArgumentException for an {@code application/json} content type, before any
   *     request
   * @throws ContentNotAllowedException if the record keeps fields in its body
   * @throws ResourceNotFoundException if there is no such record
   */
  void setContent(String id, byte[] content, String contentType);

  /**
   * {@link #setContent(String, byte[], String)} from a stream of {@code length} bytes. Content over
   * 8 MiB is sent as a multipart upload, 8 MiB at a time, so memory stays bounded; it cannot be
   * re-read, so a concurrent change of the record fails it with {@link ConflictException} instead
   * of retrying. Cost: 1 HEAD + 1 PUT, or 1 HEAD + 2 + one request per 8 MiB.
   *
   * @param id the id of an existing record
   * @param content the bytes to store: {@code length} bytes are read from it, and it is not closed
   * @param length the number of bytes {@code content} gives, 0 or more
   * @param contentType the MIME type the content is stored and served with, not {@code
   *     application/json}
   * @throws IllegalArgumentException for an {@code application/json} content type, before any
   *     request
   * @throws ContentNotAllowedException if the record keeps fields in its body
   * @throws ResourceNotFoundException if there is no such record
   * @throws S3dbException if the stream fails or ends before {@code length} bytes; nothing is
   *     stored
   */
  void setContent(String id, InputStream content, long length, String contentType);

  /**
   * The record's binary content, streamed. Close it. Cost: 1 GET.
   *
   * @param id the record's id
   * @return the content with its type and length, or empty when the record has none or does not
   *     exist
   */
  Optional<Content> content(String id);

  /**
   * Whether the record has binary content. Cost: 1 HEAD.
   *
   * @param id the record's id
   * @return true if the record exists and has content
   */
  boolean hasContent(String id);

  /**
   * Removes the record's binary content, keeping the record. Cost: 1 HEAD + 1 PUT.
   *
   * @param id the id of the record whose content goes; a record without content, or none at all, is
   *     left as it is
   */
  void deleteContent(String id);
}
