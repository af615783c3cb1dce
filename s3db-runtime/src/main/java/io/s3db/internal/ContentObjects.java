package io.s3db.internal;

import io.s3db.ContentNotAllowedException;
import io.s3db.S3dbException;
import io.s3db.internal.layout.StoredObject;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 requests of binary content, stored as the body of the record's object beside its metadata
 * (FORMAT.md §3), every write conditional on the ETag the record was read with.
 */
final class ContentObjects {
  private final S3Client s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final RecordStore store;
  private final String resource;

  ContentObjects(
      S3Client s3, String bucket, ResourceKeys keys, RecordStore store, String resource) {
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.store = store;
    this.resource = resource;
  }

  /**
   * Stores binary content as the object's body, keeping the record's metadata; false if it changed
   * meanwhile.
   */
  boolean putContent(
      String id, RecordStore.Loaded current, RequestBody content, String contentType) {
    if (!current.dataInMetadata()) {
      throw new ContentNotAllowedException(resource, id);
    }
    Map<String, String> metadata = new LinkedHashMap<>(current.metadata());
    metadata.put(RecordStore.CONTENT_MARKER, "true");
    return store.conditionally(
        "write the content of",
        id,
        () ->
            s3.putObject(
                PutObjectRequest.builder()
                    .bucket(bucket)
                    .key(keys.dataKey(id))
                    .metadata(metadata)
                    .contentType(contentType)
                    .ifMatch(current.etag())
                    .build(),
                content));
  }

  /**
   * Content larger than this is uploaded in parts of this size, so memory stays bounded whatever
   * its length.
   */
  static final int PART_SIZE = 8 * 1024 * 1024;

  /**
   * Streams large content as a multipart upload, completed only if the record still has the ETag it
   * was read with. A stream cannot be read twice, so there is no retry: false means the record
   * changed meanwhile and nothing was stored.
   */
  boolean putLargeContent(
      String id, RecordStore.Loaded current, InputStream content, long length, String contentType) {
    if (!current.dataInMetadata()) {
      throw new ContentNotAllowedException(resource, id);
    }
    Map<String, String> metadata = new LinkedHashMap<>(current.metadata());
    metadata.put(RecordStore.CONTENT_MARKER, "true");
    String key = keys.dataKey(id);
    String upload;
    try {
      upload =
          s3.createMultipartUpload(
                  b -> b.bucket(bucket).key(key).metadata(metadata).contentType(contentType))
              .uploadId();
    } catch (SdkException e) {
      throw store.failure("write the content of", id, e);
    }
    try {
      List<CompletedPart> parts = new ArrayList<>();
      long sent = 0;
      for (int number = 1; sent < length; number++) {
        byte[] part = content.readNBytes((int) Math.min(PART_SIZE, length - sent));
        if (part.length == 0) {
          throw streamEnded(id, sent, length);
        }
        int partNumber = number;
        String etag =
            s3.uploadPart(
                    b -> b.bucket(bucket).key(key).uploadId(upload).partNumber(partNumber),
                    RequestBody.fromBytes(part))
                .eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
        sent += part.length;
      }
      complete(key, upload, parts, current);
      return true;
    } catch (S3Exception e) {
      abort(key, upload);
      if (ConditionalPut.refused(e)) {
        return false;
      }
      throw store.failure("write the content of", id, e);
    } catch (IOException e) {
      abort(key, upload);
      throw streamUnreadable(id, e);
    } catch (RuntimeException e) {
      abort(key, upload);
      throw e instanceof SdkException sdkException
          ? store.failure("write the content of", id, sdkException)
          : e;
    }
  }

  S3dbException streamUnreadable(String id, IOException e) {
    return new S3dbException(
        "Cannot read the content stream of record '" + id + "': " + e, resource, id, e);
  }

  S3dbException streamEnded(String id, long read, long promised) {
    return new S3dbException(
        "The content stream of record '"
            + id
            + "' ended after "
            + read
            + " of the "
            + promised
            + " bytes promised; nothing was stored.",
        resource,
        id,
        null);
  }

  /**
   * Completes the upload if the record still has the ETag it was read with. When the reply is lost
   * after S3 completed it, the SDK's retry finds the upload gone or the ETag changed; the object's
   * ETag, which S3 derives from the parts' (the MD5 of their MD5s, then {@code -<parts>}), then
   * tells it was this upload.
   */
  private void complete(
      String key, String upload, List<CompletedPart> parts, RecordStore.Loaded current) {
    try {
      s3.completeMultipartUpload(
          b ->
              b.bucket(bucket)
                  .key(key)
                  .uploadId(upload)
                  .ifMatch(current.etag())
                  .multipartUpload(m -> m.parts(parts)));
    } catch (SdkException e) {
      String expected = multipartEtag(parts);
      try {
        if (expected != null
            && expected.equals(s3.headObject(b -> b.bucket(bucket).key(key)).eTag())) {
          return;
        }
      } catch (SdkException head) {
        e.addSuppressed(head);
      }
      throw e;
    }
  }

  /**
   * The ETag S3 gives an object completed from these parts; null if a part's ETag is not an MD5.
   */
  private static @Nullable String multipartEtag(List<CompletedPart> parts) {
    MessageDigest md5;
    try {
      md5 = MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
    for (CompletedPart part : parts) {
      String hex = part.eTag().replace("\"", "");
      if (!hex.matches("[0-9a-fA-F]{32}")) {
        return null;
      }
      md5.update(HexFormat.of().parseHex(hex));
    }
    return "\"" + HexFormat.of().formatHex(md5.digest()) + "-" + parts.size() + "\"";
  }

  private void abort(String key, String upload) {
    try {
      s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(upload));
    } catch (SdkException e) {
      // the upload expires by the bucket's lifecycle rules; the record itself is untouched
    }
  }

  /** Removes the content, keeping the record; false if it changed meanwhile. */
  boolean removeContent(String id, RecordStore.Loaded current) {
    Map<String, String> metadata = new LinkedHashMap<>(current.metadata());
    metadata.remove(RecordStore.CONTENT_MARKER);
    return store.replace(
        id,
        StoredObject.metadataOnly(metadata),
        new RecordStore.Loaded(
            current.metadata(),
            current.etag(),
            false,
            current.contentType(),
            current.contentLength()));
  }

  /** The content's bytes, streamed; null when the record has none (or is gone). */
  @Nullable ResponseInputStream<GetObjectResponse> content(String id) {
    try {
      ResponseInputStream<GetObjectResponse> object =
          s3.getObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
      GetObjectResponse response = object.response();
      if (!RecordStore.isContent(
          response.metadata(), response.contentType(), response.contentLength())) {
        object.abort();
        return null;
      }
      return object;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw store.failure("read the content of", id, e);
    } catch (SdkException e) {
      throw store.failure("read the content of", id, e);
    }
  }
}
