package io.s3db.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.S3dbConfigurationException;
import io.s3db.events.PluginEvent;
import io.s3db.events.S3dbListener;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.S3Client;

/** Plugins are set up, started and stopped with the database, in the documented order. */
@ExtendWith(S3ServerExtension.class)
class PluginLifecycleTest {
  private final TestBucket bucket;
  private final String prefix = "plugins-" + System.nanoTime();
  private final List<String> trail = new CopyOnWriteArrayList<>();

  PluginLifecycleTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  /** Writes what happens to it in the trail; fails where told to. */
  private final class Traced implements S3dbPlugin {
    private final String name;
    private final String failIn;

    Traced(String name, String failIn) {
      this.name = name;
      this.failIn = failIn;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public void setup(PluginContext context) {
      step("setup");
    }

    @Override
    public void start(S3db database) {
      // the resources are registered by now
      database.dao(Gadget.class);
      step("start");
    }

    @Override
    public void stop() {
      step("stop");
    }

    private void step(String step) {
      trail.add(name + "." + step);
      if (step.equals(failIn)) {
        throw new IllegalStateException(name + " failed in " + step);
      }
    }
  }

  private S3dbBuilder builder() {
    return S3db.builder().uri(bucket.uri(prefix));
  }

  @Test
  void setUpAndStartedInOrderStoppedInReverseOnClose() {
    S3db db = builder().plugin(new Traced("a", "")).plugin(new Traced("b", "")).build();
    assertEquals(List.of("a.setup", "b.setup", "a.start", "b.start"), trail);
    db.close();
    assertEquals(List.of("a.setup", "b.setup", "a.start", "b.start", "b.stop", "a.stop"), trail);
  }

  @Test
  void aPluginThatFailsToSetUpFailsTheBuildNamingIt() {
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () -> builder().plugin(new Traced("a", "")).plugin(new Traced("b", "setup")).build());
    assertTrue(e.getMessage().contains("Plugin b failed to set up"), e.getMessage());
    assertEquals(List.of("a.setup", "b.setup"), trail);
  }

  @Test
  void aPluginThatFailsToStartStopsThoseStartedBefore() {
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () ->
                builder()
                    .plugin(new Traced("a", ""))
                    .plugin(new Traced("b", "start"))
                    .plugin(new Traced("c", ""))
                    .build());
    assertTrue(e.getMessage().contains("Plugin b failed to start"), e.getMessage());
    assertEquals(List.of("a.setup", "b.setup", "c.setup", "a.start", "b.start", "a.stop"), trail);
  }

  @Test
  void aPluginThatFailsToStopDoesNotKeepTheOthersRunning() {
    S3db db = builder().plugin(new Traced("a", "")).plugin(new Traced("b", "stop")).build();
    db.close();
    assertEquals(List.of("a.setup", "b.setup", "a.start", "b.start", "b.stop", "a.stop"), trail);
  }

  @Test
  void pluginEventsReachTheDatabasesListeners() {
    List<PluginEvent> heard = new CopyOnWriteArrayList<>();
    S3dbPlugin publishing =
        new S3dbPlugin() {
          private PluginContext context;

          @Override
          public void setup(PluginContext context) {
            this.context = context;
          }

          @Override
          public void start(S3db database) {
            context.publisher().pluginEvent(new PluginEvent(name(), "started", Map.of("n", 1)));
          }
        };
    S3dbListener listener =
        new S3dbListener() {
          @Override
          public void pluginEvent(PluginEvent event) {
            heard.add(event);
          }
        };
    try (S3db db = builder().listener(listener).plugin(publishing).build()) {
      assertEquals(1, heard.size());
      assertEquals("started", heard.get(0).name());
      assertEquals(Map.of("n", 1), heard.get(0).data());
    }
  }

  @Test
  void requestInterceptorsGoOnlyIntoAClientS3dbBuilds() {
    List<Boolean> added = new CopyOnWriteArrayList<>();
    List<PluginContext> contexts = new CopyOnWriteArrayList<>();
    S3dbPlugin plugin =
        new S3dbPlugin() {
          @Override
          public void setup(PluginContext context) {
            contexts.add(context);
            added.add(context.addRequestInterceptor(new ExecutionInterceptor() {}));
          }
        };
    try (S3db own = builder().plugin(plugin).build()) {
      assertEquals(List.of(true), added);
    }
    EmbeddedS3 server = bucket.server();
    try (S3Client client =
            EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
                .build();
        S3db theirs =
            S3db.builder()
                .client(client)
                .bucket(bucket.name())
                .keyPrefix(prefix)
                .plugin(plugin)
                .build()) {
      assertEquals(List.of(true, false), added);
      // once set up, the client exists: a late interceptor is refused, not silently ignored
      assertThrows(
          IllegalStateException.class,
          () -> contexts.get(1).addRequestInterceptor(new ExecutionInterceptor() {}));
      assertFalse(contexts.get(1).currentOperation().isPresent());
    }
  }
}
