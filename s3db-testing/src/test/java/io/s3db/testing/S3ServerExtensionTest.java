package io.s3db.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One server per JVM, one bucket per test class, resolvable wherever JUnit resolves parameters. */
@ExtendWith(S3ServerExtension.class)
class S3ServerExtensionTest {

  static TestBucket fromBeforeAll;

  @BeforeAll
  static void resolvedInBeforeAll(TestBucket bucket) {
    fromBeforeAll = bucket;
  }

  @Test
  void sameServerAndBucketEverywhereInTheClass(EmbeddedS3 server, TestBucket bucket) {
    assertSame(fromBeforeAll, bucket);
    assertSame(server, bucket.server());
    assertSame(server.client(), bucket.client());
  }

  @Test
  void bucketExistsHasARandomLowerCaseNameAndAConnectionString(TestBucket bucket) {
    assertTrue(bucket.name().matches("t-[a-z0-9]{16}"), bucket.name());
    bucket.client().headBucket(b -> b.bucket(bucket.name()));
    assertEquals(bucket.server().uri(bucket.name(), "s3db"), bucket.uri());
    assertTrue(bucket.uri().startsWith("http://s3db-access:s3db-secret@127.0.0.1:"), bucket.uri());
    assertTrue(bucket.uri().endsWith("/" + bucket.name() + "/s3db"), bucket.uri());
    assertTrue(bucket.uri("other/prefix").endsWith("/" + bucket.name() + "/other/prefix"));
  }

  @Nested
  class NestedClass {
    @Test
    void getsItsOwnBucketOnTheSameServer(EmbeddedS3 server, TestBucket bucket) {
      assertNotEquals(fromBeforeAll.name(), bucket.name());
      assertSame(fromBeforeAll.server(), server);
    }
  }
}
