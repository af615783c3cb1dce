package io.s3db.events;

/**
 * Hears what a database does: every write and single-record read of every resource, resources
 * created and updated in the catalog, records over the 2 KB metadata limit, and what plugins report
 * (cache hits and misses, plugin events). Register one with {@code S3db.builder().listener(…)} or
 * from a plugin; every method has an empty default, so implement only what you need. To hear one
 * resource with its record type, use {@code dao.events()} ({@link ResourceEvents}) instead.
 *
 * <p>Write events are delivered once the write is durable (the conditional PUT or the DELETE was
 * answered), after the resource's after-hooks, on the thread that did the work (in bulk calls, the
 * database's worker threads, concurrently for different records): keep listeners quick. A listener
 * that throws never breaks the operation nor the other listeners: its exception is logged as a
 * WARNING on the logger {@code io.s3db.events}.
 *
 * <table>
 *   <caption>s3db.js events and their Java names</caption>
 *   <tr><th>s3db.js</th><th>here</th></tr>
 *   <tr><td>{@code insert}, {@code update}, {@code delete}, {@code get}</td>
 *       <td>{@link #inserted}, {@link #updated}, {@link #deleted}, {@link #read}
 *       (and {@link #upserted})</td></tr>
 *   <tr><td>{@code exceedsLimit}</td><td>{@link #exceedsLimit}</td></tr>
 *   <tr><td>{@code versionUpdated}, {@code s3db.resourceUpdated}</td>
 *       <td>{@link #versionUpdated}</td></tr>
 *   <tr><td>{@code s3db.resourceCreated}</td><td>{@link #resourceCreated}</td></tr>
 *   <tr><td>{@code metadataUploaded}</td><td>{@link #catalogUploaded}</td></tr>
 *   <tr><td>{@code cache.hit}, {@code cache.miss}</td>
 *       <td>{@link #cacheHit}, {@link #cacheMiss}</td></tr>
 *   <tr><td>other plugin events</td><td>{@link #pluginEvent}</td></tr>
 * </table>
 */
public interface S3dbListener {

  /**
   * A record was inserted (also one record of {@code insertMany} or a bulk writer).
   *
   * @param event the resource, the id and the record as stored
   */
  default void inserted(RecordEvent event) {}

  /**
   * A record was updated; the event has the record as the winning attempt read it, and after.
   *
   * @param event the resource, the id, and the record before and after
   */
  default void updated(UpdateEvent event) {}

  /**
   * A record was upserted (inserted or replaced).
   *
   * @param event the resource, the id and the record as stored
   */
  default void upserted(RecordEvent event) {}

  /**
   * A record was deleted (a delete of an id without a record is a successful delete too).
   *
   * @param event the resource and the id
   */
  default void deleted(DeleteEvent event) {}

  /**
   * A record was read by {@code get} or {@code find} (and found).
   *
   * @param event the resource, the id and the record as read
   */
  default void read(RecordEvent event) {}

  /**
   * A record did not fit in S3's 2 KB of metadata and its behavior stored it another way.
   *
   * @param event the record, the operation and the sizes involved
   */
  default void exceedsLimit(ExceedsLimitEvent event) {}

  /**
   * Connecting registered a resource that {@code s3db.json} did not have yet.
   *
   * @param event the resource and its first schema version
   */
  default void resourceCreated(ResourceCreatedEvent event) {}

  /**
   * Connecting registered a new schema version of a resource in {@code s3db.json}.
   *
   * @param event the resource, its previous schema version (null if none) and its new one
   */
  default void versionUpdated(VersionUpdatedEvent event) {}

  /**
   * This database wrote {@code s3db.json}.
   *
   * @param event the catalog's key and the resources it lists
   */
  default void catalogUploaded(CatalogUploadedEvent event) {}

  /**
   * A cache plugin answered a read from memory.
   *
   * @param event the resource, the operation and the cache key
   */
  default void cacheHit(CacheEvent event) {}

  /**
   * A cache plugin did not have a read's answer, so it was read from S3.
   *
   * @param event the resource, the operation and the cache key
   */
  default void cacheMiss(CacheEvent event) {}

  /**
   * Anything else a plugin reports.
   *
   * @param event the plugin, the event's name and its data
   */
  default void pluginEvent(PluginEvent event) {}
}
