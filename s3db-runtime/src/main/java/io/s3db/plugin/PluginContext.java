package io.s3db.plugin;

import io.s3db.events.S3dbListener;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/** What a plugin attaches to while the database is being built ({@link S3dbPlugin#setup}). */
public interface PluginContext {

  /**
   * Hears every event of the database, as a listener given to the builder does.
   *
   * @param listener the listener; not null
   */
  void listen(S3dbListener listener);

  /**
   * Wraps every DAO call of every resource (reads and writes). Interceptors run in the order they
   * were added, the first outermost.
   *
   * @param interceptor the interceptor; not null
   */
  void intercept(OperationInterceptor interceptor);

  /**
   * Adds an AWS SDK interceptor to the S3 client the database builds, so that it sees every request
   * really sent, retries included. Returns false, adding nothing, when the database uses a client
   * you built ({@code S3db.builder().client(…)}), which s3db cannot change: add the interceptor to
   * that client's {@code overrideConfiguration} yourself.
   *
   * @param interceptor the SDK interceptor
   * @return true if it was added; false for a client you built
   */
  boolean addRequestInterceptor(ExecutionInterceptor interceptor);

  /**
   * Publishes an event to every listener of the database (cache hits, plugin events, …).
   *
   * @return a listener whose methods tell every listener of the database; exceptions of theirs are
   *     logged, never thrown
   */
  S3dbListener publisher();

  /**
   * The DAO call the current thread works for, if any: lets a request interceptor tell which
   * resource and operation sent a request. Bulk calls' worker threads work for the call that
   * started them.
   *
   * @return the call in progress on this thread, or empty outside DAO calls
   */
  Optional<Operation<?>> currentOperation();
}
