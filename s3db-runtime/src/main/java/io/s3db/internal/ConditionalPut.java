package io.s3db.internal;

import io.s3db.ResourceNotFoundException;
import io.s3db.S3AccessException;
import io.s3db.internal.layout.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * One conditional PUT of a record's object, whose outcome is known even when its reply is lost.
 *
 * <p>The SDK must not retry these requests itself: a retry of a PUT that was applied meets the
 * library's own write and fails its precondition, which would read as a lost race (an update
 * applied twice) or a duplicate (an insert reported as failed). So they are sent once ({@link
 * S3Connection#putOnce}); when no definite answer comes back (no reply, a 5xx, a throttle), a HEAD
 * tells whether the write is in the object ({@link Revision}): if it is, the write happened; if
 * not, it did not, and the caller may try again.
 */
final class ConditionalPut {
  /** What a conditional write came to. */
  enum Outcome {
    /** The object is this write (or a later one that replaced it). */
    WRITTEN,
    /**
     * The precondition failed and the write is not in the object: someone else's write came first.
     */
    REFUSED
  }

  /**
   * How often a create is sent again after it was verifiably not applied (a 503, a lost
   * connection).
   */
  private static final int CREATE_ATTEMPTS = 6;

  private final S3Connection s3;
  private final String bucket;
  private final ResourceKeys keys;
  private final String resource;

  ConditionalPut(S3Connection s3, String bucket, ResourceKeys keys, String resource) {
    this.s3 = s3;
    this.bucket = bucket;
    this.keys = keys;
    this.resource = resource;
  }

  /** Creates the object if the key is free ({@code If-None-Match: *}); REFUSED if it is taken. */
  Outcome create(String id, StoredObject object) {
    for (int attempt = 1; ; attempt++) {
      String token = Revision.newToken();
      Unsure unsure = send("insert", id, object, token, null, false, b -> b.ifNoneMatch("*"));
      if (unsure == null) {
        return Outcome.WRITTEN;
      }
      if (unsure == Unsure.REFUSED) {
        return Outcome.REFUSED;
      }
      SdkException cause = Objects.requireNonNull(unsure.cause);
      HeadObjectResponse head = verify("insert", id, cause);
      if (head != null) {
        return Revision.includes(head.contentType(), token) ? Outcome.WRITTEN : Outcome.REFUSED;
      }
      if (attempt == CREATE_ATTEMPTS) {
        throw failure("insert", id, cause, "it was not stored");
      }
      Retries.backOff(attempt);
    }
  }

  /**
   * Replaces the object if it still has the ETag it was read with; REFUSED if it does not, or if
   * the write was verifiably not applied (the caller reads again and retries either way).
   *
   * @throws ResourceNotFoundException if the object is gone
   */
  Outcome replace(String id, StoredObject object, RecordStore.Loaded current) {
    String token = Revision.newToken();
    Unsure unsure =
        send(
            "write",
            id,
            object,
            token,
            current.contentType(),
            true,
            b -> b.ifMatch(current.etag()));
    if (unsure == null) {
      return Outcome.WRITTEN;
    }
    if (unsure == Unsure.REFUSED) {
      return Outcome.REFUSED;
    }
    HeadObjectResponse head = verify("write", id, Objects.requireNonNull(unsure.cause));
    if (head == null) {
      throw new ResourceNotFoundException(resource, id);
    }
    return Revision.includes(head.contentType(), token) ? Outcome.WRITTEN : Outcome.REFUSED;
  }

  /**
   * Whether S3 refused a conditional request: its precondition failed (412), or a concurrent
   * conditional write of the same key was in progress (409). Nothing was written.
   */
  static boolean refused(S3Exception e) {
    return e.statusCode() == 412 || e.statusCode() == 409;
  }

  /**
   * Whether the answer does not say if a write was applied: a server error, a timeout or a throttle
   * (any other 4xx means it was not).
   */
  static boolean unanswered(S3Exception e) {
    return e.statusCode() >= 500 || e.statusCode() == 408 || e.statusCode() == 429;
  }

  /**
   * Why a write has no definite outcome yet; null returned by {@link #send} means it was written.
   */
  private static final class Unsure {
    static final Unsure REFUSED = new Unsure(null);
    final @Nullable SdkException cause;

    Unsure(@Nullable SdkException cause) {
      this.cause = cause;
    }
  }

  /**
   * Sends the PUT once: null if written, {@link Unsure#REFUSED} on a failed precondition, else why
   * unsure.
   */
  private @Nullable Unsure send(
      String action,
      String id,
      StoredObject object,
      String token,
      @Nullable String replacedType,
      boolean replacing,
      Consumer<PutObjectRequest.Builder> condition) {
    String mediaType =
        object.hasBody() ? Objects.requireNonNull(object.contentType()) : Revision.TYPE;
    PutObjectRequest.Builder request =
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(keys.dataKey(id))
            .metadata(object.metadata())
            .contentType(Revision.contentType(mediaType, token, replacedType));
    condition.accept(request);
    try {
      s3.putOnce(request, body(object, token, replacing));
      return null;
    } catch (S3Exception e) {
      if (refused(e)) {
        return Unsure.REFUSED;
      }
      if (e.statusCode() == 404) {
        throw new ResourceNotFoundException(resource, id);
      }
      if (unanswered(e)) {
        return new Unsure(e);
      }
      throw failure(action, id, e, "it was not stored");
    } catch (SdkClientException e) {
      return new Unsure(e);
    } catch (SdkException e) {
      throw failure(action, id, e, "it was not stored");
    }
  }

  /**
   * The object as it is now (null if there is none), to tell whether an unanswered write was
   * applied.
   */
  private @Nullable HeadObjectResponse verify(String action, String id, SdkException cause) {
    try {
      return s3.client().headObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw unknown(action, id, e, cause);
    } catch (SdkException e) {
      throw unknown(action, id, e, cause);
    }
  }

  /**
   * The body: the layout's; else nothing on create, as s3db.js writes it; else the token, so that
   * the replacing write has a fresh ETag for the next {@code If-Match}.
   */
  private static RequestBody body(StoredObject object, String token, boolean replacing) {
    if (object.hasBody()) {
      return RequestBody.fromBytes(object.body());
    }
    return replacing
        ? RequestBody.fromBytes(token.getBytes(StandardCharsets.US_ASCII))
        : RequestBody.empty();
  }

  private S3AccessException unknown(String action, String id, SdkException e, SdkException cause) {
    e.addSuppressed(cause);
    return failure(action, id, e, "whether it was stored is unknown");
  }

  private S3AccessException failure(String action, String id, SdkException e, String outcome) {
    return new S3AccessException(
        "Cannot "
            + action
            + " record '"
            + id
            + "' of resource '"
            + resource
            + "' ("
            + outcome
            + ")",
        resource,
        id,
        e);
  }
}
