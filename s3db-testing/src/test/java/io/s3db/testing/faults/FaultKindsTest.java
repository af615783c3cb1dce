package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Every {@link Fault} does what it says, as a plain AWS SDK v2 client sees it: once with SDK
 * retries off (the raw fault), once with them on (what application code meets). The server is
 * checked directly, past the proxy.
 */
@ExtendWith(S3ServerExtension.class)
class FaultKindsTest {

  private final TestBucket bucket;
  private FaultProxy proxy;
  private S3Client direct;
  private S3Client noRetries;
  private S3Client retries;

  FaultKindsTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void startProxy() {
    proxy = FaultProxy.start(bucket.server());
    direct = bucket.client();
    noRetries = ProxyClients.withoutRetries(proxy);
    retries = ProxyClients.withQuickRetries(proxy);
  }

  @AfterEach
  void stopProxy() {
    System.out.println(proxy.stats());
    noRetries.close();
    retries.close();
    proxy.close();
  }

  @Test
  void slowDownAnswers503WithAnS3ErrorDocumentAndIsRetried() {
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).slowDown());
    S3Exception e = assertThrows(S3Exception.class, () -> put(noRetries, "slow/k", "v"));
    assertEquals(503, e.statusCode());
    assertEquals("SlowDown", e.awsErrorDetails().errorCode());
    assertTrue(e.requestId().startsWith("FAULTPROXY"), e.requestId());
    assertAbsent("slow/k");

    proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).slowDown()); // no body on HEAD: status only
    S3Exception head =
        assertThrows(S3Exception.class, () -> noRetries.headObject(r -> r.bucket(b()).key("x")));
    assertEquals(503, head.statusCode());

    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).times(2).slowDown());
    put(retries, "slow/k", "v"); // third attempt passes
    assertEquals("v", get(direct, "slow/k"));
    assertEquals(4, proxy.stats().faults(Fault.SLOW_DOWN));
    assertEquals(4, proxy.stats().requests(S3Operation.PUT_OBJECT));
  }

  @Test
  void internalErrorAnswers500AndIsRetried() {
    proxy.inject(FaultRule.on(S3Operation.GET_OBJECT).internalError());
    put(direct, "ie/k", "v");
    S3Exception e = assertThrows(S3Exception.class, () -> get(noRetries, "ie/k"));
    assertEquals(500, e.statusCode());
    assertEquals("InternalError", e.awsErrorDetails().errorCode());

    proxy.inject(FaultRule.on(S3Operation.GET_OBJECT).internalError());
    assertEquals("v", get(retries, "ie/k"));
    assertEquals(2, proxy.stats().faults(Fault.INTERNAL_ERROR));
    assertEquals(3, proxy.stats().requests(S3Operation.GET_OBJECT));
  }

  @Test
  void resetBeforeForwardingNeverReachesTheServer() {
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("rb/.*").resetBeforeForwarding());
    SdkClientException e =
        assertThrows(SdkClientException.class, () -> put(noRetries, "rb/k", "v"));
    assertAbsent("rb/k");

    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("rb/.*").resetBeforeForwarding());
    put(retries, "rb/k", "v");
    assertEquals("v", get(direct, "rb/k"));
    assertEquals(2, proxy.stats().faults(Fault.RESET_BEFORE_FORWARDING));
  }

  /**
   * The key case: the write is applied, its reply lost, and the SDK's retry of a create meets that
   * write.
   */
  @Test
  void resetAfterForwardingAppliesTheWriteAndTheRetriedCreateGets412() {
    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("ra/.*").resetAfterForwarding());
    SdkClientException lost =
        assertThrows(
            SdkClientException.class,
            () ->
                noRetries.putObject(
                    r -> r.bucket(b()).key("ra/raw").ifNoneMatch("*"),
                    RequestBody.fromString("1")));
    assertEquals(
        "1", get(direct, "ra/raw"), "the write was applied although the client saw a reset");

    proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("ra/.*").resetAfterForwarding());
    S3Exception e =
        assertThrows(
            S3Exception.class,
            () ->
                retries.putObject(
                    r -> r.bucket(b()).key("ra/create").ifNoneMatch("*"),
                    RequestBody.fromString("2")));
    assertEquals(412, e.statusCode(), "the retry met the client's own first attempt");
    assertEquals("2", get(direct, "ra/create"));
    assertEquals(3, proxy.stats().requests(S3Operation.PUT_OBJECT));
    assertEquals(2, proxy.stats().faults(Fault.RESET_AFTER_FORWARDING));
  }

  @Test
  void delayWaitsBeforeForwarding() {
    put(direct, "delay/k", "v");
    proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).delay(Duration.ofMillis(400)));
    long t0 = System.nanoTime();
    noRetries.headObject(r -> r.bucket(b()).key("delay/k"));
    long delayedMillis = (System.nanoTime() - t0) / 1_000_000;
    t0 = System.nanoTime();
    noRetries.headObject(r -> r.bucket(b()).key("delay/k"));
    long plainMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.println("HEAD delayed " + delayedMillis + " ms, then " + plainMillis + " ms");
    assertTrue(delayedMillis >= 400, delayedMillis + " ms");
    assertEquals(1, proxy.stats().faults(Fault.DELAY));
  }

  /**
   * Replays "DELETE overtaken by a PUT" exactly: the DELETE waits at the proxy until the PUT is
   * done.
   */
  @Test
  void holdKeepsTheRequestAtTheProxyUntilReleased() throws Exception {
    put(direct, "hold/k", "old");
    Hold hold = new Hold();
    proxy.inject(FaultRule.on(S3Operation.DELETE_OBJECT).keyMatching("hold/k").hold(hold));
    CompletableFuture<Void> delete =
        CompletableFuture.runAsync(() -> noRetries.deleteObject(r -> r.bucket(b()).key("hold/k")));
    assertTrue(hold.awaitHeld(1, Duration.ofSeconds(10)), "the DELETE reached the proxy");
    assertEquals("old", get(direct, "hold/k"), "held: not at the server yet");
    put(noRetries, "hold/k", "new"); // another connection: not blocked by the hold
    assertFalse(delete.isDone());
    hold.release();
    delete.get(10, TimeUnit.SECONDS);
    assertAbsent("hold/k"); // the DELETE came last and removed the PUT's version
    assertEquals(1, proxy.stats().faults(Fault.HOLD));
  }

  @Test
  void closingTheProxyEndsAHeldRequest() throws Exception {
    Hold hold = new Hold();
    proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).hold(hold));
    CompletableFuture<Void> head =
        CompletableFuture.runAsync(() -> noRetries.headObject(r -> r.bucket(b()).key("z")));
    assertTrue(hold.awaitHeld(1, Duration.ofSeconds(10)));
    proxy.close();
    Exception e = assertThrows(Exception.class, () -> head.get(10, TimeUnit.SECONDS));
    assertInstanceOf(SdkClientException.class, e.getCause(), e.toString());
  }

  private String b() {
    return bucket.name();
  }

  private void put(S3Client s3, String key, String body) {
    s3.putObject(r -> r.bucket(b()).key(key), RequestBody.fromString(body));
  }

  private String get(S3Client s3, String key) {
    return s3.getObjectAsBytes(r -> r.bucket(b()).key(key)).asUtf8String();
  }

  private void assertAbsent(String key) {
    assertThrows(
        NoSuchKeyException.class, () -> direct.headObject(r -> r.bucket(b()).key(key)), key);
  }
}
