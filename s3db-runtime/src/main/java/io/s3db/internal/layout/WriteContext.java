package io.s3db.internal.layout;

import io.s3db.events.ExceedsLimitEvent;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a layout needs to know about the write it shapes.
 *
 * @param operation {@code insert}, {@code update} or {@code upsert}
 * @param pathOf the field path of a stored key (for messages), null for keys that are not fields
 * @param truncatable stored keys holding plain text, the only values truncate-data may cut
 * @param keyMap the attribute path → stored key map, for body-only's {@code _map}
 */
public record WriteContext(
    String resource,
    String id,
    String operation,
    Function<String, @Nullable String> pathOf,
    List<String> truncatable,
    Map<String, String> keyMap,
    Consumer<ExceedsLimitEvent> exceeded) {

  void exceeded(int size, String storedAs) {
    exceeded.accept(
        new ExceedsLimitEvent(
            resource, id, operation, size, Layout.LIMIT, size - Layout.LIMIT, storedAs));
  }
}
