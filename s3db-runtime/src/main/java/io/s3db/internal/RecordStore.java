package io.s3db.internal;

import io.s3db.ResourceNotFoundException;
import io.s3db.S3AccessException;
import io.s3db.S3dbException;
import io.s3db.internal.layout.DataBody;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CopyObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads and writes the objects of one resource's records in its behavior's layout, with the
 * conditional requests that keep concurrent writers from losing each other's work.
 *
 * <h2>Concurrent updates</h2>
 *
 * Records are written as s3db.js 21.x writes them on insert: metadata and an empty body. All such
 * objects share one ETag (the MD5 of nothing), so {@code If-Match} alone could not tell two
 * versions apart. Every replacing write of a metadata-only record therefore also stores a small
 * random <em>revision</em> body (content type {@value Revision#TYPE}), which gives the object a
 * fresh ETag; records with a data body or binary content get fresh ETags from those. s3db.js
 * ignores a revision body (it parses bodies only when they are JSON). Every write also names itself
 * in its Content-Type, so that a write whose reply was lost is recognised ({@link ConditionalPut}).
 * Known limit: an update of a record with binary content copies the object onto itself to keep the
 * content, which keeps its ETag, so two concurrent metadata updates of such a record are not told
 * apart.
 */
final class RecordStore {
  /**
   * s3db.js's marker for an object whose body is binary content, not data (FORMAT.md §4.1).
   * s3db.js's update also persists it (as pollution) beside the JSON copy of the record it writes
   * as the body, so a marked object whose body is JSON is read as data, not content ({@link
   * #isContent}).
   */
  static final String CONTENT_MARKER = "_hascontent";

  /**
   * A stored record as read: its metadata with any data body merged in (client-encoded, ready for
   * the decoder), its ETag for the next conditional write, and whether it carries binary content.
   */
  record Loaded(
      Map<String, String> metadata,
      String etag,
      boolean hasContent,
      @Nullable String contentType,
      long contentLength) {

    /** Whether every field is in metadata, leaving the body free for binary content. */
    boolean dataInMetadata() {
      return !DataBody.marked(metadata);
    }
  }

  private final S3Client s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final String resource;
  private final ConditionalPut puts;
  private final RecordLoader loader;

  RecordStore(
      S3Connection connection,
      String bucket,
      ResourceKeys keys,
      Layout layout,
      KeyMapping mapping,
      String resource) {
    S3Client s3 = connection.client();
    this.puts = new ConditionalPut(connection, bucket, keys, resource);
    this.loader = new RecordLoader(s3, bucket, keys, layout, mapping, resource, this::failure);
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.resource = resource;
  }

  /**
   * The record's object, or null if there is none. 1 HEAD, or 1 GET when its data is in the body.
   */
  @Nullable Loaded read(String id) {
    return loader.read(id);
  }

  /** The object's metadata and headers, or null if there is none. 1 HEAD. */
  @Nullable HeadObjectResponse head(String id) {
    return loader.head(id);
  }

  static Loaded loaded(
      Map<String, String> metadata,
      String etag,
      @Nullable String contentType,
      @Nullable Long length) {
    return new Loaded(
        metadata,
        etag,
        isContent(metadata, contentType, length),
        contentType,
        length == null ? 0 : length);
  }

  /**
   * Whether the body is binary content: marked so, not empty, and not s3db.js's JSON copy of the
   * record.
   */
  static boolean isContent(
      Map<String, String> metadata, @Nullable String contentType, @Nullable Long length) {
    return "true".equals(metadata.get(CONTENT_MARKER))
        && length != null
        && length > 0
        && (contentType == null || !contentType.startsWith(DataBody.CONTENT_TYPE));
  }

  /**
   * Creates the object, as s3db.js inserts it (metadata, empty body); false if the id is taken. 1
   * PUT.
   */
  boolean create(String id, StoredObject object) {
    return puts.create(id, object) == ConditionalPut.Outcome.WRITTEN;
  }

  /**
   * Replaces the object if it still has the ETag it was read with; false if it no longer does.
   * Binary content, if any, is kept (the object is copied onto itself with the new metadata). 1 PUT
   * or COPY.
   */
  boolean replace(String id, StoredObject object, Loaded current) {
    if (current.hasContent()) {
      if (object.hasBody()) {
        throw new S3dbException(
            "Record '"
                + id
                + "' of resource '"
                + resource
                + "' has binary content, so its"
                + " fields must fit in S3 metadata, and they no longer do. Delete its content first or shorten the"
                + " record.",
            resource,
            id,
            null);
      }
      Map<String, String> metadata = new LinkedHashMap<>(object.metadata());
      metadata.put(CONTENT_MARKER, "true");
      return copyOntoItself(id, metadata, current);
    }
    return puts.replace(id, object, current) == ConditionalPut.Outcome.WRITTEN;
  }

  private boolean copyOntoItself(String id, Map<String, String> metadata, Loaded current) {
    String key = keys.dataKey(id);
    return conditionally(
        "write",
        id,
        () ->
            s3.copyObject(
                CopyObjectRequest.builder()
                    .sourceBucket(bucket)
                    .sourceKey(key)
                    .destinationBucket(bucket)
                    .destinationKey(key)
                    .metadataDirective(MetadataDirective.REPLACE)
                    .metadata(metadata)
                    .contentType(current.contentType())
                    .copySourceIfMatch(current.etag())
                    .build()));
  }

  /**
   * Runs a conditional write: true if it happened, false if its precondition failed (412, or 409
   * for a concurrent conditional write of the same key), {@link ResourceNotFoundException} if the
   * object is gone.
   */
  boolean conditionally(String action, String id, Runnable write) {
    try {
      write.run();
      return true;
    } catch (S3Exception e) {
      if (ConditionalPut.refused(e)) {
        return false;
      }
      if (e.statusCode() == 404) {
        throw new ResourceNotFoundException(resource, id);
      }
      throw failure(action, id, e);
    } catch (SdkException e) {
      throw failure(action, id, e);
    }
  }

  /** Deletes the record's object; nothing if there is none. 1 DELETE. */
  void delete(String id) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (SdkException e) {
      throw failure("delete", id, e);
    }
  }

  /**
   * Deletes the record's object if it still has the ETag it was read with ({@code If-Match}): true
   * if it is gone (deleted now, or already), false if it was replaced since. 1 DELETE.
   */
  boolean deleteIfUnchanged(String id, Loaded current) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(keys.dataKey(id)).ifMatch(current.etag()));
      return true;
    } catch (S3Exception e) {
      if (ConditionalPut.refused(e)) {
        return false;
      }
      if (e.statusCode() == 404) {
        return true;
      }
      if (e.statusCode() == 501) {
        // a server without conditional DELETE (AWS has it since 2024): delete as before, in the
        // race's window
        delete(id);
        return true;
      }
      throw failure("delete", id, e);
    } catch (SdkException e) {
      throw failure("delete", id, e);
    }
  }

  /** Copies the record's object as it is to {@code historical/id=<id>} (versioning). 1 COPY. */
  void copyToHistory(String id) {
    String source = keys.dataKey(id);
    try {
      s3.copyObject(
          b ->
              b.sourceBucket(bucket)
                  .sourceKey(source)
                  .destinationBucket(bucket)
                  .destinationKey(keys.historicalKey(id))
                  .metadataDirective(MetadataDirective.COPY));
    } catch (SdkException e) {
      throw failure("keep the previous version of", id, e);
    }
  }

  S3AccessException failure(String action, String id, SdkException e) {
    return new S3AccessException(
        "Cannot " + action + " record '" + id + "' of resource '" + resource + "'",
        resource,
        id,
        e);
  }
}
