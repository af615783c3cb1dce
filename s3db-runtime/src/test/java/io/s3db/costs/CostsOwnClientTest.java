package io.s3db.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.S3dbConfigurationException;
import io.s3db.plugin.OperationKind;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * With your own S3 client the plugin cannot add its interceptor: it refuses to count nothing, and
 * counts everything once you add it.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class CostsOwnClientTest {
  private final TestBucket bucket;
  private final FaultProxy proxy;
  private final String prefix = "own-" + System.nanoTime();

  CostsOwnClientTest(TestBucket bucket, FaultProxy proxy) {
    this.bucket = bucket;
    this.proxy = proxy;
    // the proxy is the test class's: forget what earlier tests did with it
    proxy.clearRules().randomFaults(null).resetStats();
  }

  @Test
  void withoutTheInterceptorOnTheClientTheBuildFails_beforeAnyRequest() {
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () -> builder(proxy.client()).plugin(CostsPlugin.create()).build());
    assertTrue(e.getMessage().contains("CostsPlugin.forClientWithInterceptor()"), e.getMessage());
    assertTrue(e.getMessage().contains("addExecutionInterceptor(costs.requestInterceptor())"));
    assertEquals(0, proxy.stats().totalRequests());
  }

  @Test
  void declaredButNotAddedIsFoundOutWhileConnecting() {
    S3dbConfigurationException e =
        assertThrows(
            S3dbConfigurationException.class,
            () -> builder(proxy.client()).plugin(CostsPlugin.forClientWithInterceptor()).build());
    assertTrue(e.getMessage().contains("saw none of the requests"), e.getMessage());
  }

  @Test
  void withTheInterceptorOnTheClientEveryRequestIsCounted() {
    CostsPlugin costs = CostsPlugin.forClientWithInterceptor();
    try (S3Client client =
            proxy
                .clientBuilder()
                .overrideConfiguration(c -> c.addExecutionInterceptor(costs.requestInterceptor()))
                .build();
        S3db db = builder(client).plugin(costs).build()) {
      NoteDao notes = NoteDao.of(db);
      notes.insert(new Note("o1", "own"));
      notes.get("o1");
      // the client's other users are counted too, outside any DAO call
      client.listObjectsV2(r -> r.bucket(bucket.name()).prefix(prefix));

      CostsSnapshot snapshot = costs.snapshot();
      assertEquals(ServerCounts.received(proxy), ServerCounts.counted(snapshot));
      assertEquals(1, snapshot.daoOperation(OperationKind.INSERT).requests());
      assertEquals(1, snapshot.daoOperation(OperationKind.GET).requests());
      assertEquals(2, snapshot.resource("costsnotes").requests());
      assertEquals(snapshot.requests() - 2, snapshot.outsideDaoCalls().requests());
      assertEquals(1, snapshot.s3Operation("ListObjectsV2").requests());
    }
  }

  @Test
  void onePluginCountsForOneDatabase() {
    CostsPlugin costs = CostsPlugin.create();
    try (S3db first = S3db.builder().uri(proxy.uri(bucket.name(), prefix)).plugin(costs).build()) {
      S3dbConfigurationException e =
          assertThrows(
              S3dbConfigurationException.class,
              () -> S3db.builder().uri(proxy.uri(bucket.name(), prefix)).plugin(costs).build());
      assertTrue(e.getMessage().contains("one per database"), e.getMessage());
      NoteDao.of(first).insert(new Note("f1", "first"));
      assertEquals(1, costs.snapshot().daoOperation(OperationKind.INSERT).requests());
    }
  }

  private S3dbBuilder builder(S3Client client) {
    return S3db.builder().client(client).bucket(bucket.name()).keyPrefix(prefix);
  }
}
