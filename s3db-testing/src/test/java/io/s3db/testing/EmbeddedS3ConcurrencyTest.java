package io.s3db.testing;

import java.net.URI;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@link S3ServerChecks} against the embedded S3Proxy, through {@link S3ServerExtension} (so the
 * extension's shared server and per-class bucket are exercised too).
 */
@ExtendWith(S3ServerExtension.class)
class EmbeddedS3ConcurrencyTest extends S3ServerChecks {

  private final TestBucket bucket;

  EmbeddedS3ConcurrencyTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @Override
  URI endpoint() {
    return bucket.server().endpoint();
  }

  @Override
  String accessKey() {
    return bucket.server().accessKey();
  }

  @Override
  String secretKey() {
    return bucket.server().secretKey();
  }

  @Override
  String bucket() {
    return bucket.name();
  }

  @Override
  String serverName() {
    return "S3Proxy";
  }
}
