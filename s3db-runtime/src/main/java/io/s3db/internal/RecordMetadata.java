package io.s3db.internal;

import io.s3db.internal.crypto.SecretCipher;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import io.s3db.spi.ResourceDescriptor;
import java.time.Clock;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The record ↔ metadata step of a put and of a head, without S3: the engine's own {@link
 * CodecBridge} (validator, generated codec, {@link EncodingMetadataWriter} or {@link
 * DecodingMetadataReader}, key mapping, cipher, the behavior's layout) for a resource as a fresh
 * catalog registers it. For benchmarks (s3db-bench's codec benchmarks) and tools that want to see
 * what a record becomes; not API: it may change in any release.
 */
public final class RecordMetadata<T> {
  private final CodecBridge<T> bridge;
  private final Map<String, String> storedKeys;

  private RecordMetadata(CodecBridge<T> bridge, Map<String, String> storedKeys) {
    this.bridge = bridge;
    this.storedKeys = storedKeys;
  }

  /**
   * The step for {@code descriptor} in a fresh bucket: its paths keyed base36 in schema order, as
   * the catalog registers a new resource.
   *
   * @param passphrase the database's passphrase; needed when the resource has secrets
   */
  public static <T> RecordMetadata<T> of(
      ResourceDescriptor<T> descriptor, @Nullable String passphrase) {
    ResourceSchema schema = new ResourceSchema(descriptor);
    Map<String, Integer> registry = new HashMap<>();
    List<String> paths = schema.paths();
    for (int i = 0; i < paths.size(); i++) {
      registry.put(paths.get(i), i);
    }
    KeyMapping mapping = new KeyMapping(paths, registry, Set.of());
    SecretCipher cipher =
        schema.hasSecrets() && passphrase != null ? new SecretCipher(passphrase) : null;
    CodecBridge<T> bridge =
        new CodecBridge<>(
            descriptor,
            mapping,
            "v1",
            cipher,
            Layout.of(descriptor.behavior()),
            event -> {},
            Map.of(),
            Clock.systemUTC());
    return new RecordMetadata<>(
        bridge, Collections.unmodifiableMap(new LinkedHashMap<>(mapping.schemaKeys())));
  }

  /**
   * What an insert of {@code record} (which carries its id) sends: defaults applied, validated,
   * encoded, laid out by the behavior. Metadata only when it fits 2 KB (the body, if any, is in the
   * returned object).
   *
   * @throws io.s3db.ValidationException if the record is not valid
   * @throws io.s3db.MetadataTooLargeException if the behavior refuses a record over 2 KB
   */
  public StoredObject put(T record) {
    T complete = bridge.withId(record);
    return bridge.object(complete, bridge.idOf(complete), "insert");
  }

  /**
   * The metadata of {@code record} before the layout: every field, whatever its size (what {@link
   * #put} lays out).
   *
   * @throws io.s3db.ValidationException if the record is not valid
   */
  public Map<String, String> encode(T record) {
    T complete = bridge.withId(record);
    return bridge.encode(complete, bridge.idOf(complete));
  }

  /**
   * The record in the user metadata a head of object {@code id} returned.
   *
   * @throws io.s3db.CodecException if a value is missing or malformed
   */
  public T head(String id, Map<String, String> metadata) {
    return bridge.decode(id, new RecordStore.Loaded(metadata, "\"etag\"", false, null, 0));
  }

  /** Each attribute path's metadata key, in schema order. */
  public Map<String, String> storedKeys() {
    return storedKeys;
  }
}
