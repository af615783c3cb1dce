package io.s3db.internal;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;

/**
 * Builds the S3 clients s3db owns when the user gives none: one with the SDK's retries, and one
 * without for the writes that must be sent once ({@link S3Connection}), on one connection pool.
 */
final class S3Clients {
  private S3Clients() {}

  static S3Connection create(
      @Nullable URI endpoint,
      @Nullable String region,
      @Nullable String accessKey,
      @Nullable String secretKey,
      @Nullable String sessionToken,
      int parallelism,
      List<ExecutionInterceptor> interceptors) {
    // the pool must outlast bulk calls running `parallelism` requests at once
    SdkHttpClient http =
        Apache5HttpClient.builder().maxConnections(Math.max(50, 2 * parallelism)).build();
    AwsCredentialsProvider credentials = credentials(accessKey, secretKey, sessionToken);
    Region resolved = Region.of(region == null || region.isEmpty() ? "us-east-1" : region);
    ClientOverrideConfiguration withRetries =
        ClientOverrideConfiguration.builder().executionInterceptors(interceptors).build();
    ClientOverrideConfiguration sentOnce =
        withRetries.toBuilder().retryStrategy(AwsRetryStrategy.doNotRetry()).build();
    try {
      return S3Connection.owned(
          builder(endpoint, resolved, credentials, http, withRetries).build(),
          () -> builder(endpoint, resolved, credentials, http, sentOnce).build(),
          http);
    } catch (RuntimeException e) {
      http.close();
      throw e;
    }
  }

  private static S3ClientBuilder builder(
      @Nullable URI endpoint,
      Region region,
      AwsCredentialsProvider credentials,
      SdkHttpClient http,
      ClientOverrideConfiguration override) {
    S3ClientBuilder builder =
        S3Client.builder()
            .region(region)
            .credentialsProvider(credentials)
            .httpClient(http)
            .overrideConfiguration(override);
    if (endpoint != null) {
      // S3-compatible servers: path-style, and no aws-chunked uploads or default checksums. With
      // them some servers store chunk markers as data, and S3Proxy leaves dead pooled connections
      // behind an early 412, which retries do not repair ("Broken pipe").
      builder
          .endpointOverride(endpoint)
          .forcePathStyle(true)
          .serviceConfiguration(S3Configuration.builder().chunkedEncodingEnabled(false).build())
          .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
          .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    }
    return builder;
  }

  private static AwsCredentialsProvider credentials(
      @Nullable String accessKey, @Nullable String secretKey, @Nullable String sessionToken) {
    if (accessKey == null || accessKey.isEmpty()) {
      return DefaultCredentialsProvider.builder().build();
    }
    String secret = secretKey == null ? "" : secretKey;
    return StaticCredentialsProvider.create(
        sessionToken == null
            ? AwsBasicCredentials.create(accessKey, secret)
            : AwsSessionCredentials.create(accessKey, secret, sessionToken));
  }
}
