package io.s3db.it;

import io.s3db.S3db;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.TestBucket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Counts the S3 requests a client sends, by operation ({@code PutObject}, {@code HeadObject}, …),
 * every attempt included (as AWS bills them), so tests can assert what each call costs.
 */
public final class RequestCounter implements ExecutionInterceptor, AutoCloseable {
  private final ConcurrentLinkedQueue<String> requests = new ConcurrentLinkedQueue<>();
  private final S3Client client;
  private final S3db db;
  private final TestBucket bucket;
  private final String prefix;

  /** A database on the test bucket whose client counts its requests. */
  RequestCounter(TestBucket bucket, String prefix) {
    this(bucket, prefix, 10);
  }

  RequestCounter(TestBucket bucket, String prefix, int parallelism) {
    this(bucket, prefix, parallelism, Clock.systemUTC());
  }

  /** With the clock that stamps timestamped resources. */
  RequestCounter(TestBucket bucket, String prefix, Clock clock) {
    this(bucket, prefix, 10, clock);
  }

  private RequestCounter(TestBucket bucket, String prefix, int parallelism, Clock clock) {
    this.bucket = bucket;
    this.prefix = prefix;
    EmbeddedS3 server = bucket.server();
    this.client =
        EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
            .overrideConfiguration(c -> c.addExecutionInterceptor(this))
            .build();
    this.db =
        S3db.builder()
            .client(client)
            .bucket(bucket.name())
            .keyPrefix(prefix)
            .parallelism(parallelism)
            .clock(clock)
            .build();
  }

  S3db db() {
    return db;
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    requests.add(
        attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME)
            + " "
            + java.net.URLDecoder.decode(
                context.httpRequest().encodedPath().replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Requests by operation since the last reset, e.g. {@code {HeadObject=1, PutObject=2}}. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new TreeMap<>();
    for (String request : requests) {
      counts.merge(request.substring(0, request.indexOf(' ')), 1, Integer::sum);
    }
    return counts;
  }

  int count(String operation) {
    return counts().getOrDefault(operation, 0);
  }

  /** Every request since the last reset, as {@code Operation /bucket/key}. */
  List<String> requests() {
    return List.copyOf(requests);
  }

  /** The keys of the database's resource objects, listed past the counted client. */
  List<String> keys() {
    return StoredObjects.keys(bucket, prefix);
  }

  void reset() {
    requests.clear();
  }

  @Override
  public void close() {
    db.close();
    client.close();
  }
}
