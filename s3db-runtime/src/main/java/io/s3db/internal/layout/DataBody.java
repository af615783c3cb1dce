package io.s3db.internal.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.JsJson;
import io.s3db.internal.format.JsonTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON body s3db.js writes for data it does not keep in metadata: stored keys to the values as
 * the schema maps them, before the client encoding ({@code {"2":"CCC…","_v":"v1"}}), and the merge
 * of such a body back into metadata for reading (FORMAT.md §5.2, §14 step 3).
 */
public final class DataBody {
  public static final String CONTENT_TYPE = "application/json";

  private DataBody() {}

  /**
   * Whether the object's metadata says its fields are (partly) in the body: body-overflow's or
   * body-only's marker.
   */
  public static boolean marked(Map<String, String> metadata) {
    return metadata.containsKey(BodyOverflow.MARKER) || metadata.containsKey(BodyOnly.MAP_KEY);
  }

  /**
   * The attribute → key map a body-only object carries, still client-encoded; null for other
   * objects.
   */
  public static @Nullable String keyMap(Map<String, String> metadata) {
    return metadata.get(BodyOnly.MAP_KEY);
  }

  /**
   * @param encoded stored keys to client-encoded values, as the metadata map holds them
   */
  static byte[] of(Map<String, String> encoded) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    encoded.forEach((key, value) -> body.put(key, ClientEncoding.decode(value)));
    return JsJson.stringify(body).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The metadata with the body's fields added where the metadata lacks them (metadata wins, as in
   * s3db.js), client-encoded again so that one decoder reads both.
   *
   * @param storedKey the stored key of a body key: identity, or through body-only's {@code _map};
   *     null to skip
   */
  public static Map<String, String> merge(
      Map<String, String> metadata, byte[] body, Function<String, @Nullable String> storedKey) {
    JsonNode parsed;
    try {
      parsed = JsonTrees.readFirst(body);
    } catch (IOException e) {
      return metadata; // not a data body (e.g. s3db.js's binary content); nothing to merge
    }
    if (parsed == null || !parsed.isObject()) {
      return metadata;
    }
    Map<String, String> merged = new LinkedHashMap<>(metadata);
    parsed
        .properties()
        .forEach(
            entry -> {
              String key =
                  entry.getKey().equals(Layout.VERSION_KEY)
                      ? Layout.VERSION_KEY
                      : storedKey.apply(entry.getKey());
              JsonNode value = entry.getValue();
              // real attribute names with JSON values are what s3db.js's update writes beside
              // complete metadata
              if (key != null && value.isTextual() && !merged.containsKey(key)) {
                merged.put(key, ClientEncoding.encode(value.textValue()));
              }
            });
    return merged;
  }

  /**
   * The attribute → key map a body-only object carries in {@code _map}, reversed: key in body →
   * attribute.
   */
  public static Map<String, String> attributeByBodyKey(String mapJson) {
    Map<String, String> byKey = new LinkedHashMap<>();
    try {
      JsonNode map = JsonTrees.readFirst(mapJson);
      if (map == null) {
        return byKey;
      }
      map.properties().forEach(e -> byKey.put(e.getValue().asText(), e.getKey()));
    } catch (IOException e) {
      // a malformed _map maps nothing; the fields then read as missing, with a clear CodecException
    }
    return byKey;
  }
}
