package io.s3db.events;

import java.util.Map;

/**
 * Something a plugin reports that has no event of its own.
 *
 * @param plugin the plugin's name
 * @param name what happened, in the plugin's words ({@code "flushed"})
 * @param data details; never secrets
 */
public record PluginEvent(String plugin, String name, Map<String, Object> data) {
  /**
   * Copies {@code data} into an unmodifiable map.
   *
   * @param plugin the plugin's name
   * @param name what happened
   * @param data details; not null, nor any key or value
   */
  public PluginEvent {
    data = Map.copyOf(data);
  }
}
