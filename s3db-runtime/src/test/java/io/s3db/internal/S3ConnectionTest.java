package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import io.s3db.testing.faults.FaultRule;
import io.s3db.testing.faults.S3Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A write sent once is sent once, on the clients s3db builds and on a client the user gives; every
 * other request keeps the SDK's retries. The sibling client without retries is built lazily.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class S3ConnectionTest {

  @Test
  void onOwnClientsAWriteSentOnceIsNotRetriedAndOtherRequestsAre(
      TestBucket bucket, FaultProxy proxy) {
    try (S3Connection connection =
        S3Clients.create(
            proxy.endpoint(),
            null,
            EmbeddedS3.ACCESS_KEY,
            EmbeddedS3.SECRET_KEY,
            null,
            10,
            List.of())) {
      assertSentOnceAndRetriedOtherwise(connection, bucket, proxy, "own");
    }
  }

  @Test
  void onAGivenClientAWriteSentOnceIsNotRetriedAndOtherRequestsAre(
      TestBucket bucket, FaultProxy proxy) {
    S3Connection connection = S3Connection.given(proxy.client());
    assertSentOnceAndRetriedOtherwise(connection, bucket, proxy, "given");
    connection.close(); // leaves the given client open
    proxy.client().headBucket(b -> b.bucket(bucket.name()));
  }

  @Test
  void theSiblingIsBuiltOnceOnTheFirstWriteSentOnce(TestBucket bucket) throws Exception {
    AtomicInteger builds = new AtomicInteger();
    SdkHttpClient http = Apache5HttpClient.builder().build();
    EmbeddedS3 server = bucket.server();
    try (S3Connection connection =
        S3Connection.owned(
            EmbeddedS3.clientBuilder(server.endpoint(), server.accessKey(), server.secretKey())
                .build(),
            () -> {
              builds.incrementAndGet();
              return EmbeddedS3.clientBuilder(
                      server.endpoint(), server.accessKey(), server.secretKey())
                  .build();
            },
            http)) {
      connection.client().headBucket(b -> b.bucket(bucket.name()));
      assertEquals(0, builds.get(), "a read does not build it");
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<?>> writes = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
          String key = "connection/lazy-" + i;
          writes.add(
              pool.submit(
                  () ->
                      connection.putOnce(
                          PutObjectRequest.builder().bucket(bucket.name()).key(key),
                          RequestBody.empty())));
        }
        for (Future<?> write : writes) {
          write.get(30, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
      assertEquals(1, builds.get(), "32 concurrent writes, one sibling");
    }
  }

  private static void assertSentOnceAndRetriedOtherwise(
      S3Connection connection, TestBucket bucket, FaultProxy proxy, String name) {
    String key = "connection/" + name;
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("(.*/)?" + key).slowDown());
    proxy.resetStats();
    S3Exception refused =
        assertThrows(
            S3Exception.class,
            () ->
                connection.putOnce(
                    PutObjectRequest.builder().bucket(bucket.name()).key(key).ifNoneMatch("*"),
                    RequestBody.empty()));
    assertEquals(503, refused.statusCode());
    assertEquals(1, proxy.stats().requests(S3Operation.PUT_OBJECT), "sent once");

    proxy.resetStats(); // the rule fired once: a retry of an ordinary PUT goes through
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("(.*/)?" + key).slowDown());
    connection
        .client()
        .putObject(b -> b.bucket(bucket.name()).key(key).ifNoneMatch("*"), RequestBody.empty());
    assertEquals(2, proxy.stats().requests(S3Operation.PUT_OBJECT), "retried by the SDK");
    proxy.clearRules();
  }
}
