package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Proves that conditional PUTs are atomic per key on {@link EmbeddedS3}, as on AWS.
 *
 * <p>Why it matters: s3db updates a record with {@code If-Match: <etag>} and creates one with
 * {@code If-None-Match: *}. Stock S3Proxy answers {@code If-Match} by looking and then writing, so
 * several writers holding the same ETag can all "win"; a race test of s3db would then flake because
 * of the server. Every round below has all writers read the same ETag before any of them writes (a
 * barrier between the read and the write), so exactly one winner is the only correct outcome.
 */
@ExtendWith(S3ServerExtension.class)
class ConditionalWriteRaceTest {

  static final int THREADS = 8;
  static final int ROUNDS = 20;

  @Test
  void ifMatchCompareAndSwapHasExactlyOneWinnerPerRound(TestBucket bucket) throws Exception {
    S3Client s3 = bucket.client();
    String b = bucket.name();
    String key = "cas/record";
    s3.putObject(r -> r.bucket(b).key(key), RequestBody.fromString("v0"));

    int[][] outcome = raceRounds(s3, b, key);

    String lastWinnerBody = null;
    for (int round = 0; round < ROUNDS; round++) {
      int winners = 0;
      for (int t = 0; t < THREADS; t++) {
        if (outcome[round][t] == 200) {
          winners++;
          lastWinnerBody = body(round, t);
        } else {
          assertEquals(412, outcome[round][t], "round " + round + " thread " + t);
        }
      }
      assertEquals(1, winners, "winners in round " + round);
    }
    assertEquals(lastWinnerBody, s3.getObjectAsBytes(r -> r.bucket(b).key(key)).asUtf8String());
  }

  /**
   * The filesystem store is where stock S3Proxy races worst (most rounds had several winners here).
   */
  @Test
  void ifMatchCompareAndSwapIsAtomicOnDiskToo(@TempDir Path dir) throws Exception {
    try (EmbeddedS3 s3 = EmbeddedS3.onDisk(dir)) {
      s3.createBucket("race");
      s3.client().putObject(r -> r.bucket("race").key("cas"), RequestBody.fromString("v0"));
      int[][] outcome = raceRounds(s3.client(), "race", "cas");
      for (int round = 0; round < ROUNDS; round++) {
        assertEquals(
            1,
            Arrays.stream(outcome[round]).filter(status -> status == 200).count(),
            "winners in round " + round + ": " + Arrays.toString(outcome[round]));
      }
    }
  }

  /**
   * Runs the CAS rounds; returns the HTTP status each thread got in each round. Also used for
   * comparisons.
   */
  static int[][] raceRounds(S3Client s3, String bucket, String key) throws Exception {
    return rounds(
        (round, thread, barrier) -> {
          String eTag = s3.headObject(r -> r.bucket(bucket).key(key)).eTag();
          barrier.await(30, TimeUnit.SECONDS); // everyone has read the same ETag
          String body = body(round, thread);
          int status =
              putStatus(
                  () ->
                      s3.putObject(
                          r -> r.bucket(bucket).key(key).ifMatch(eTag),
                          RequestBody.fromString(body)));
          barrier.await(30, TimeUnit.SECONDS); // the round is over before anyone reads again
          return status;
        });
  }

  /** One thread's conditional PUT in one round; answers the HTTP status it got. */
  private interface Attempt {
    int status(int round, int thread, CyclicBarrier barrier) throws Exception;
  }

  /** {@value #THREADS} threads make their attempt in each of {@value #ROUNDS} rounds. */
  private static int[][] rounds(Attempt attempt) throws Exception {
    int[][] outcome = new int[ROUNDS][THREADS];
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Object> task =
            () -> {
              for (int round = 0; round < ROUNDS; round++) {
                outcome[round][thread] = attempt.status(round, thread, barrier);
              }
              return "done";
            };
        futures.add(pool.submit(task));
      }
      for (Future<Object> future : futures) {
        future.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    return outcome;
  }

  /** 200 when the PUT is written, else the status S3 refused it with. */
  private static int putStatus(Runnable put) {
    try {
      put.run();
      return 200;
    } catch (S3Exception e) {
      return e.statusCode();
    }
  }

  @Test
  void ifNoneMatchStarCreateHasExactlyOneWinnerPerKey(TestBucket bucket) throws Exception {
    S3Client s3 = bucket.client();
    String b = bucket.name();
    int[][] outcome =
        rounds(
            (round, thread, barrier) -> {
              String key = "create/" + round;
              String body = body(round, thread);
              barrier.await(30, TimeUnit.SECONDS);
              return putStatus(
                  () ->
                      s3.putObject(
                          r -> r.bucket(b).key(key).ifNoneMatch("*"),
                          RequestBody.fromString(body)));
            });
    for (int round = 0; round < ROUNDS; round++) {
      int winner = -1;
      for (int t = 0; t < THREADS; t++) {
        if (outcome[round][t] == 200) {
          assertEquals(-1, winner, "second winner in round " + round);
          winner = t;
        } else {
          assertEquals(412, outcome[round][t], "round " + round + " thread " + t);
        }
      }
      assertEquals(true, winner >= 0, "no winner in round " + round);
      String key = "create/" + round;
      assertEquals(
          body(round, winner), s3.getObjectAsBytes(r -> r.bucket(b).key(key)).asUtf8String());
    }
  }

  /** The lock must not change what a single conditional PUT answers. */
  @Test
  void conditionalPutsAnswerAsOnAws(TestBucket bucket) {
    S3Client s3 = bucket.client();
    String b = bucket.name();

    assertThrows(
        NoSuchKeyException.class,
        () ->
            s3.putObject(
                r ->
                    r.bucket(b)
                        .key("single/missing")
                        .ifMatch("\"0123456789abcdef0123456789abcdef\""),
                RequestBody.fromString("x")),
        "If-Match on a missing key");

    String eTag1 =
        s3.putObject(
                r -> r.bucket(b).key("single/k").ifNoneMatch("*"), RequestBody.fromString("one"))
            .eTag();
    assertEquals(
        412,
        statusOf(
            () ->
                s3.putObject(
                    r -> r.bucket(b).key("single/k").ifNoneMatch("*"),
                    RequestBody.fromString("two"))),
        "If-None-Match: * on an existing key");
    assertEquals(
        412,
        statusOf(
            () ->
                s3.putObject(
                    r -> r.bucket(b).key("single/k").ifNoneMatch(eTag1),
                    RequestBody.fromString("two"))),
        "If-None-Match: current ETag");
    assertEquals(
        412,
        statusOf(
            () ->
                s3.putObject(
                    r ->
                        r.bucket(b).key("single/k").ifMatch("\"0123456789abcdef0123456789abcdef\""),
                    RequestBody.fromString("two"))),
        "stale If-Match");

    String eTag2 =
        s3.putObject(r -> r.bucket(b).key("single/k").ifMatch(eTag1), RequestBody.fromString("two"))
            .eTag();
    assertEquals("two", s3.getObjectAsBytes(r -> r.bucket(b).key("single/k")).asUtf8String());
    s3.putObject(r -> r.bucket(b).key("single/k").ifMatch("*"), RequestBody.fromString("three"));
    s3.putObject(
        r -> r.bucket(b).key("single/k").ifNoneMatch(eTag2), RequestBody.fromString("four"));
    assertEquals("four", s3.getObjectAsBytes(r -> r.bucket(b).key("single/k")).asUtf8String());
    assertThrows(
        NoSuchKeyException.class,
        () ->
            s3.putObject(
                r -> r.bucket(b).key("single/missing").ifMatch("*"), RequestBody.fromString("x")),
        "If-Match: * on a missing key");
  }

  static String body(int round, int thread) {
    return "round-" + round + "-thread-" + thread;
  }

  private static int statusOf(Runnable request) {
    S3Exception e = assertThrows(S3Exception.class, request::run);
    return e.statusCode();
  }
}
