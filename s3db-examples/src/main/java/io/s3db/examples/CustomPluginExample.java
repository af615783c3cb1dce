package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.events.DeleteEvent;
import io.s3db.events.PluginEvent;
import io.s3db.events.RecordEvent;
import io.s3db.events.S3dbListener;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.plugin.PluginContext;
import io.s3db.plugin.S3dbPlugin;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;

/**
 * A plugin of your own: times every DAO call, keeps an audit trail of writes, and reports both when
 * the database closes: {@code mvn -q -pl s3db-examples -am compile exec:java
 * -Dexec.mainClass=io.s3db.examples.CustomPluginExample}.
 */
public final class CustomPluginExample {
  private CustomPluginExample() {}

  /** The README's "Your own plugin" snippet is this class. */
  static final class AuditPlugin implements S3dbPlugin {
    private final Map<String, LongAdder> calls = new ConcurrentSkipListMap<>();
    private final Map<String, LongAdder> micros = new ConcurrentSkipListMap<>();
    private final List<String> trail = new CopyOnWriteArrayList<>();
    private S3dbListener events = new S3dbListener() {};

    // snippet: setup
    @Override
    public void setup(PluginContext context) {
      // around every DAO call of every resource (a generic method: an anonymous class, no lambda)
      context.intercept(
          new OperationInterceptor() {
            @Override
            public <R> R intercept(Operation<R> operation) {
              long start = System.nanoTime();
              try {
                return operation.proceed();
              } finally {
                String call = operation.resource() + " " + operation.kind();
                calls.computeIfAbsent(call, k -> new LongAdder()).increment();
                micros
                    .computeIfAbsent(call, k -> new LongAdder())
                    .add((System.nanoTime() - start) / 1_000);
              }
            }
          });
      // told once a write is durable
      context.listen(
          new S3dbListener() {
            @Override
            public void inserted(RecordEvent event) {
              trail.add("+" + event.resource() + "/" + event.id());
            }

            @Override
            public void deleted(DeleteEvent event) {
              trail.add("-" + event.resource() + "/" + event.id());
            }
          });
      events = context.publisher();
    }

    // end snippet: setup

    @Override
    public void start(S3db database) {
      System.out.println("audit     started on " + database.keyPrefix());
    }

    @Override
    public void stop() {
      calls.forEach(
          (call, n) ->
              System.out.printf(
                  Locale.ROOT,
                  "audit     %-24s %4d calls %8d µs%n",
                  call,
                  n.sum(),
                  micros.get(call).sum()));
      events.pluginEvent(new PluginEvent(name(), "stopped", Map.of("writes", trail.size())));
    }

    List<String> trail() {
      return List.copyOf(trail);
    }
  }

  public static void main(String[] args) {
    AuditPlugin audit = new AuditPlugin();
    S3dbListener printer =
        new S3dbListener() {
          @Override
          public void pluginEvent(PluginEvent event) {
            System.out.println(
                "event     " + event.plugin() + " " + event.name() + " " + event.data());
          }
        };
    try (ExampleDatabase example =
        ExampleDatabase.open("custom-plugin-example", b -> b.plugin(audit).listener(printer))) {
      ProductDao products = ProductDao.of(example.db());
      products.deleteAll(); // start clean
      products.insert(new Product("pen", "Pen", "SKU-1", 3));
      products.insertMany(
          List.of(new Product("ink", "Ink", "SKU-2", 9), new Product("pad", "Pad", "SKU-3", 1)));
      products.get("pen");
      products.list();
      products.delete("pad");
      System.out.println("trail     " + audit.trail());
    } // close() stops the plugin, which prints its report
  }
}
