package io.s3db.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.Fault;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import io.s3db.testing.faults.FaultRule;
import io.s3db.testing.faults.S3Operation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The testing guide's fault example: S3 faults between the DAO and the server. */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class LostReplyTest {

  // snippet: lost-reply
  @Test
  void anInsertWhoseReplyIsLostSucceedsOnce(TestBucket bucket, FaultProxy proxy) {
    // the PUT of the record reaches the server, then the connection is reset: no reply
    proxy.inject(
        FaultRule.on(S3Operation.PUT_OBJECT)
            .keyMatching(".*/resource=products/data/id=pen")
            .times(1)
            .resetAfterForwarding());
    try (S3db db = S3db.connect(proxy.uri(bucket.name(), "lost-reply"))) {
      ProductDao products = ProductDao.of(db);
      products.insert(new Product("pen", "Pen", "SKU-1", 3)); // recognised as its own write
      assertEquals(3, products.get("pen").stock());
    }
    assertEquals(1, proxy.stats().faults(Fault.RESET_AFTER_FORWARDING));
  }

  // end snippet: lost-reply

  // snippet: server-errors
  @Test
  void readsRideOutServerErrors(TestBucket bucket, FaultProxy proxy) {
    try (S3db db = S3db.connect(proxy.uri(bucket.name(), "server-errors"))) {
      ProductDao products = ProductDao.of(db);
      products.insert(new Product("ink", "Ink", "SKU-2", 1));
      proxy.inject(FaultRule.on(S3Operation.HEAD_OBJECT).times(2).internalError()); // two 500s
      assertEquals("Ink", products.get("ink").name()); // the SDK retries reads
    }
    assertTrue(proxy.stats().requests(S3Operation.HEAD_OBJECT) >= 3);
  }
  // end snippet: server-errors
}
