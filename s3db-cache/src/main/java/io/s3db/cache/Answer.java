package io.s3db.cache;

import io.s3db.plugin.OperationKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A read's answer as the cache keeps it, with the {@link Stamp} taken before the read was sent.
 * Answers are shared by every caller they are served to, so collections are kept as unmodifiable
 * copies (the engine returns its own {@code ArrayList}s and {@code LinkedHashMap}s); records,
 * {@code Optional}s, {@code Page}s, counts and booleans are immutable already.
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
}
