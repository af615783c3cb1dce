package io.s3db.testing;

import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * S3 clients set up as S3-compatible servers over plain HTTP need them (see {@link
 * EmbeddedS3#newClient}).
 */
final class CompatibleClients {
  private CompatibleClients() {}

  /** The pool: enough for the tests' most parallel bulk calls. */
  static final int MAX_CONNECTIONS = 128;

  /**
   * Below Jetty's 30 s idle timeout, so the pool never reuses a socket the server already closed.
   */
  private static final Duration MAX_IDLE = Duration.ofSeconds(10);

  static S3ClientBuilder builder(URI endpoint, String accessKey, String secretKey) {
    return S3Client.builder()
        .endpointOverride(endpoint)
        .region(Region.US_EAST_1)
        .credentialsProvider(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
        .forcePathStyle(true)
        .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
        .httpClientBuilder(
            Apache5HttpClient.builder()
                .maxConnections(MAX_CONNECTIONS)
                .connectionMaxIdleTime(MAX_IDLE));
  }
}
