package io.s3db.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3AccessException;
import io.s3db.S3dbConfigurationException;
import io.s3db.S3dbException;
import io.s3db.internal.format.Dates;
import io.s3db.internal.format.JsJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The catalog {@code <prefix>/s3db.json} in the s3db.js 21.x format (FORMAT.md §2): resources, their
 * schema versions and the {@code schemaRegistry} that pins each attribute's metadata key.
 *
 * <p>Registering reads the catalog once; it writes only when a resource is new or gained attributes,
 * and then conditionally ({@code If-Match} on the ETag it read, {@code If-None-Match: *} when there was
 * none), re-reading and merging when another writer got there first, so concurrent writers never lose
 * each other's resources. Everything this library does not understand in the file is kept as it is.
 */
final class Catalog {
  static final String FILE = "s3db.json";
  private static final String FORMAT_VERSION = "1";
  private static final String WRITER = "s3db-java";
  private static final int MAX_ATTEMPTS = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Where a resource stands after registration: the version to stamp on writes, its key registry, and the
   * version it replaced when this registration added one (null otherwise).
   */
  record Registration(String version, Map<String, Integer> mapping, Set<Integer> burned,
      @Nullable String previousVersion, Map<String, List<String>> legacyPaths) {

    Registration updatedFrom(String previous) {
      return new Registration(version, mapping, burned, previous, legacyPaths);
    }

    Registration withLegacy(Map<String, List<String>> legacy) {
      return new Registration(version, mapping, burned, previousVersion, legacy);
    }
  }

  private final S3Client s3;
  private final String bucket;
  private final String key;

  Catalog(S3Client s3, String bucket, String keyPrefix) {
    this.s3 = s3;
    this.bucket = bucket;
    this.key = ResourceKeys.root(keyPrefix) + FILE;
  }

  /** Registers the schemas (creating or extending their catalog entries) and returns where each stands. */
  Map<String, Registration> register(List<ResourceSchema> schemas) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Loaded loaded = load();
      Map<String, Registration> registrations = new LinkedHashMap<>();
      boolean changed = false;
      for (ResourceSchema schema : schemas) {
        changed |= reconcile(loaded.document, schema, registrations);
      }
      if (!changed || store(loaded)) {
        return registrations;
      }
    }
    throw new S3dbException("The catalog " + key + " kept changing under concurrent writers; gave up after "
        + MAX_ATTEMPTS + " attempts. Retry.");
  }

  private record Loaded(ObjectNode document, @Nullable String etag) {}

  private Loaded load() {
    try {
      ResponseBytes<GetObjectResponse> bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(key));
      JsonNode document = JSON.readTree(bytes.asByteArray());
      if (!(document instanceof ObjectNode)) {
        throw new S3dbConfigurationException("The catalog " + key + " in bucket " + bucket
            + " is not a JSON object; fix or remove it.");
      }
      return new Loaded((ObjectNode) document, bytes.response().eTag());
    } catch (S3Exception e) {
      if (e.statusCode() == 404 && !"NoSuchBucket".equals(errorCode(e))) {
        return new Loaded(blank(), null);
      }
      if ("NoSuchBucket".equals(errorCode(e))) {
        throw new S3dbConfigurationException("Bucket '" + bucket + "' does not exist. Create it first.", e);
      }
      throw new S3AccessException("Cannot read the catalog " + key, null, null, e);
    } catch (SdkException e) {
      throw new S3AccessException("Cannot read the catalog " + key, null, null, e);
    } catch (IOException e) {
      throw new S3dbConfigurationException("The catalog " + key + " in bucket " + bucket
          + " is not valid JSON (" + e.getMessage() + "); fix or remove it.", e);
    }
  }

  /** Writes the catalog if nobody changed it since it was read; false if somebody did. */
  private boolean store(Loaded loaded) {
    loaded.document.put("lastUpdated", Dates.toIsoString(Instant.now()));
    byte[] body = JsJson.stringifyPretty(loaded.document).getBytes(StandardCharsets.UTF_8);
    try {
      s3.putObject(b -> {
        b.bucket(bucket).key(key).contentType("application/json");
        if (loaded.etag == null) {
          b.ifNoneMatch("*");
        } else {
          b.ifMatch(loaded.etag);
        }
      }, RequestBody.fromBytes(body));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 412 || e.statusCode() == 409) {
        return false;
      }
      throw new S3AccessException("Cannot write the catalog " + key, null, null, e);
    } catch (SdkException e) {
      throw new S3AccessException("Cannot write the catalog " + key, null, null, e);
    }
  }

  private static ObjectNode blank() {
    ObjectNode document = JSON.createObjectNode();
    document.put("version", FORMAT_VERSION);
    document.put("s3dbVersion", WRITER);
    document.put("lastUpdated", Dates.toIsoString(Instant.now()));
    document.putObject("resources");
    return document;
  }

  /**
   * Brings one resource's entry up to date with the schema; true if the document changed. A resource
   * is created at {@code v1}; a known resource keeps every key its registry assigned, and attributes it
   * lacks get fresh indices (never a burned one) and a new version. A schema that only lacks attributes
   * the catalog has (an older build of the same service, or a Node service that added fields) changes
   * nothing: removing attributes is not this service's call to make. Partitions follow the same rule: one
   * that is new or defined differently (which changes s3db.js's definition hash) gives a new version whose
   * partitions are the current ones plus this schema's, and partitions only the catalog has are kept.
   */
  private static boolean reconcile(ObjectNode document, ResourceSchema schema, Map<String, Registration> out) {
    ObjectNode resources = document.has("resources") && document.get("resources").isObject()
        ? (ObjectNode) document.get("resources") : document.putObject("resources");
    JsonNode existing = resources.get(schema.name());
    if (existing == null || !existing.isObject()) {
      ObjectNode resource = resources.putObject(schema.name());
      resource.put("currentVersion", "v1");
      resource.set("partitions", schema.partitions().deepCopy());
      resource.put("createdBy", "user");
      resource.putObject("versions").set("v1", versionEntry(schema, schema.partitions()));
      ObjectNode registry = resource.putObject("schemaRegistry");
      registry.put("nextIndex", schema.paths().size());
      ObjectNode mapping = registry.putObject("mapping");
      for (int i = 0; i < schema.paths().size(); i++) {
        mapping.put(schema.paths().get(i), i);
      }
      registry.putArray("burned");
      resource.putObject("pluginSchemaRegistry");
      out.put(schema.name(), registration("v1", registry));
      return true;
    }
    ObjectNode resource = (ObjectNode) existing;
    boolean hadRegistry = resource.has("schemaRegistry") && resource.get("schemaRegistry").isObject();
    ObjectNode registry = hadRegistry ? (ObjectNode) resource.get("schemaRegistry") : positionalRegistry(resource);
    Map<String, List<String>> legacy = legacyPaths(resource);
    ObjectNode mapping = registry.has("mapping") ? (ObjectNode) registry.get("mapping") : registry.putObject("mapping");
    Set<Integer> burned = burned(registry);
    int next = Math.max(registry.path("nextIndex").asInt(0), maxIndex(mapping) + 1);
    for (int b : burned) {
      next = Math.max(next, b + 1);
    }
    boolean added = false;
    for (String path : schema.paths()) {
      JsonNode index = mapping.get(path);
      if (index != null && index.canConvertToInt() && !burned.contains(index.asInt())) {
        continue;
      }
      Integer reclaimed = unburn(registry, path);
      mapping.put(path, reclaimed != null ? reclaimed : next++);
      added = true;
    }
    String current = resource.path("currentVersion").asText("v1");
    JsonNode currentPartitions = resource.path("versions").path(current).path("partitions");
    if (!currentPartitions.isObject()) {
      currentPartitions = resource.path("partitions");
    }
    ObjectNode partitions = currentPartitions.isObject() ? ((ObjectNode) currentPartitions).deepCopy()
        : JSON.createObjectNode();
    boolean partitionsChanged = false;
    for (var it = schema.partitions().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> partition = it.next();
      if (!partition.getValue().equals(partitions.get(partition.getKey()))) {
        partitions.set(partition.getKey(), partition.getValue().deepCopy());
        partitionsChanged = true;
      }
    }
    JsonNode currentEntry = resource.path("versions").path(current);
    ObjectNode candidate = versionEntry(schema, partitions);
    // a catalog without a registry (s3db.js 6.0.0) gets one and a version of this library's format
    boolean definitionChanged = !hadRegistry || !candidate.path("hash").equals(currentEntry.path("hash"))
        && !isOlderBuildOf(schema, currentEntry);
    if (!added && !partitionsChanged && !definitionChanged) {
      out.put(schema.name(), registration(current, registry).withLegacy(legacy));
      return false;
    }
    registry.put("nextIndex", next);
    if (!resource.has("schemaRegistry")) {
      resource.set("schemaRegistry", registry);
    }
    ObjectNode versions = resource.has("versions") && resource.get("versions").isObject()
        ? (ObjectNode) resource.get("versions") : resource.putObject("versions");
    String version = nextVersion(versions);
    versions.set(version, candidate);
    resource.put("currentVersion", version);
    resource.set("partitions", partitions.deepCopy());
    out.put(schema.name(), registration(version, registry).updatedFrom(current).withLegacy(legacy));
    return true;
  }

  /**
   * The positional key order of every version s3db.js 6.0.0 wrote (FORMAT.md §0.3): 6.0.0 stores no
   * registry and assigns keys by attribute position, per version, and does not store {@code idSize} in
   * its version entries, which is how they are told apart.
   */
  private static Map<String, List<String>> legacyPaths(ObjectNode resource) {
    Map<String, List<String>> legacy = new LinkedHashMap<>();
    resource.path("versions").fields().forEachRemaining(version -> {
      if (!version.getValue().has("idSize") && version.getValue().path("attributes").isObject()) {
        List<String> paths = new java.util.ArrayList<>();
        Set<String> objects = new java.util.LinkedHashSet<>();
        collectLeaves("", version.getValue().path("attributes"), paths, objects);
        paths.addAll(objects);
        legacy.put(version.getKey(), List.copyOf(paths));
      }
    });
    return legacy;
  }

  /**
   * Whether the schema is an older build of the current version: every attribute it declares is there
   * with the same rule, under the same behavior. Such a build reads and writes under the current version
   * (carrying the attributes it lacks over on update) instead of registering its older definition as a
   * new one, which would make two services' versions alternate on every start.
   */
  private static boolean isOlderBuildOf(ResourceSchema schema, JsonNode currentEntry) {
    if (!schema.behavior().equals(currentEntry.path("behavior").asText())) {
      return false;
    }
    Map<String, String> current = new LinkedHashMap<>();
    flatten("", currentEntry.path("attributes"), current);
    Map<String, String> ours = new LinkedHashMap<>();
    flatten("", schema.attributes(), ours);
    return current.entrySet().containsAll(ours.entrySet());
  }

  private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        flatten(prefix + e.getKey() + ".", e.getValue(), out);
      } else {
        out.put(prefix + e.getKey(), e.getValue().asText());
      }
    });
  }

  /**
   * Takes back the index s3db.js burned for this very attribute, if any. A service declaring an older
   * schema (without the attribute) burns it on start-up; when a service that does declare it connects,
   * the values stored under that index are still this attribute's, so reusing the index keeps them
   * readable instead of stranding them under a key nobody maps.
   */
  private static Integer unburn(ObjectNode registry, String path) {
    JsonNode entries = registry.path("burned");
    for (int i = 0; i < entries.size(); i++) {
      JsonNode entry = entries.get(i);
      if (path.equals(entry.path("attribute").asText(null)) && entry.path("index").canConvertToInt()) {
        ((ArrayNode) entries).remove(i);
        return entry.path("index").asInt();
      }
    }
    return null;
  }

  private static Registration registration(String version, ObjectNode registry) {
    Map<String, Integer> mapping = new LinkedHashMap<>();
    registry.path("mapping").fields().forEachRemaining(e -> {
      if (e.getValue().canConvertToInt()) {
        mapping.put(e.getKey(), e.getValue().asInt());
      }
    });
    return new Registration(version, mapping, burned(registry), null, Map.of());
  }

  private static Set<Integer> burned(ObjectNode registry) {
    Set<Integer> burned = new HashSet<>();
    for (JsonNode entry : registry.path("burned")) {
      if (entry.path("index").canConvertToInt()) {
        burned.add(entry.path("index").asInt());
      }
    }
    return burned;
  }

  private static int maxIndex(ObjectNode mapping) {
    int max = -1;
    for (JsonNode index : mapping) {
      max = Math.max(max, index.asInt(-1));
    }
    return max;
  }

  /**
   * A registry rebuilt from the current version's attribute order, for catalogs written without one
   * (s3db.js 6.0.0, hand-made ones): that order is how those writers assigned keys (FORMAT.md §4.1).
   */
  private static ObjectNode positionalRegistry(ObjectNode resource) {
    ObjectNode registry = JSON.createObjectNode();
    ObjectNode mapping = registry.putObject("mapping");
    String current = resource.path("currentVersion").asText();
    JsonNode attributes = resource.path("versions").path(current).path("attributes");
    List<String> paths = new java.util.ArrayList<>();
    Set<String> objects = new java.util.LinkedHashSet<>();
    collectLeaves("", attributes, paths, objects);
    paths.addAll(objects);
    for (int i = 0; i < paths.size(); i++) {
      mapping.put(paths.get(i), i);
    }
    registry.put("nextIndex", paths.size());
    registry.putArray("burned");
    return registry;
  }

  private static void collectLeaves(String prefix, JsonNode node, List<String> leaves, Set<String> objects) {
    node.fields().forEachRemaining(e -> {
      if (e.getKey().contains("$$")) {
        return;
      }
      if (e.getValue().isObject()) {
        if (prefix.isEmpty()) {
          objects.add(e.getKey());
        }
        collectLeaves(prefix + e.getKey() + ".", e.getValue(), leaves, objects);
      } else {
        leaves.add(prefix + e.getKey());
      }
    });
  }

  private static String nextVersion(ObjectNode versions) {
    int max = 0;
    for (var it = versions.fieldNames(); it.hasNext(); ) {
      String name = it.next();
      if (name.matches("v\\d+")) {
        max = Math.max(max, Integer.parseInt(name.substring(1)));
      }
    }
    return "v" + (max + 1);
  }

  /** One entry of {@code versions}, field for field as s3db.js 21.6.2 writes it. */
  private static ObjectNode versionEntry(ResourceSchema schema, ObjectNode partitions) {
    ObjectNode version = JSON.createObjectNode();
    version.put("hash", schema.hash(partitions));
    version.set("attributes", schema.attributes().deepCopy());
    version.put("behavior", schema.behavior());
    version.put("timestamps", schema.timestamps());
    version.set("partitions", partitions.deepCopy());
    version.put("paranoid", schema.paranoid());
    version.put("allNestedObjectsOptional", true);
    version.put("autoDecrypt", true);
    version.put("cache", false);
    version.putObject("hooks");
    version.put("idSize", schema.idSize());
    version.put("idGenerator", "default");
    version.put("createdAt", Dates.toIsoString(Instant.now()));
    return version;
  }

  private static @Nullable String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
  }
}
