package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkWriter;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.plugin.InFlightGauge;
import io.s3db.plugin.InterceptorPlugin;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 3 000 records over three LIST pages: the stream is lazy (a bounded number of HEADs ahead of the
 * consumer), ordered, and stops cleanly when closed; count and listIds cost LISTs only. The 100
 * 000-record, small-heap run is s3db-bench's StreamBench, {@code bench/stream} (too slow for the
 * suite).
 */
@ExtendWith(S3ServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StreamTest {
  private static final int RECORDS = 3000;
  private static final int PARALLELISM = 8;

  /** Records a stream reads ahead of its consumer at most (the guide: 4 × parallelism). */
  private static final int READ_AHEAD = 4 * PARALLELISM;

  private RequestCounter requests;
  private ReadingDao readings;
  private TestBucket bucket;
  private final String prefix = "stream-" + System.nanoTime();

  @BeforeAll
  void seed(TestBucket bucket) {
    this.bucket = bucket;
    requests = new RequestCounter(bucket, prefix, PARALLELISM);
    readings = ReadingDao.of(requests.db());
    BulkWriter<Reading> writer = readings.writer(BulkWriter.options().concurrency(16));
    try (writer) {
      for (int i = 0; i < RECORDS; i++) {
        writer.add(new Reading(String.format("r%05d", i), "s" + (i % 7), i * 0.25));
      }
    }
    assertTrue(writer.result().isSuccess(), writer.result().toString());
  }

  @AfterAll
  void cleanUp() {
    assertEquals(RECORDS, readings.deleteAll()); // frees the in-memory server
    requests.close();
  }

  @BeforeEach
  void reset() {
    requests.reset();
  }

  @Test
  void countAndListIdsCostOneListPer1000() {
    assertEquals(RECORDS, readings.count());
    assertEquals(Map.of("ListObjectsV2", 3), requests.counts());
    assertEquals(RECORDS, readings.listIds(PartitionKey.all()).size());
    assertEquals(Map.of("ListObjectsV2", 6), requests.counts());
  }

  @Test
  void theStreamIsLazyAndOrdered() throws InterruptedException {
    try (Stream<Reading> stream = readings.stream(PartitionKey.all())) {
      Iterator<Reading> it = stream.iterator();
      for (int i = 0; i < 5; i++) {
        assertEquals(String.format("r%05d", i), it.next().id());
      }
      Thread.sleep(
          200); // whatever was started has finished; nothing more starts without the consumer
      assertEquals(1, requests.count("ListObjectsV2"));
      int heads = requests.count("HeadObject");
      assertTrue(heads >= 5 && heads <= 5 + READ_AHEAD, "HEADs ahead of the consumer: " + heads);
      AtomicInteger seen = new AtomicInteger(5);
      it.forEachRemaining(
          r -> assertEquals(String.format("r%05d", seen.getAndIncrement()), r.id()));
      assertEquals(RECORDS, seen.get());
    }
    assertEquals(Map.of("ListObjectsV2", 3, "HeadObject", RECORDS), requests.counts());
  }

  @Test
  void closingStopsTheWork() throws InterruptedException {
    try (Stream<Reading> stream = readings.stream(PartitionKey.all())) {
      assertEquals(100, stream.limit(100).count());
    }
    Thread.sleep(200);
    int heads = requests.count("HeadObject");
    assertTrue(heads <= 100 + READ_AHEAD, "HEADs after close: " + heads);
    assertEquals(1, requests.count("ListObjectsV2"));
    Thread.sleep(100);
    assertEquals(heads, requests.count("HeadObject"), "no work after close");
  }

  /**
   * One record's HEAD takes 400 ms: the reads behind it go on (up to the read-ahead) instead of
   * waiting for it, and never more than {@code parallelism} are in flight.
   */
  @Test
  void aSlowRecordHoldsUpOnlyItsOwnDelivery() {
    InFlightGauge gauge =
        new InFlightGauge(request -> request.encodedPath().endsWith("r00002") ? 400 : 0);
    int doneBeforeTheSlowOne;
    try (S3db db =
            S3db.builder()
                .uri(bucket.uri(prefix))
                .parallelism(PARALLELISM)
                .plugin(InterceptorPlugin.of(gauge))
                .build();
        Stream<Reading> stream = ReadingDao.of(db).stream(PartitionKey.all())) {
      Iterator<Reading> it = stream.iterator();
      it.next();
      it.next();
      assertEquals("r00002", it.next().id());
      doneBeforeTheSlowOne = gauge.headsDone();
    }
    assertTrue(
        doneBeforeTheSlowOne >= 2 * PARALLELISM && doneBeforeTheSlowOne <= 3 + READ_AHEAD,
        "HEADs done when the slow record came: " + doneBeforeTheSlowOne);
    assertTrue(gauge.peak() <= PARALLELISM + 1, "in flight at most: " + gauge.peak()); // + the LIST
  }

  @Test
  void streamsComposeWithTheJdk() {
    try (Stream<Reading> stream = readings.stream(PartitionKey.all())) {
      Map<String, Long> perSensor =
          stream.collect(
              java.util.stream.Collectors.groupingBy(
                  Reading::sensor, java.util.stream.Collectors.counting()));
      assertEquals(7, perSensor.size());
      assertEquals(RECORDS, perSensor.values().stream().mapToLong(Long::longValue).sum());
    }
  }
}
