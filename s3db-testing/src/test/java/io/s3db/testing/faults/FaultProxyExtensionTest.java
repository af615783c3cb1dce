package io.s3db.testing.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * The extension hands each test method a proxy of its own, in front of the shared server, and
 * closes it after.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultProxyExtensionTest {

  private FaultProxy fromBeforeEach;
  private FaultProxy fromFirstTest;

  @BeforeEach
  void rememberTheProxy(FaultProxy proxy) {
    fromBeforeEach = proxy;
  }

  @Test
  void aTestGetsAProxyInFrontOfTheSharedServer(TestBucket bucket, FaultProxy proxy) {
    assertSame(fromBeforeEach, proxy, "one proxy per test method, lifecycle methods included");
    assertEquals(bucket.server().endpoint(), proxy.upstream());
    proxy
        .client()
        .putObject(r -> r.bucket(bucket.name()).key("ext/k"), RequestBody.fromString("v"));
    assertEquals(
        "v",
        bucket.client().getObjectAsBytes(r -> r.bucket(bucket.name()).key("ext/k")).asUtf8String());
    assertEquals(1, proxy.stats().requests(S3Operation.PUT_OBJECT));
    remember(proxy);
  }

  @Test
  void anotherTestGetsAnotherProxy(FaultProxy proxy) {
    assertEquals(0, proxy.stats().totalRequests());
    remember(proxy);
  }

  private synchronized void remember(FaultProxy proxy) {
    if (fromFirstTest == null) {
      fromFirstTest = proxy;
    } else {
      assertNotSame(fromFirstTest, proxy);
    }
  }

  @AfterAll
  void theProxiesWereClosed() {
    assertTrue(isClosed(fromFirstTest), "closed after its test");
  }

  private static boolean isClosed(FaultProxy proxy) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", proxy.endpoint().getPort()), 1_000);
      return false;
    } catch (IOException refused) {
      return true;
    }
  }
}
