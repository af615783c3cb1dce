package io.s3db.internal;

import io.s3db.S3dbException;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.events.ExceedsLimitEvent;
import io.s3db.ids.IdGenerator;
import io.s3db.internal.crypto.Passwords;
import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import io.s3db.internal.layout.WriteContext;
import io.s3db.spi.Attribute;
import io.s3db.spi.Defaults;
import io.s3db.spi.ResourceCodec;
import io.s3db.spi.ResourceDescriptor;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Between a resource's records and its stored objects: fills in ids, defaults and timestamps,
 * validates and encodes a record into the object its behavior lays out, and decodes stored objects
 * back — through the registry's keys, or through the positional keys of the s3db.js 6.0.0 version
 * that wrote them.
 *
 * <p>Timestamps are instants of the database's clock cut to the millisecond, as a JS {@code Date}
 * holds them.
 */
final class CodecBridge<T> {
  private static final Defaults DEFAULTS = Passwords::generate;

  private final ResourceDescriptor<T> descriptor;
  private final ResourceCodec<T> codec;
  private final KeyMapping mapping;
  private final String version;
  private final @Nullable SecretCipher cipher;
  private final Layout layout;
  private final Consumer<ExceedsLimitEvent> exceeded;
  private final Clock clock;

  /** Stored keys of plain-text fields: the only values truncate-data may cut. */
  private final List<String> truncatable = new ArrayList<>();

  /** The key maps of the s3db.js 6.0.0 versions in the catalog, by version name; read-only. */
  private final Map<String, KeyMapping> legacyMappings;

  CodecBridge(
      ResourceDescriptor<T> descriptor,
      KeyMapping mapping,
      String version,
      @Nullable SecretCipher cipher,
      Layout layout,
      Consumer<ExceedsLimitEvent> exceeded,
      Map<String, KeyMapping> legacyMappings,
      Clock clock) {
    this.descriptor = descriptor;
    this.codec = descriptor.codec();
    this.mapping = mapping;
    this.version = version;
    this.cipher = cipher;
    this.layout = layout;
    this.exceeded = exceeded;
    this.legacyMappings = Map.copyOf(legacyMappings);
    this.clock = clock;
    for (Attribute attribute : descriptor.attributes()) {
      if (attribute.truncatable()) {
        truncatable.add(Objects.requireNonNull(mapping.storedKeyOf(attribute.path())));
      }
    }
  }

  String resource() {
    return descriptor.name();
  }

  /** The schema version stamped on every write ({@code _v}). */
  String version() {
    return version;
  }

  /** The id the record comes with, null when an insert is to generate one. */
  @Nullable String givenId(T record) {
    return codec.id(record);
  }

  /** The record's id; for records given an id by {@link #withId}. */
  String idOf(T record) {
    return Objects.requireNonNull(codec.id(record));
  }

  /**
   * The record with an id (its own, or a generated one) and its defaults filled in. The resource's
   * generator sees the record with its defaults; without one, ids are nanoids of {@code idSize}.
   */
  T withId(T record) {
    String id = codec.id(record);
    T complete = codec.applyDefaults(record, DEFAULTS);
    if (id != null) {
      return complete;
    }
    IdGenerator<? super T> generator = descriptor.idGenerator();
    return codec.withId(
        complete,
        generator == null
            ? Ids.generate(descriptor.idSize())
            : Ids.generate(resource(), generator, complete));
  }

  /**
   * What an update function returned, made a whole record of {@code id}: the id filled in if it was
   * left out, the defaults applied.
   *
   * @throws ValidationException if it returned null or another id
   */
  T changed(String id, @Nullable T changed) {
    if (changed == null) {
      throw new ValidationException(
          resource(),
          id,
          List.of(
              new Violation(
                  "",
                  "required",
                  "the update function returned null; return the changed record",
                  null)));
    }
    String newId = codec.id(changed);
    if (newId != null && !newId.equals(id)) {
      throw new ValidationException(
          resource(),
          id,
          List.of(
              new Violation(
                  "id",
                  "immutable",
                  "cannot change on update; insert a new record and delete this one instead",
                  newId)));
    }
    return codec.applyDefaults(newId == null ? codec.withId(changed, id) : changed, DEFAULTS);
  }

  /**
   * The time stamped on writes: a JS {@code Date} holds milliseconds, so the instant is cut to
   * them.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** Whether records carry {@code createdAt} and {@code updatedAt}. */
  boolean timestamped() {
    return descriptor.timestamps();
  }

  /**
   * A record written for the first time, stamped {@code createdAt = updatedAt = now} when
   * timestamped.
   */
  T created(T record, Instant now) {
    return descriptor.timestamps() ? codec.withTimestamps(record, now, now) : record;
  }

  /**
   * A record replacing {@code previous}: it keeps the stored {@code createdAt}, and {@code
   * updatedAt = now}.
   */
  T replacing(T record, T previous, Instant now) {
    return descriptor.timestamps()
        ? codec.withTimestamps(record, codec.createdAt(previous), now)
        : record;
  }

  /**
   * Validates and encodes; everything that can be wrong with a record fails here, before any
   * request.
   */
  Map<String, String> encode(T record, String id) {
    Ids.check(resource(), id);
    List<Violation> violations = descriptor.validator().validate(record);
    if (!violations.isEmpty()) {
      throw new ValidationException(resource(), id, violations);
    }
    EncodingMetadataWriter writer = new EncodingMetadataWriter(mapping, cipher);
    codec.encode(record, writer);
    Map<String, String> metadata = writer.values();
    metadata.put(Layout.VERSION_KEY, version);
    return metadata;
  }

  /** The object the behavior's layout makes of encoded metadata. */
  StoredObject object(Map<String, String> metadata, String id, String operation) {
    return layout.write(
        metadata,
        new WriteContext(
            resource(), id, operation, mapping::path, truncatable, mapping.schemaKeys(), exceeded));
  }

  /** Validates, encodes and lays out the record. */
  StoredObject object(T record, String id, String operation) {
    return object(encode(record, id), id, operation);
  }

  /**
   * The record in an object: decoded through the registry's keys, or, for an object s3db.js 6.0.0
   * wrote (its {@code _v} names a 6.0.0 version), through that version's positional keys and
   * decimal numbers.
   */
  T decode(String id, RecordStore.Loaded loaded) {
    String objectVersion = loaded.metadata().get(Layout.VERSION_KEY);
    KeyMapping legacy = objectVersion == null ? null : legacyMappings.get(objectVersion);
    return RecordDecoding.decode(
        codec,
        resource(),
        id,
        legacy == null
            ? new DecodingMetadataReader(loaded.metadata(), mapping, cipher, resource(), id)
            : new DecodingMetadataReader(loaded.metadata(), legacy, cipher, resource(), id, true));
  }

  /**
   * The record as the object stores it: the record itself, unless truncate-data cut fields to fit.
   */
  T asStored(String id, T record, StoredObject object) {
    return object.truncated()
        ? RecordDecoding.decode(
            codec,
            resource(),
            id,
            new DecodingMetadataReader(object.metadata(), mapping, cipher, resource(), id))
        : record;
  }

  /** The stored record, or null when it cannot be decoded (nothing this library wrote). */
  @Nullable T decodeOrNull(String id, RecordStore.Loaded loaded) {
    try {
      return decode(id, loaded);
    } catch (S3dbException e) {
      return null;
    }
  }

  /**
   * Keeps the values of attributes the catalog knows but this record type does not declare (written
   * by a newer schema elsewhere), so an update from an older build does not erase them.
   */
  void carryForeignFields(Map<String, String> stored, Map<String, String> metadata) {
    stored.forEach(
        (key, value) -> {
          if (mapping.isForeign(key) && !metadata.containsKey(key)) {
            metadata.put(key, value);
          }
        });
  }
}
