package io.s3db.testing.faults;

import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Clients through a proxy for the proxy's own tests: SDK retries off, or on without the backoff
 * wait.
 */
final class ProxyClients {

  private ProxyClients() {}

  /** Every fault reaches the test as the SDK reports it. */
  static S3Client withoutRetries(FaultProxy proxy) {
    return proxy
        .clientBuilder()
        .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
        .build();
  }

  /**
   * The SDK's standard retries (3 attempts, same retryable errors) with no wait between, so tests
   * stay fast.
   */
  static S3Client withQuickRetries(FaultProxy proxy) {
    return proxy
        .clientBuilder()
        .overrideConfiguration(
            o ->
                o.retryStrategy(
                    AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .backoffStrategy(BackoffStrategy.retryImmediately())
                        .throttlingBackoffStrategy(BackoffStrategy.retryImmediately())
                        .circuitBreakerEnabled(false)
                        .build()))
        .build();
  }
}
