package io.s3db.internal;

import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.events.S3dbListener;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.plugin.PluginContext;
import io.s3db.plugin.S3dbPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * A database's plugins through their life: set up (each with this as its {@link PluginContext}),
 * started once the database is connected, stopped in reverse order on close. Also what they
 * attached: the operation interceptors every resource's chain runs, and the SDK interceptors for
 * the client the database builds.
 */
final class Plugins implements PluginContext {
  private static final System.Logger LOG = System.getLogger("io.s3db.plugins");

  private final List<S3dbPlugin> plugins;
  private final EventBus bus;
  private final boolean ownClient;
  private final List<OperationInterceptor> interceptors = new CopyOnWriteArrayList<>();
  private final List<ExecutionInterceptor> requestInterceptors = new ArrayList<>();
  private final List<S3dbPlugin> started = new ArrayList<>();
  private boolean settingUp;

  /**
   * @param ownClient whether the database builds its S3 client (so that SDK interceptors can go in)
   */
  Plugins(List<S3dbPlugin> plugins, EventBus bus, boolean ownClient) {
    this.plugins = List.copyOf(plugins);
    this.bus = bus;
    this.ownClient = ownClient;
  }

  /** Sets every plugin up, in installation order. */
  void setup() {
    settingUp = true;
    try {
      for (S3dbPlugin plugin : plugins) {
        try {
          plugin.setup(this);
        } catch (RuntimeException e) {
          throw new S3dbConfigurationException(
              "Plugin " + plugin.name() + " failed to set up: " + e.getMessage(), e);
        }
      }
    } finally {
      settingUp = false;
    }
  }

  /** Starts every plugin, in installation order; on a failure, stops those already started. */
  void start(S3db database) {
    for (S3dbPlugin plugin : plugins) {
      try {
        plugin.start(database);
      } catch (RuntimeException e) {
        stop();
        throw new S3dbConfigurationException(
            "Plugin " + plugin.name() + " failed to start: " + e.getMessage(), e);
      }
      started.add(plugin);
    }
  }

  /** Stops the started plugins, last started first; a failure is logged, the others still stop. */
  void stop() {
    for (int i = started.size() - 1; i >= 0; i--) {
      S3dbPlugin plugin = started.get(i);
      try {
        plugin.stop();
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "Plugin " + plugin.name() + " failed to stop", e);
      }
    }
    started.clear();
  }

  List<OperationInterceptor> interceptors() {
    return interceptors;
  }

  List<ExecutionInterceptor> requestInterceptors() {
    return List.copyOf(requestInterceptors);
  }

  @Override
  public void listen(S3dbListener listener) {
    bus.add(Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public void intercept(OperationInterceptor interceptor) {
    interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
  }

  @Override
  public boolean addRequestInterceptor(ExecutionInterceptor interceptor) {
    Objects.requireNonNull(interceptor, "interceptor");
    if (!settingUp) {
      throw new IllegalStateException(
          "Request interceptors can only be added in S3dbPlugin.setup: the S3 client exists now.");
    }
    if (!ownClient) {
      return false;
    }
    requestInterceptors.add(interceptor);
    return true;
  }

  @Override
  public S3dbListener publisher() {
    return bus;
  }

  @Override
  public Optional<Operation<?>> currentOperation() {
    return Optional.ofNullable(OperationScope.current());
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    plugins.forEach(p -> names.add(p.name()));
    return "Plugins" + names;
  }
}
