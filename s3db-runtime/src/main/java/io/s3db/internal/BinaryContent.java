package io.s3db.internal;

import io.s3db.ConflictException;
import io.s3db.Content;
import io.s3db.ResourceNotFoundException;
import io.s3db.internal.layout.DataBody;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * A resource's binary-content operations: content as the body of the record's object (FORMAT.md
 * §3).
 */
final class BinaryContent {
  private final String resource;
  private final RecordStore store;
  private final ContentObjects objects;

  BinaryContent(String resource, RecordStore store, ContentObjects objects) {
    this.resource = resource;
    this.store = store;
    this.objects = objects;
  }

  void set(String id, byte[] content, String contentType) {
    checkContentType(contentType);
    write(id, RequestBody.fromBytes(content), contentType);
  }

  /** Up to 8 MiB is read into memory and retried on a lost race; more goes up in parts, once. */
  void set(String id, InputStream content, long length, String contentType) {
    checkContentType(contentType);
    if (length <= ContentObjects.PART_SIZE) {
      byte[] bytes;
      try {
        bytes = content.readNBytes((int) length);
      } catch (IOException e) {
        throw objects.streamUnreadable(id, e);
      }
      if (bytes.length < length) {
        throw objects.streamEnded(id, bytes.length, length);
      }
      write(id, RequestBody.fromBytes(bytes), contentType);
      return;
    }
    Ids.check(resource, id);
    if (!objects.putLargeContent(id, existing(id), content, length, contentType)) {
      throw new ConflictException(resource, id, 1);
    }
  }

  private void write(String id, RequestBody content, String contentType) {
    Ids.check(resource, id);
    Retries.untilDone(
        resource, id, () -> objects.putContent(id, existing(id), content, contentType));
  }

  Optional<Content> get(String id) {
    Ids.check(resource, id);
    var object = objects.content(id);
    return object == null
        ? Optional.empty()
        : Optional.of(
            new Content(
                object, object.response().contentType(), object.response().contentLength()));
  }

  boolean has(String id) {
    Ids.check(resource, id);
    HeadObjectResponse head = store.head(id);
    return head != null
        && RecordStore.isContent(head.metadata(), head.contentType(), head.contentLength());
  }

  void delete(String id) {
    Ids.check(resource, id);
    Retries.untilDone(
        resource,
        id,
        () -> {
          RecordStore.Loaded current = store.read(id);
          return current == null || !current.hasContent() || objects.removeContent(id, current);
        });
  }

  private RecordStore.Loaded existing(String id) {
    RecordStore.Loaded current = store.read(id);
    if (current == null) {
      throw new ResourceNotFoundException(resource, id);
    }
    return current;
  }

  /**
   * Refuses {@code application/json} before any request: s3db.js's updates leave a JSON copy of the
   * record in the body, which readers tell from content by that type.
   */
  private static void checkContentType(String contentType) {
    if (contentType.startsWith(DataBody.CONTENT_TYPE)) {
      throw new IllegalArgumentException(
          "contentType must not be application/json (was '"
              + contentType
              + "'): that type marks a record's data body. Use e.g. application/vnd.acme+json.");
    }
  }
}
