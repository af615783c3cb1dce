package io.s3db.internal;

import io.s3db.ConflictException;
import io.s3db.ResourceAlreadyExistsException;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3AccessException;
import io.s3db.S3Dao;
import io.s3db.S3dbException;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.internal.crypto.Passwords;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.spi.Defaults;
import io.s3db.spi.ResourceCodec;
import io.s3db.spi.ResourceDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs the operations of one resource against S3 with the generated codec and validator.
 *
 * <h2>Concurrent updates</h2>
 * Records are written as s3db.js 21.x writes them on insert: metadata and an empty body. All such
 * objects share one ETag (the MD5 of nothing), so {@code If-Match} alone could not tell two versions
 * apart. Every replacing write (update, upsert of an existing id) therefore also stores a small random
 * <em>revision</em> body (content type {@value #REVISION_TYPE}), which gives the object a fresh ETag.
 * An update reads the ETag, and writes with {@code If-Match} on it: of two concurrent updates the
 * second fails the precondition, re-reads and re-applies its change. s3db.js ignores such a body (it
 * parses bodies only when they are JSON objects), so shared buckets keep working.
 */
public final class ResourceEngine<T> implements S3Dao<T> {
  /** Content type of the revision body that makes every replacing write's ETag unique. */
  static final String REVISION_TYPE = "application/vnd.s3db.revision";
  static final String VERSION_KEY = "_v";
  private static final int MAX_UPDATE_ATTEMPTS = 16;

  private final S3Client s3;
  private final String bucket;
  private final Parallel parallel;
  private final ResourceDescriptor<T> descriptor;
  private final ResourceCodec<T> codec;
  private final ResourceKeys keys;
  private final KeyMapping mapping;
  private final String version;
  private final @Nullable SecretCipher cipher;

  ResourceEngine(S3Client s3, String bucket, String keyPrefix, Parallel parallel,
      ResourceDescriptor<T> descriptor, KeyMapping mapping, String version, @Nullable SecretCipher cipher) {
    this.s3 = s3;
    this.bucket = bucket;
    this.parallel = parallel;
    this.descriptor = descriptor;
    this.codec = descriptor.codec();
    this.keys = new ResourceKeys(keyPrefix, descriptor.name());
    this.mapping = mapping;
    this.version = version;
    this.cipher = cipher;
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  ResourceDescriptor<T> descriptor() {
    return descriptor;
  }

  boolean hasSecrets() {
    return descriptor.attributes().stream().anyMatch(a -> a.rule().startsWith("secret"));
  }

  @Override
  public T insert(T record) {
    T stored = withId(record);
    String id = Objects.requireNonNull(codec.id(stored));
    Map<String, String> metadata = encode(stored, id);
    if (!putIfAbsent(id, metadata)) {
      throw new ResourceAlreadyExistsException(name(), id);
    }
    return stored;
  }

  @Override
  public T get(String id) {
    return find(id).orElseThrow(() -> new ResourceNotFoundException(name(), id));
  }

  @Override
  public Optional<T> find(String id) {
    Ids.check(name(), id);
    HeadObjectResponse head = head(id);
    return head == null ? Optional.empty() : Optional.of(decode(id, head));
  }

  @Override
  public boolean exists(String id) {
    Ids.check(name(), id);
    return head(id) != null;
  }

  @Override
  public T update(String id, UnaryOperator<T> change) {
    Ids.check(name(), id);
    for (int attempt = 1; attempt <= MAX_UPDATE_ATTEMPTS; attempt++) {
      HeadObjectResponse head = head(id);
      if (head == null) {
        throw new ResourceNotFoundException(name(), id);
      }
      T changed = change.apply(decode(id, head));
      if (changed == null) {
        throw new ValidationException(name(), id, List.of(new Violation("", "required",
            "the update function returned null; return the changed record", null)));
      }
      String newId = codec.id(changed);
      if (newId != null && !newId.equals(id)) {
        throw new ValidationException(name(), id, List.of(new Violation("id", "immutable",
            "cannot change on update; insert a new record and delete this one instead", newId)));
      }
      T next = codec.applyDefaults(newId == null ? codec.withId(changed, id) : changed, DEFAULTS);
      Map<String, String> metadata = encode(next, id);
      carryForeignFields(head.metadata(), metadata, id);
      if (replace(id, metadata, head.eTag())) {
        return next;
      }
      backOff(attempt);
    }
    throw new ConflictException(name(), id, MAX_UPDATE_ATTEMPTS);
  }

  /**
   * Waits a random time, up to 10 ms doubling per lost race (at most 2 s), so that writers contending
   * for one record spread out instead of colliding again.
   */
  private static void backOff(int attempt) {
    long bound = Math.min(2000, 10L << Math.min(attempt, 10));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(bound + 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new S3dbException("Interrupted while retrying an update", null, null, e);
    }
  }

  @Override
  public T upsert(T record) {
    T stored = withId(record);
    String id = Objects.requireNonNull(codec.id(stored));
    Map<String, String> metadata = encode(stored, id);
    if (!putIfAbsent(id, metadata)) {
      replace(id, metadata, null);
    }
    return stored;
  }

  @Override
  public void delete(String id) {
    Ids.check(name(), id);
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (SdkException e) {
      throw failure("delete", id, e);
    }
  }

  @Override
  public List<T> list() {
    List<String> ids = listIds();
    List<Optional<T>> found = parallel.map(ids, this::find);
    List<T> records = new ArrayList<>(found.size());
    for (Optional<T> record : found) {
      record.ifPresent(records::add); // deleted between the LIST and the HEAD
    }
    return records;
  }

  @Override
  public List<String> listIds() {
    List<String> ids = new ArrayList<>();
    forEachKey(object -> {
      String id = keys.idOf(object.key());
      if (id != null) {
        ids.add(id);
      }
    });
    return ids;
  }

  @Override
  public long count() {
    long[] count = {0};
    forEachKey(object -> {
      if (keys.idOf(object.key()) != null) {
        count[0]++;
      }
    });
    return count[0];
  }

  private void forEachKey(java.util.function.Consumer<S3Object> action) {
    String token = null;
    try {
      do {
        String continuation = token;
        ListObjectsV2Response page = s3.listObjectsV2(b -> b.bucket(bucket).prefix(keys.dataPrefix())
            .continuationToken(continuation));
        page.contents().forEach(action);
        token = Boolean.TRUE.equals(page.isTruncated()) ? page.nextContinuationToken() : null;
      } while (token != null);
    } catch (SdkException e) {
      throw failure("list", null, e);
    }
  }

  /** The record with an id (its own, or a generated one) and its defaults filled in. */
  private T withId(T record) {
    String id = codec.id(record);
    T complete = codec.applyDefaults(record, DEFAULTS);
    return id == null ? codec.withId(complete, Ids.generate(descriptor.idSize())) : complete;
  }

  private static final Defaults DEFAULTS = Passwords::generate;

  /** Validates and encodes; everything that can be wrong with a record fails here, before any request. */
  private Map<String, String> encode(T record, String id) {
    Ids.check(name(), id);
    List<Violation> violations = descriptor.validator().validate(record);
    if (!violations.isEmpty()) {
      throw new ValidationException(name(), id, violations);
    }
    EncodingMetadataWriter writer = new EncodingMetadataWriter(mapping, cipher);
    codec.encode(record, writer);
    Map<String, String> metadata = writer.values();
    metadata.put(VERSION_KEY, version);
    MetadataBudget.check(metadata, mapping, name(), id);
    return metadata;
  }

  private T decode(String id, HeadObjectResponse head) {
    return codec.decode(id, new DecodingMetadataReader(head.metadata(), mapping, cipher, name(), id));
  }

  /**
   * Keeps the values of attributes the catalog knows but this record type does not declare (written by
   * a newer schema elsewhere), so an update from an older build does not erase them.
   */
  private void carryForeignFields(Map<String, String> stored, Map<String, String> metadata, String id) {
    stored.forEach((key, value) -> {
      if (mapping.isForeign(key) && !metadata.containsKey(key)) {
        metadata.put(key, value);
      }
    });
    MetadataBudget.check(metadata, mapping, name(), id);
  }

  private @Nullable HeadObjectResponse head(String id) {
    try {
      return s3.headObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return null;
      }
      throw failure("read", id, e);
    } catch (SdkException e) {
      throw failure("read", id, e);
    }
  }

  /** Creates the object, exactly as s3db.js inserts it; false if the id is taken. */
  private boolean putIfAbsent(String id, Map<String, String> metadata) {
    try {
      s3.putObject(PutObjectRequest.builder().bucket(bucket).key(keys.dataKey(id)).metadata(metadata)
          .ifNoneMatch("*").build(), RequestBody.empty());
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 412) {
        return false;
      }
      throw failure("insert", id, e);
    } catch (SdkException e) {
      throw failure("insert", id, e);
    }
  }

  /**
   * Replaces the object with a fresh revision body; with an ETag, only if the object still has it.
   * False if it no longer does.
   */
  private boolean replace(String id, Map<String, String> metadata, @Nullable String etag) {
    byte[] revision = Ids.generate(16).getBytes(StandardCharsets.US_ASCII);
    try {
      s3.putObject(PutObjectRequest.builder().bucket(bucket).key(keys.dataKey(id)).metadata(metadata)
          .contentType(REVISION_TYPE).ifMatch(etag).build(), RequestBody.fromBytes(revision));
      return true;
    } catch (S3Exception e) {
      if (etag != null && (e.statusCode() == 412 || e.statusCode() == 409)) {
        return false;
      }
      if (e.statusCode() == 404 && etag != null) {
        throw new ResourceNotFoundException(name(), id);
      }
      throw failure("write", id, e);
    } catch (SdkException e) {
      throw failure("write", id, e);
    }
  }

  private S3AccessException failure(String action, @Nullable String id, SdkException e) {
    return new S3AccessException("Cannot " + action + " " + (id == null ? "records" : "record '" + id + "'")
        + " of resource '" + name() + "'", name(), id, e);
  }
}
