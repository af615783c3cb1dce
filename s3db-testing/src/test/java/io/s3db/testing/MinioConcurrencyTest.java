package io.s3db.testing;

import java.net.URI;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@link S3ServerChecks} against MinIO in a container, so the embedded server is not the only S3
 * the suite has seen.
 *
 * <p>Runs wherever Testcontainers finds a Docker engine, and is skipped cleanly (reported as
 * skipped, build stays green) where there is none, as on the team's machines. The image can be
 * changed with {@code -Ds3db.minio.image=minio/minio:TAG}. Only the shared checks run here: MinIO
 * counts the {@code x-amz-meta-} prefix into its 2 KB metadata limit, so the embedded server's
 * exact AWS boundary tests do not apply to it.
 */
@Testcontainers(disabledWithoutDocker = true)
class MinioConcurrencyTest extends S3ServerChecks {

  static final String IMAGE =
      System.getProperty("s3db.minio.image", "minio/minio:RELEASE.2025-09-07T16-13-09Z");
  static final String BUCKET = "s3db-checks";

  @Container static final MinIOContainer MINIO = new MinIOContainer(IMAGE);

  @Override
  void prepare(S3Client client) {
    client.createBucket(b -> b.bucket(BUCKET));
  }

  @Override
  URI endpoint() {
    return URI.create(MINIO.getS3URL());
  }

  @Override
  String accessKey() {
    return MINIO.getUserName();
  }

  @Override
  String secretKey() {
    return MINIO.getPassword();
  }

  @Override
  String bucket() {
    return BUCKET;
  }

  @Override
  String serverName() {
    return "MinIO";
  }
}
