package io.s3db.internal.layout;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.internal.format.ClientEncoding;
import io.s3db.internal.format.JsJson;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code body-only} (FORMAT.md §5.2): every field in a JSON body (with {@code _v}); metadata holds
 * {@code _v} and {@code _map}, the attribute → key map, so the object can be read without the
 * catalog.
 */
final class BodyOnly implements Layout {
  static final String MAP_KEY = "_map";

  @Override
  public boolean alwaysReadsBody() {
    return true;
  }

  @Override
  public StoredObject write(Map<String, String> metadata, WriteContext context) {
    ObjectNode map = JsonNodeFactory.instance.objectNode();
    context.keyMap().forEach(map::put);
    Map<String, String> kept = new LinkedHashMap<>();
    kept.put(VERSION_KEY, metadata.get(VERSION_KEY));
    kept.put(MAP_KEY, ClientEncoding.encode(JsJson.stringify(map)));
    if (Layout.size(kept) > LIMIT) {
      throw Layout.tooLarge(kept, context);
    }
    return new StoredObject(kept, DataBody.of(metadata), DataBody.CONTENT_TYPE);
  }
}
