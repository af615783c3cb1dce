package io.s3db.internal;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.ConflictException;
import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ProgressListener;
import io.s3db.ResourceAlreadyExistsException;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3AccessException;
import io.s3db.Content;
import io.s3db.S3Dao;
import io.s3db.S3dbListener;
import io.s3db.S3dbConfigurationException;
import io.s3db.S3dbException;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.internal.crypto.Passwords;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import io.s3db.internal.layout.WriteContext;
import io.s3db.spi.Defaults;
import io.s3db.spi.ResourceCodec;
import io.s3db.spi.ResourceDescriptor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Runs the operations of one resource against S3 with the generated codec and validator.
 *
 * <h2>Concurrent updates</h2>
 * An update reads the record with its ETag and writes with {@code If-Match} on it: of two concurrent
 * updates the second fails the precondition, re-reads and re-applies its change ({@link RecordStore}
 * says how every write gets a fresh ETag). The record's behavior ({@link Layout}) decides what goes to
 * metadata and what to the body.
 *
 * <h2>Partition references</h2>
 * A record's references are computed from its values (never listed). Writes put the new references
 * <em>before</em> the data and delete the old ones <em>after</em> it, so whatever step fails or crashes,
 * every stored record still has all its references; the worst left behind is a stale reference (to a
 * record that is gone or has other values now), which readers of the partition detect by checking the
 * record they fetched against the key, and skip. Readers do not delete stale references: a reference
 * that looks stale may belong to a write in progress, whose data is not there yet.
 *
 * <h2>Timestamps</h2>
 * With {@code @S3Resource(timestamps = true)}, insert sets {@code createdAt} and {@code updatedAt} to one
 * instant of the database's clock (to the millisecond); update keeps the stored {@code createdAt}; an
 * upsert that finds the record keeps its {@code createdAt} too, and takes back the {@code byCreatedDate}
 * reference it put for the insert attempt.
 */
public final class ResourceEngine<T> implements S3Dao<T> {
  private static final System.Logger LOG = System.getLogger(ResourceEngine.class.getName());

  private final S3Client s3;
  private final String bucket;
  private final Parallel parallel;
  private final ResourceDescriptor<T> descriptor;
  private final ResourceCodec<T> codec;
  private final ResourceKeys keys;
  private final KeyMapping mapping;
  private final String version;
  private final @Nullable SecretCipher cipher;
  private final PartitionIndex<T> partitions;
  private final KeyLister lister;
  private final BatchDeleter deleter;
  private final boolean timestamps;
  private final Clock clock;
  private final Layout layout;
  private final RecordStore store;
  private final BinaryContent binaryContent;
  private final S3dbListener listener;
  private final List<String> truncatable;
  /** The key maps of the s3db.js 6.0.0 versions in the catalog, by version name; read-only. */
  private final Map<String, KeyMapping> legacyMappings;

  ResourceEngine(S3Client s3, String bucket, String keyPrefix, Parallel parallel,
      ResourceDescriptor<T> descriptor, KeyMapping mapping, String version, @Nullable SecretCipher cipher,
      S3dbListener listener, Map<String, KeyMapping> legacyMappings, Clock clock) {
    this.s3 = s3;
    this.bucket = bucket;
    this.parallel = parallel;
    this.descriptor = descriptor;
    this.codec = descriptor.codec();
    this.keys = new ResourceKeys(keyPrefix, descriptor.name());
    this.mapping = mapping;
    this.version = version;
    this.cipher = cipher;
    this.partitions = new PartitionIndex<>(descriptor.name(), keys, descriptor.partitions(),
        descriptor.versioning());
    this.lister = new KeyLister(s3, bucket, descriptor.name());
    this.deleter = new BatchDeleter(s3, bucket, descriptor.name());
    this.layout = Layout.of(descriptor.behavior());
    this.store = new RecordStore(s3, bucket, keys, layout, mapping, descriptor.name());
    this.binaryContent = new BinaryContent(descriptor.name(), store);
    this.listener = listener;
    this.legacyMappings = Map.copyOf(legacyMappings);
    this.truncatable = new ArrayList<>();
    for (int i = 0; i < descriptor.attributes().size(); i++) {
      String rule = descriptor.attributes().get(i).rule();
      if ((rule.equals("string") || rule.startsWith("string|") || rule.startsWith("email")) && !rule.contains("enum:")) {
        truncatable.add(Objects.requireNonNull(mapping.storedKeyOf(descriptor.attributes().get(i).path())));
      }
    }
    this.timestamps = descriptor.timestamps();
    this.clock = clock;
  }

  @Override
  public String name() {
    return descriptor.name();
  }

  ResourceDescriptor<T> descriptor() {
    return descriptor;
  }

  boolean hasSecrets() {
    return ResourceSchema.hasSecrets(descriptor);
  }

  @Override
  public T insert(T record) {
    T stored = withId(record);
    if (timestamps) {
      Instant now = now();
      stored = codec.withTimestamps(stored, now, now);
    }
    String id = Objects.requireNonNull(codec.id(stored));
    StoredObject object = layout.write(encode(stored, id), context(id, "insert"));
    putRefs(refKeys(stored, id), id);
    if (!store.create(id, object)) {
      // a reference put above is stale now (or the existing record's own); readers skip stale ones
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
    return fetch(id);
  }

  /** The record behind a listed key, or empty if it is gone; the id comes from S3, so it is not checked. */
  private Optional<T> fetch(String id) {
    RecordStore.Loaded loaded = store.read(id);
    return loaded == null ? Optional.empty() : Optional.of(decode(id, loaded));
  }

  /** The record's references: its partitions', and {@code byVersion}'s under the version written now. */
  private Set<String> refKeys(T record, String id) {
    Set<String> refs = partitions.refKeys(record, id);
    if (descriptor.versioning()) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(version), id));
    }
    return refs;
  }

  /** The references a stored record has: computed from its values and the version it was written under. */
  private Set<String> storedRefKeys(T record, RecordStore.Loaded loaded, String id) {
    Set<String> refs = partitions.storedRefKeys(record, id);
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (descriptor.versioning() && written != null) {
      refs = new LinkedHashSet<>(refs);
      refs.add(keys.refKey(PartitionKey.byVersion(written), id));
    }
    return refs;
  }

  /**
   * With versioning, a record written under an older schema version is copied, as it is, to
   * {@code resource=<name>/historical/id=<id>} before it is rewritten in the current one (s3db.js's
   * historical storage; the copy's Last-Modified tells when).
   */
  private void keepHistory(String id, RecordStore.Loaded loaded) {
    String written = loaded.metadata().get(Layout.VERSION_KEY);
    if (descriptor.versioning() && written != null && !written.equals(version)) {
      store.copyToHistory(id);
    }
  }

  /** The record behind a listed key if it still belongs under the key (else the reference is stale). */
  private Optional<T> fetch(PartitionKey<T> key, String id) {
    if (key.partitionName().filter(PartitionKey.BY_VERSION::equals).isPresent()) {
      RecordStore.Loaded loaded = store.read(id);
      return loaded == null || !key.values().get(Layout.VERSION_KEY).equals(loaded.metadata().get(Layout.VERSION_KEY))
          ? Optional.empty() : Optional.of(decode(id, loaded));
    }
    return fetch(id).filter(record -> partitions.matches(key, record));
  }

  @Override
  public boolean exists(String id) {
    Ids.check(name(), id);
    return store.head(id) != null;
  }

  @Override
  public void setContent(String id, byte[] content, String contentType) {
    binaryContent.set(id, content, contentType);
  }

  @Override
  public void setContent(String id, InputStream stream, long length, String contentType) {
    binaryContent.set(id, stream, length, contentType);
  }

  @Override
  public Optional<Content> content(String id) {
    return binaryContent.get(id);
  }

  @Override
  public boolean hasContent(String id) {
    return binaryContent.has(id);
  }

  @Override
  public void deleteContent(String id) {
    binaryContent.delete(id);
  }

  @Override
  public T update(String id, UnaryOperator<T> change) {
    Ids.check(name(), id);
    Set<String> written = new LinkedHashSet<>();
    for (int attempt = 1; attempt <= Retries.MAX_ATTEMPTS; attempt++) {
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        throw new ResourceNotFoundException(name(), id);
      }
      T current = decode(id, loaded);
      T changed = change.apply(current);
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
      if (timestamps) {
        next = codec.withTimestamps(next, codec.createdAt(current), now());
      }
      Map<String, String> metadata = encode(next, id);
      carryForeignFields(loaded.metadata(), metadata);
      StoredObject object = layout.write(metadata, context(id, "update"));
      Set<String> newRefs = refKeys(next, id);
      Set<String> oldRefs = storedRefKeys(current, loaded, id);
      keepHistory(id, loaded);
      Set<String> toPut = new LinkedHashSet<>(newRefs);
      toPut.removeAll(oldRefs);
      toPut.removeAll(written);
      putRefs(toPut, id);
      written.addAll(toPut);
      if (store.replace(id, object, loaded)) {
        Set<String> toDelete = new LinkedHashSet<>(oldRefs);
        toDelete.removeAll(newRefs);
        deleteRefs(toDelete, id);
        return next;
      }
      Retries.backOff(attempt);
    }
    throw new ConflictException(name(), id, Retries.MAX_ATTEMPTS);
  }

  @Override
  public T upsert(T record) {
    T stored = withId(record);
    String id = Objects.requireNonNull(codec.id(stored));
    Instant now = timestamps ? now() : null;
    if (timestamps) {
      stored = codec.withTimestamps(stored, now, now);
    }
    Map<String, String> metadata = encode(stored, id);
    StoredObject object = layout.write(metadata, context(id, "upsert"));
    Set<String> newRefs = refKeys(stored, id);
    putRefs(newRefs, id);
    Set<String> written = new LinkedHashSet<>(newRefs);
    for (int attempt = 1; attempt <= Retries.MAX_ATTEMPTS; attempt++) {
      if (store.create(id, object)) {
        Set<String> toDelete = new LinkedHashSet<>(written);
        toDelete.removeAll(newRefs);
        deleteRefs(toDelete, id);
        return stored;
      }
      // replacing: the old references (and createdAt) come from the record being replaced, read with its ETag
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        continue;
      }
      T existing = decodeOrNull(id, loaded);
      Set<String> oldRefs = existing == null ? Set.of() : storedRefKeys(existing, loaded, id);
      keepHistory(id, loaded);
      T replacement = stored;
      StoredObject replacementObject = object;
      Set<String> replacementRefs = newRefs;
      if (timestamps && existing != null) {
        replacement = codec.withTimestamps(stored, codec.createdAt(existing), now);
        replacementObject = layout.write(encode(replacement, id), context(id, "upsert"));
        replacementRefs = refKeys(replacement, id);
        Set<String> toPut = new LinkedHashSet<>(replacementRefs);
        toPut.removeAll(oldRefs);
        toPut.removeAll(written);
        putRefs(toPut, id);
        written.addAll(toPut);
      }
      if (store.replace(id, replacementObject, loaded)) {
        Set<String> toDelete = new LinkedHashSet<>(oldRefs);
        toDelete.addAll(written);
        toDelete.removeAll(replacementRefs);
        deleteRefs(toDelete, id);
        return replacement;
      }
      Retries.backOff(attempt);
    }
    throw new ConflictException(name(), id, Retries.MAX_ATTEMPTS);
  }

  @Override
  public void delete(String id) {
    Ids.check(name(), id);
    Set<String> refs = Set.of();
    if (!partitions.isEmpty()) {
      RecordStore.Loaded loaded = store.read(id);
      if (loaded == null) {
        return;
      }
      refs = storedRefKeysOrNone(id, loaded);
    }
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(keys.dataKey(id)));
    } catch (SdkException e) {
      throw failure("delete", id, e);
    }
    deleteRefs(refs, id);
  }

  @Override
  public List<T> list() {
    return list(PartitionKey.all());
  }

  @Override
  public List<String> listIds() {
    return listIds(PartitionKey.all());
  }

  @Override
  public long count() {
    return count(PartitionKey.all());
  }

  @Override
  public List<T> list(PartitionKey<T> key) {
    List<Optional<T>> found = parallel.map(listIds(key), id -> fetch(key, id));
    List<T> records = new ArrayList<>(found.size());
    for (Optional<T> record : found) {
      record.ifPresent(records::add); // deleted between the LIST and the HEAD, or a stale reference
    }
    return records;
  }

  @Override
  public List<String> listIds(PartitionKey<T> key) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    List<String> ids = new ArrayList<>();
    lister.forEach(prefix, object -> {
      String id = ResourceKeys.idOf(prefix, object.key());
      if (id != null) {
        ids.add(id);
      }
    });
    return ids;
  }

  @Override
  public long count(PartitionKey<T> key) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    long[] count = {0};
    lister.forEach(prefix, object -> {
      if (ResourceKeys.idOf(prefix, object.key()) != null) {
        count[0]++;
      }
    });
    return count[0];
  }

  @Override
  public Page<T> page(PartitionKey<T> key, PageRequest request) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    List<String> ids = new ArrayList<>(request.size());
    PageRequest next;
    if (request.offset() == 0) {
      String token = request.cursor().map(ResourceEngine::fromCursor).orElse(null);
      ListObjectsV2Response listed = lister.page(prefix, request.size(), token);
      for (S3Object object : listed.contents()) {
        String id = ResourceKeys.idOf(prefix, object.key());
        if (id != null) {
          ids.add(id);
        }
      }
      String following = KeyLister.next(listed);
      next = following == null ? null : PageRequest.ofCursor(toCursor(following), request.size());
    } else {
      next = offsetPage(prefix, request, ids);
    }
    List<T> items = new ArrayList<>(ids.size());
    parallel.map(ids, id -> fetch(key, id)).forEach(record -> record.ifPresent(items::add));
    return new Page<>(items, next);
  }

  /** Skips {@code offset} keys by listing (not fetching) them, then takes {@code size} ids; the next request. */
  private @Nullable PageRequest offsetPage(String prefix, PageRequest request, List<String> ids) {
    long skipped = 0;
    String token = null;
    do {
      ListObjectsV2Response listed = lister.page(prefix, 1000, token);
      token = KeyLister.next(listed);
      for (S3Object object : listed.contents()) {
        String id = ResourceKeys.idOf(prefix, object.key());
        if (id == null) {
          continue;
        }
        if (skipped < request.offset()) {
          skipped++;
        } else if (ids.size() < request.size()) {
          ids.add(id);
        } else {
          return PageRequest.ofOffset(request.offset() + request.size(), request.size());
        }
      }
    } while (token != null);
    return null;
  }

  /** Cursors are S3 continuation tokens, wrapped so that callers treat them as opaque. */
  private static String toCursor(String token) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  private static String fromCursor(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a page cursor: " + cursor, e);
    }
  }

  @Override
  public List<T> query(PartitionKey<T> key, Predicate<? super T> filter) {
    try (Stream<T> records = stream(key)) {
      return records.filter(filter).toList();
    }
  }

  @Override
  public Map<String, T> getMany(Collection<String> ids) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    unique.forEach(keys::checkId);
    List<Optional<T>> found = parallel.map(unique, this::fetch);
    Map<String, T> records = new LinkedHashMap<>();
    for (int i = 0; i < unique.size(); i++) {
      String id = unique.get(i);
      found.get(i).ifPresent(record -> records.put(id, record));
    }
    return records;
  }

  @Override
  public BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress) {
    List<T> items = new ArrayList<>(records);
    Progress counter = new Progress(progress, items.size());
    List<Object> outcomes = parallel.map(items, record -> {
      String id = null;
      try {
        T withId = withId(record);
        id = idOf(withId);
        return insert(withId);
      } catch (S3dbException e) {
        return new BulkResult.Failure<>(id == null ? "" : id, record, e);
      } catch (RuntimeException e) {
        return new BulkResult.Failure<>(id == null ? "" : id, record,
            new S3dbException("Insert failed: " + e, name(), id, e));
      } finally {
        counter.done(1);
      }
    });
    List<T> succeeded = new ArrayList<>();
    List<BulkResult.Failure<T>> failures = new ArrayList<>();
    for (Object outcome : outcomes) {
      if (outcome instanceof BulkResult.Failure<?>) {
        @SuppressWarnings("unchecked")
        BulkResult.Failure<T> failure = (BulkResult.Failure<T>) outcome;
        failures.add(failure);
      } else {
        @SuppressWarnings("unchecked")
        T stored = (T) outcome;
        succeeded.add(stored);
      }
    }
    return new BulkResult<>(succeeded, succeeded.size(), failures);
  }

  @Override
  public BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    Progress counter = new Progress(progress, unique.size());
    Map<String, S3dbException> failed = new LinkedHashMap<>();
    List<String> valid = new ArrayList<>();
    for (String id : unique) {
      try {
        keys.checkId(id);
        valid.add(id);
      } catch (ValidationException e) {
        failed.put(id, e);
        counter.done(1);
      }
    }
    // with partitions, a HEAD per record tells its references: cheaper than listing whole partitions
    Map<String, Set<String>> refsById = new LinkedHashMap<>();
    if (!partitions.isEmpty()) {
      List<Object> heads = parallel.map(valid, id -> {
        try {
          RecordStore.Loaded loaded = store.read(id);
          return loaded == null ? Set.<String>of() : storedRefKeysOrNone(id, loaded);
        } catch (S3dbException e) {
          return e;
        }
      });
      for (int i = 0; i < valid.size(); i++) {
        Object outcome = heads.get(i);
        if (outcome instanceof S3dbException e) {
          failed.put(valid.get(i), e);
          counter.done(1);
        } else {
          @SuppressWarnings("unchecked")
          Set<String> refs = (Set<String>) outcome;
          refsById.put(valid.get(i), refs);
        }
      }
    } else {
      valid.forEach(id -> refsById.put(id, Set.of()));
    }
    List<String> dataKeys = new ArrayList<>();
    refsById.keySet().forEach(id -> dataKeys.add(keys.dataKey(id)));
    List<String> refs = new ArrayList<>();
    for (int from = 0; from < dataKeys.size(); from += BatchDeleter.MAX_KEYS) {
      List<String> batch = dataKeys.subList(from, Math.min(dataKeys.size(), from + BatchDeleter.MAX_KEYS));
      Map<String, S3dbException> refused = deleter.delete(batch);
      for (String key : batch) {
        String id = keys.idOf(key);
        S3dbException error = refused.get(key);
        if (error != null) {
          failed.put(id, error);
        } else {
          refs.addAll(refsById.get(id));
        }
      }
      counter.done(batch.size());
    }
    // references go after the data, so a failure here leaves stale references, not unlisted records
    if (!refs.isEmpty()) {
      deleter.delete(refs).forEach((key, error) -> LOG.log(System.Logger.Level.WARNING,
          "Stale partition reference {0} left behind: {1}", key, error.getMessage()));
    }
    List<String> succeeded = new ArrayList<>();
    List<BulkResult.Failure<String>> failures = new ArrayList<>();
    for (String id : unique) {
      S3dbException error = failed.get(id);
      if (error == null) {
        succeeded.add(id);
      } else {
        failures.add(new BulkResult.Failure<>(id, id, error));
      }
    }
    return new BulkResult<>(succeeded, succeeded.size(), failures);
  }

  @Override
  public long deleteAll() {
    if (descriptor.paranoid()) {
      throw new S3dbConfigurationException("deleteAll() of resource '" + name() + "' is refused: the resource"
          + " is paranoid (the default). Set @S3Resource(paranoid = false) on resources you mean to wipe.");
    }
    Map<String, S3dbException> refused = new LinkedHashMap<>();
    long deleted = deleteEverything(keys.dataPrefix(), refused);
    deleteEverything(keys.partitionsPrefix(), refused);
    if (!refused.isEmpty()) {
      throw new S3dbException("deleteAll() of resource '" + name() + "' could not delete " + refused.size()
          + " objects, e.g. " + refused.values().iterator().next().getMessage(), name(), null, null);
    }
    return deleted - refused.size();
  }

  /** Lists and deletes every key under the prefix, page by page; the number of keys listed. */
  private long deleteEverything(String prefix, Map<String, S3dbException> refused) {
    long listed = 0;
    String token = null;
    do {
      ListObjectsV2Response page = lister.page(prefix, BatchDeleter.MAX_KEYS, token);
      token = KeyLister.next(page);
      List<String> batch = new ArrayList<>(page.contents().size());
      page.contents().forEach(object -> batch.add(object.key()));
      listed += batch.size();
      if (!batch.isEmpty()) {
        refused.putAll(deleter.delete(batch));
      }
    } while (token != null);
    return listed;
  }

  @Override
  public Stream<T> stream(PartitionKey<T> key) {
    partitions.check(key);
    return new RecordIterator<>(lister, keys.prefix(key), parallel, parallel.parallelism(), id -> fetch(key, id))
        .stream();
  }

  @Override
  public BulkWriter<T> writer(BulkWriter.Options options) {
    return new DefaultBulkWriter<>(this, parallel, options);
  }

  /** Puts zero-byte reference objects, {@code {_v: version}} as s3db.js writes them, in parallel. */
  private void putRefs(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    Map<String, String> metadata = Map.of(Layout.VERSION_KEY, version);
    parallel.map(new ArrayList<>(refs), ref -> {
      try {
        s3.putObject(PutObjectRequest.builder().bucket(bucket).key(ref).metadata(metadata).build(),
            RequestBody.empty());
        return null;
      } catch (SdkException e) {
        throw failure("write a partition reference of", id, e);
      }
    });
  }

  /**
   * Deletes references after the data is safe. A failure leaves only stale references, which readers skip,
   * so it is logged rather than failing a write that has succeeded.
   */
  private void deleteRefs(Set<String> refs, String id) {
    if (refs.isEmpty()) {
      return;
    }
    deleter.delete(new ArrayList<>(refs)).forEach((key, error) -> LOG.log(System.Logger.Level.WARNING,
        "Stale partition reference {0} of record {1} left behind: {2}", key, id, error.getMessage()));
  }

  /** The references of the stored record, or none when it cannot be decoded (nothing this library wrote). */
  private Set<String> storedRefKeysOrNone(String id, RecordStore.Loaded loaded) {
    T stored = decodeOrNull(id, loaded);
    return stored == null ? Set.of() : storedRefKeys(stored, loaded, id);
  }

  /** The stored record, or null when it cannot be decoded (nothing this library wrote). */
  private @Nullable T decodeOrNull(String id, RecordStore.Loaded loaded) {
    try {
      return decode(id, loaded);
    } catch (S3dbException e) {
      return null;
    }
  }

  /** The time stamped on writes: a JS {@code Date} holds milliseconds, so the instant is cut to them. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The record's id; for records given an id by {@link #withId}. */
  String idOf(T record) {
    return Objects.requireNonNull(codec.id(record));
  }

  /** The record with an id (its own, or a generated one) and its defaults filled in. */
  T withId(T record) {
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
    metadata.put(Layout.VERSION_KEY, version);
    return metadata;
  }

  /** What the behavior's layout needs to know about a write. */
  private WriteContext context(String id, String operation) {
    return new WriteContext(name(), id, operation, mapping::path, truncatable, mapping.schemaKeys(), listener);
  }

  /**
   * The record in an object: decoded through the registry's keys, or, for an object s3db.js 6.0.0 wrote
   * (its {@code _v} names a 6.0.0 version), through that version's positional keys and decimal numbers.
   */
  private T decode(String id, RecordStore.Loaded loaded) {
    String objectVersion = loaded.metadata().get(Layout.VERSION_KEY);
    KeyMapping legacy = objectVersion == null ? null : legacyMappings.get(objectVersion);
    return RecordDecoding.decode(codec, name(), id, legacy == null
        ? new DecodingMetadataReader(loaded.metadata(), mapping, cipher, name(), id)
        : new DecodingMetadataReader(loaded.metadata(), legacy, cipher, name(), id, true));
  }

  /**
   * Keeps the values of attributes the catalog knows but this record type does not declare (written by
   * a newer schema elsewhere), so an update from an older build does not erase them.
   */
  private void carryForeignFields(Map<String, String> stored, Map<String, String> metadata) {
    stored.forEach((key, value) -> {
      if (mapping.isForeign(key) && !metadata.containsKey(key)) {
        metadata.put(key, value);
      }
    });
  }

  private S3AccessException failure(String action, @Nullable String id, SdkException e) {
    return new S3AccessException("Cannot " + action + " " + (id == null ? "records" : "record '" + id + "'")
        + " of resource '" + name() + "'", name(), id, e);
  }
}
