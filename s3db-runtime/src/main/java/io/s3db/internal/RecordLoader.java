package io.s3db.internal;

import io.s3db.S3AccessException;
import io.s3db.S3dbException;
import io.s3db.internal.RecordStore.Loaded;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.layout.DataBody;
import io.s3db.internal.layout.Layout;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Reads one record's object for {@link RecordStore}: a HEAD when its fields are all in metadata, a
 * GET when (part of) its data is in the body, whose JSON is merged into the metadata the decoder
 * reads. A body of binary content or a revision is never read.
 */
final class RecordLoader {
  /** How a failed request becomes the exception callers see. */
  @FunctionalInterface
  interface Failure {
    S3AccessException apply(String action, String id, SdkException e);
  }

  private final S3Client s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final Layout layout;
  private final KeyMapping mapping;
  private final String resource;
  private final Failure failure;

  RecordLoader(
      S3Client s3,
      String bucket,
      ResourceKeys keys,
      Layout layout,
      KeyMapping mapping,
      String resource,
      Failure failure) {
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.layout = layout;
    this.mapping = mapping;
    this.resource = resource;
    this.failure = failure;
  }

  /**
   * The record's object, or null if there is none. 1 HEAD, or 1 GET when its data is in the body.
   */
  @Nullable Loaded read(String id) {
    if (layout.alwaysReadsBody()) {
      return get(id);
    }
    HeadObjectResponse head = head(id);
    if (head == null) {
      return null;
    }
    Map<String, String> metadata = head.metadata();
    if (needsBody(metadata, head.contentType(), head.contentLength())) {
      return get(id);
    }
    return RecordStore.loaded(metadata, head.eTag(), head.contentType(), head.contentLength());
  }

  /** The object's metadata and headers, or null if there is none. 1 HEAD. */
  @Nullable HeadObjectResponse head(String id) {
    try {
      return s3.headObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw failure.apply("read", id, e);
    } catch (SdkException e) {
      throw failure.apply("read", id, e);
    }
  }

  /**
   * Whether the data is (partly) in the body: marked so by body-overflow or body-only, or a JSON
   * body beside metadata that holds no field at all (user-managed over the limit, in s3db.js's
   * layout too).
   */
  private boolean needsBody(
      Map<String, String> metadata, @Nullable String contentType, @Nullable Long length) {
    if (DataBody.marked(metadata)) {
      return true;
    }
    if (RecordStore.isContent(metadata, contentType, length)
        || length == null
        || length == 0
        || contentType == null
        || !contentType.startsWith(DataBody.CONTENT_TYPE)) {
      return false;
    }
    return metadata.keySet().stream()
        .noneMatch(key -> mapping.path(key) != null || mapping.isForeign(key));
  }

  private @Nullable Loaded get(String id) {
    try (ResponseInputStream<GetObjectResponse> object =
        s3.getObject(b -> b.bucket(bucket).key(keys.dataKey(id)))) {
      GetObjectResponse response = object.response();
      Map<String, String> metadata = response.metadata();
      boolean content =
          RecordStore.isContent(metadata, response.contentType(), response.contentLength());
      if (!content
          && response.contentLength() != null
          && response.contentLength() > 0
          && (DataBody.marked(metadata)
              || (response.contentType() != null
                  && response.contentType().startsWith(DataBody.CONTENT_TYPE)))) {
        metadata = DataBody.merge(metadata, object.readAllBytes(), bodyKeys(metadata));
      } else {
        object.abort(); // binary content or a revision body: nothing to read
      }
      return RecordStore.loaded(
          metadata, response.eTag(), response.contentType(), response.contentLength());
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw failure.apply("read", id, e);
    } catch (SdkException e) {
      throw failure.apply("read", id, e);
    } catch (IOException e) {
      throw new S3dbException(
          "Cannot read the body of record '" + id + "' of resource '" + resource + "': " + e,
          resource,
          id,
          e);
    }
  }

  /**
   * How keys of a data body map to stored keys: through body-only's {@code _map}, else as they are.
   */
  private Function<String, @Nullable String> bodyKeys(Map<String, String> metadata) {
    String map = DataBody.keyMap(metadata);
    if (map == null) {
      return key -> key;
    }
    String decoded = ClientEncoding.decode(map);
    Map<String, String> attributeByKey =
        DataBody.attributeByBodyKey(decoded == null ? "{}" : decoded);
    return key -> {
      String attribute = attributeByKey.get(key);
      return attribute == null ? null : mapping.storedKeyOf(attribute);
    };
  }
}
