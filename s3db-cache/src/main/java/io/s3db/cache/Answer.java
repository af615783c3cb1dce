package io.s3db.cache;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.Page;
import io.s3db.plugin.OperationKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A read's answer as the cache keeps it, with the {@link Stamp} taken before the read was sent.
 * Answers are shared by every caller they are served to, so collections are kept as unmodifiable
 * copies (the engine returns its own {@code ArrayList}s and {@code LinkedHashMap}s); records,
 * {@code Optional}s, {@code Page}s, counts and booleans are immutable already. Documents (Jackson
 * trees, from {@code db.documents(name)}) are not: each is copied as it is stored and again each
 * time it is served, so that no caller's change reaches the cache or another caller.
 */
record Answer(Object value, Stamp stamp) {

  /** The result, made safe to share: unmodifiable copies of lists and maps (maps keep order). */
  static Object frozen(OperationKind kind, Object result) {
    return switch (kind) {
      case LIST, LIST_IDS -> List.copyOf((List<?>) result);
      case GET_MANY -> Collections.unmodifiableMap(new LinkedHashMap<>((Map<?, ?>) result));
      default -> result;
    };
  }

  /** The value for one caller: the same, or for documents a deep copy. */
  Object served(boolean documents) {
    return documents ? copied(value) : value;
  }

  /** A document result with every tree deep-copied; collections stay unmodifiable. */
  static Object copied(Object value) {
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(Answer::copied);
    }
    if (value instanceof List<?> list) {
      return list.stream().map(Answer::copied).toList();
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put(k, copied(v)));
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof Page<?> page) {
      return new Page<>(
          page.items().stream().map(Answer::copied).toList(), page.nextRequest().orElse(null));
    }
    return value;
  }
}
