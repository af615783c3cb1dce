package io.s3db.cli;

import io.s3db.internal.ConnectionString;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * The one S3 client of a run, configured as the library configures the one it builds from a
 * connection string (path-style and no aws-chunked uploads for other servers); the CLI builds it
 * itself because {@code stats} lists and HEADs raw keys, which the documents API does not.
 */
final class S3Clients {
  private S3Clients() {}

  static S3Client of(ConnectionString connection, int parallelism) {
    String region = connection.region();
    S3ClientBuilder builder =
        S3Client.builder()
            .region(Region.of(region == null || region.isEmpty() ? "us-east-1" : region))
            .credentialsProvider(credentials(connection))
            .httpClientBuilder(
                Apache5HttpClient.builder().maxConnections(Math.max(50, 2 * parallelism)));
    if (connection.endpoint() != null) {
      builder
          .endpointOverride(connection.endpoint())
          .forcePathStyle(true)
          .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder.build();
  }

  private static AwsCredentialsProvider credentials(ConnectionString connection) {
    String accessKey = connection.accessKey();
    if (accessKey == null || accessKey.isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    String secret = connection.secretKey() == null ? "" : connection.secretKey();
    String token = connection.sessionToken();
    return StaticCredentialsProvider.create(
        token == null
            ? AwsBasicCredentials.create(accessKey, secret)
            : AwsSessionCredentials.create(accessKey, secret, token));
  }
}
