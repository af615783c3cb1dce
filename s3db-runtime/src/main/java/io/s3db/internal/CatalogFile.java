package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3AccessException;
import io.s3db.S3dbConfigurationException;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.JsJson;
import io.s3db.internal.format.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The object {@code <prefix>/s3db.json} in S3: read with its ETag, written back only if nobody
 * changed it meanwhile ({@code If-Match} on that ETag, {@code If-None-Match: *} when there was
 * none).
 */
final class CatalogFile {
  static final String FILE = "s3db.json";
  private static final String FORMAT_VERSION = "1";
  private static final String WRITER = "s3db-java";

  /** The document as read, and the ETag to write it back on (null: there was no catalog). */
  record Loaded(ObjectNode document, @Nullable String etag) {}

  private final S3Connection s3;
  private final String bucket;
  private final String key;

  CatalogFile(S3Connection s3, String bucket, String keyPrefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = ResourceKeys.root(keyPrefix) + FILE;
  }

  String key() {
    return key;
  }

  /** The catalog, or a blank one if the bucket has none yet. */
  Loaded load() {
    try {
      ResponseBytes<GetObjectResponse> bytes =
          s3.client().getObjectAsBytes(b -> b.bucket(bucket).key(key));
      JsonNode document = JsonTrees.readFirst(bytes.asByteArray());
      if (!(document instanceof ObjectNode objectNode)) {
        throw new S3dbConfigurationException(
            "The catalog "
                + key
                + " in bucket "
                + bucket
                + " is not a JSON object; fix or remove it.");
      }
      return new Loaded(objectNode, bytes.response().eTag());
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
        return new Loaded(blank(), null);
      }
      if ("NoSuchBucket".equals(errorCode(e))) {
        throw new S3dbConfigurationException(
            "Bucket '" + bucket + "' does not exist. Create it first.", e);
      }
      throw new S3AccessException("Cannot read the catalog " + key, null, null, e);
    } catch (SdkException e) {
      throw new S3AccessException("Cannot read the catalog " + key, null, null, e);
    } catch (IOException e) {
      throw new S3dbConfigurationException(
          "The catalog "
              + key
              + " in bucket "
              + bucket
              + " is not valid JSON ("
              + e.getMessage()
              + "); fix or remove it.",
          e);
    }
  }

  /**
   * Writes the catalog if nobody changed it since it was read; false if somebody did. Sent once,
   * named by a token in its Content-Type ({@link Revision}): when no definite answer comes back, a
   * HEAD tells whether it was written, so a lost reply is neither mistaken for a concurrent writer
   * nor retried blindly.
   */
  boolean store(Loaded loaded) {
    loaded.document().put("lastUpdated", Dates.toIsoString(Instant.now()));
    byte[] body = JsJson.stringifyPretty(loaded.document()).getBytes(StandardCharsets.UTF_8);
    String token = Revision.newToken();
    try {
      PutObjectRequest.Builder request =
          PutObjectRequest.builder()
              .bucket(bucket)
              .key(key)
              .contentType(Revision.contentType("application/json", token, null));
      if (loaded.etag() == null) {
        request.ifNoneMatch("*");
      } else {
        request.ifMatch(loaded.etag());
      }
      s3.putOnce(request, RequestBody.fromBytes(body));
      return true;
    } catch (S3Exception e) {
      if (ConditionalPut.refused(e)) {
        return false;
      }
      if (!ConditionalPut.unanswered(e)) {
        throw new S3AccessException("Cannot write the catalog " + key, null, null, e);
      }
      return written(token, e);
    } catch (SdkClientException e) {
      return written(token, e);
    } catch (SdkException e) {
      throw new S3AccessException("Cannot write the catalog " + key, null, null, e);
    }
  }

  /**
   * Whether the catalog is the write {@code token} (or one that replaced it), after an unanswered
   * PUT.
   */
  private boolean written(String token, SdkException unanswered) {
    try {
      return Revision.includes(
          s3.client().headObject(b -> b.bucket(bucket).key(key)).contentType(), token);
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      e.addSuppressed(unanswered);
      throw new S3AccessException(
          "Cannot tell whether the catalog " + key + " was written", null, null, e);
    } catch (SdkException e) {
      e.addSuppressed(unanswered);
      throw new S3AccessException(
          "Cannot tell whether the catalog " + key + " was written", null, null, e);
    }
  }

  private static ObjectNode blank() {
    ObjectNode document = JsonTrees.object();
    document.put("version", FORMAT_VERSION);
    document.put("s3dbVersion", WRITER);
    document.put("lastUpdated", Dates.toIsoString(Instant.now()));
    document.putObject("resources");
    return document;
  }

  private static @Nullable String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }
}
