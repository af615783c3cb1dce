package io.s3db.reliability;

import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Faults injected at the client, for deterministic replays: a rule matches the next requests of one
 * operation on keys containing a text, and either loses their reply (the request reaches the server
 * and is applied, the client sees a connection reset, as when a reply is lost on the network) or
 * holds them before they are sent until the test releases them (a slow request, at exactly the
 * moment chosen).
 */
public final class ClientFaults implements ExecutionInterceptor {
  private final List<Rule> rules = new CopyOnWriteArrayList<>();
  private final AtomicInteger lostReplies = new AtomicInteger();

  /** A rule: which requests, how many more, and for holds the latch they wait on. */
  public static final class Rule {
    private final String operation;
    private final String keyPart;
    private final AtomicInteger skip;
    private final AtomicInteger remaining;
    private final CountDownLatch release;
    private final CountDownLatch reached = new CountDownLatch(1);
    private final boolean lose;
    private long delayMillis;

    private Rule(String operation, String keyPart, int skip, int times, boolean lose) {
      this.operation = operation;
      this.keyPart = keyPart;
      this.skip = new AtomicInteger(skip);
      this.remaining = new AtomicInteger(times);
      this.release = new CountDownLatch(lose ? 0 : 1);
      this.lose = lose;
    }

    /** Lets the held request go. */
    public void release() {
      release.countDown();
    }

    /**
     * Runs {@code first} until this hold holds its request, runs {@code meanwhile} to its end, then
     * lets the request go; answers what {@code first} returned.
     */
    public <T> T interleave(Supplier<T> first, Runnable meanwhile) throws Exception {
      CompletableFuture<T> result = CompletableFuture.supplyAsync(first);
      awaitReached();
      meanwhile.run();
      release();
      return result.get();
    }

    /** {@link #interleave(Supplier, Runnable)} for a {@code first} that answers nothing. */
    public void interleave(Runnable first, Runnable meanwhile) throws Exception {
      CompletableFuture<Void> result = CompletableFuture.runAsync(first);
      awaitReached();
      meanwhile.run();
      release();
      result.get();
    }

    /** Waits until a request matched (and, for a hold, is being held). */
    public void awaitReached() throws InterruptedException {
      if (!reached.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError(
            "no " + operation + " of a key containing '" + keyPart + "' was sent");
      }
    }

    private boolean take(String op, String key) {
      if (!op.equals(operation) || !key.contains(keyPart)) {
        return false;
      }
      if (skip.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return false; // an earlier request of the same kind, let through (e.g. the read before a
        // write)
      }
      return remaining.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }
  }

  /**
   * The replies of the next {@code times} matching requests are lost after the server applied them.
   */
  public Rule loseReply(String operation, String keyPart, int times) {
    return loseReply(operation, keyPart, 0, times);
  }

  /**
   * Like {@link #loseReply(String, String, int)}, after letting the first {@code skip} matching
   * requests through.
   */
  public Rule loseReply(String operation, String keyPart, int skip, int times) {
    Rule rule = new Rule(operation, keyPart, skip, times, true);
    rules.add(rule);
    return rule;
  }

  /** The next matching request waits, before it is sent, until {@link Rule#release()}. */
  public Rule hold(String operation, String keyPart) {
    return hold(operation, keyPart, 0);
  }

  /**
   * Like {@link #hold(String, String)}, after letting the first {@code skip} matching requests
   * through.
   */
  public Rule hold(String operation, String keyPart, int skip) {
    Rule rule = new Rule(operation, keyPart, skip, 1, false);
    rules.add(rule);
    return rule;
  }

  /**
   * Every matching request waits {@code millis} before it is sent: a slow network, which widens the
   * windows between one writer's steps that another writer's steps can fall into.
   */
  public Rule delay(String operation, String keyPart, long millis) {
    Rule rule = new Rule(operation, keyPart, 0, Integer.MAX_VALUE, false);
    rule.delayMillis = millis;
    rule.release.countDown();
    rules.add(rule);
    return rule;
  }

  public int lostReplies() {
    return lostReplies.get();
  }

  /** A client of the test server with these faults, and the SDK's default retries. */
  public S3Client client(TestBucket bucket) {
    EmbeddedS3 server = bucket.server();
    return EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
        .overrideConfiguration(c -> c.addExecutionInterceptor(this))
        .build();
  }

  /** A database on the test bucket through a faulty client. */
  public S3db db(TestBucket bucket, String prefix) {
    return S3db.builder().client(client(bucket)).bucket(bucket.name()).keyPrefix(prefix).build();
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    String key =
        URLDecoder.decode(
            context.httpRequest().encodedPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    for (Rule rule : rules) {
      if (!rule.lose && rule.take(op, key)) {
        rule.reached.countDown();
        try {
          rule.release.await(30, TimeUnit.SECONDS);
          Thread.sleep(rule.delayMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    String op = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
    String key =
        URLDecoder.decode(
            context.httpRequest().encodedPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    for (Rule rule : rules) {
      if (rule.lose && rule.take(op, key)) {
        rule.reached.countDown();
        lostReplies.incrementAndGet();
        throw SdkClientException.create(
            "Unable to execute HTTP request: Connection reset",
            new IOException(
                "Connection reset (injected: the reply of "
                    + op
                    + " "
                    + key
                    + " was lost after the server applied it)"));
      }
    }
  }
}
