package io.s3db.plugin;

import io.s3db.S3db;

/**
 * Extends a database: installed with {@code S3db.builder().plugin(…)}, it is {@linkplain #setup set
 * up} while the database is built (before the S3 client exists and before the catalog is read),
 * {@linkplain #start started} once the database is connected, and {@linkplain #stop stopped} when
 * it is closed, in reverse order of installation. One plugin instance belongs to one database.
 *
 * <pre>{@code
 * final class AuditPlugin implements S3dbPlugin {
 *   private final List<String> trail = new CopyOnWriteArrayList<>();
 *
 *   public void setup(PluginContext context) {
 *     context.listen(new S3dbListener() {
 *       public void deleted(DeleteEvent e) { trail.add(e.resource() + "/" + e.id()); }
 *     });
 *   }
 * }
 * }</pre>
 *
 * A plugin that throws from {@code setup} or {@code start} fails the build (the database is closed
 * again); one that throws from {@code stop} is logged and the others are still stopped.
 */
public interface S3dbPlugin {

  /**
   * The name events and messages give the plugin; by default its class's simple name.
   *
   * @return the plugin's name; not null
   */
  default String name() {
    return getClass().getSimpleName();
  }

  /**
   * Attaches the plugin: listeners, operation interceptors (to wrap reads and writes), S3 request
   * interceptors.
   *
   * @param context where the plugin attaches its listeners and interceptors
   */
  void setup(PluginContext context);

  /**
   * The database is connected and its resources registered: e.g. add hooks ({@code
   * db.dao(Order.class).hooks()}), start background work.
   *
   * @param database the connected database; not closed before {@link #stop()}
   */
  default void start(S3db database) {}

  /** The database is closing: release what {@link #start} took. */
  default void stop() {}
}
