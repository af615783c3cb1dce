package io.s3db.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The database API of the seed: resources in the catalog, hooks at connect, parallelism per
 * resource.
 */
@ExtendWith(S3ServerExtension.class)
class DatabaseSettingsTest {
  private final TestBucket bucket;
  private final String prefix = "settings-" + System.nanoTime();

  DatabaseSettingsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @Test
  void resourcesAreThoseOfTheCatalogAlsoOnesOnlyAnotherServiceDeclares() {
    String node =
        "{\"version\":\"1\",\"s3dbVersion\":\"21.6.2\",\"resources\":{\"fromNode\":"
            + "{\"currentVersion\":\"v1\",\"versions\":{\"v1\":{\"attributes\":{\"name\":\"string\"}}}}}}";
    bucket
        .client()
        .putObject(
            b -> b.bucket(bucket.name()).key(prefix + "/s3db.json"),
            RequestBody.fromString(node, StandardCharsets.UTF_8));
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).build()) {
      List<String> resources = db.resources();
      assertEquals("fromNode", resources.get(0));
      assertTrue(resources.contains("gadgets"), resources.toString());
      assertTrue(db.resourceExists("fromNode"));
      assertTrue(db.resourceExists("gadgets"));
      assertFalse(db.resourceExists("nowhere"));
    }
  }

  @Test
  void hooksGivenAtConnectRunFromTheFirstCall() {
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .hooks(Gadget.class, h -> h.beforeInsert((ctx, g) -> new Gadget(g.id(), "painted")))
            .build()) {
      assertEquals("painted", GadgetDao.of(db).insert(new Gadget("g1", "red")).color());
      assertEquals("painted", GadgetDao.of(db).get("g1").color());
    }
  }

  @Test
  void aResourceMayHaveItsOwnParallelism() {
    List<Integer> peaks = new ArrayList<>();
    InFlightGauge gauge = new InFlightGauge(request -> 5);
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .parallelism(8)
            .parallelism("gadgets", 2)
            .plugin(InterceptorPlugin.of(gauge))
            .build()) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        ids.add("g" + i);
      }
      gauge.resetPeak();
      GadgetDao.of(db).getMany(ids);
      peaks.add(gauge.peak());
      gauge.resetPeak();
      io.s3db.events.MemoDao.of(db).getMany(ids);
      peaks.add(gauge.peak());
    }
    assertTrue(peaks.get(0) <= 2, "gadgets: " + peaks);
    assertTrue(peaks.get(1) > 2, "memos, at the database's parallelism: " + peaks);
  }

  @Test
  void bulkCallsListAndStreamRunOnTheThreadsGiven() {
    AtomicInteger made = new AtomicInteger();
    ThreadFactory mine =
        task -> {
          Thread thread = new Thread(task, "mine-" + made.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        };
    Set<String> senders = ConcurrentHashMap.newKeySet();
    S3dbPlugin recorder =
        InterceptorPlugin.of(
            new ExecutionInterceptor() {
              @Override
              public void beforeTransmission(
                  Context.BeforeTransmission ctx, ExecutionAttributes attributes) {
                senders.add(Thread.currentThread().getName());
              }
            });
    String caller = Thread.currentThread().getName();
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .parallelism(4)
            .threads(mine)
            .plugin(recorder)
            .build()) {
      io.s3db.events.MemoDao memos = io.s3db.events.MemoDao.of(db);
      List<io.s3db.events.Memo> records = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        records.add(new io.s3db.events.Memo("m" + i, "text " + i));
      }
      memos.insertMany(records);
      memos.getMany(records.stream().map(io.s3db.events.Memo::id).toList());
      memos.list();
      memos.stream(io.s3db.PartitionKey.all()).close();
    }
    assertTrue(made.get() > 0, "no thread made by the factory given");
    for (String sender : senders) {
      assertTrue(sender.equals(caller) || sender.startsWith("mine-"), "sent from " + sender);
    }
    assertTrue(senders.stream().anyMatch(s -> s.startsWith("mine-")), senders.toString());
  }
}
