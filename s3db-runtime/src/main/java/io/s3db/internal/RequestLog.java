package io.s3db.internal;

import io.s3db.plugin.Operation;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Logs every S3 request the database's client sends (each attempt, retries too) on the logger
 * {@code io.s3db.requests}: the S3 operation, the object key, the answer's status, and the resource
 * and DAO call it served; an attempt that got no answer when the SDK sends it again. Never
 * metadata, bodies, credentials or the passphrase. At DEBUG; at INFO when the database is {@code
 * verbose}, so that it shows without logging configuration.
 */
final class RequestLog implements ExecutionInterceptor {
  private static final System.Logger LOG = System.getLogger("io.s3db.requests");
  private static final ExecutionAttribute<String> SERVES =
      new ExecutionAttribute<>("io.s3db.serves");

  /** Whether an attempt was sent and not answered yet: a lost one has no afterTransmission. */
  private static final ExecutionAttribute<Boolean> AWAITING =
      new ExecutionAttribute<>("io.s3db.requests.awaiting");

  private final System.Logger.Level level;

  RequestLog(boolean verbose) {
    this.level = verbose ? System.Logger.Level.INFO : System.Logger.Level.DEBUG;
  }

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    // the only callback sure to run on the caller's thread, where the DAO call's scope is
    if (LOG.isLoggable(level)) {
      Operation<?> operation = OperationScope.current();
      attributes.putAttribute(
          SERVES,
          operation == null ? "" : " (" + operation.resource() + " " + operation.kind() + ")");
    }
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    // runs per attempt: the one before this got no answer (a reset connection, a timeout)
    if (Boolean.TRUE.equals(attributes.getAttribute(AWAITING)) && LOG.isLoggable(level)) {
      LOG.log(
          level,
          "{0} {1} got no answer, sent again{2}",
          attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
          target(context.request()),
          served(attributes));
    }
    attributes.putAttribute(AWAITING, Boolean.TRUE);
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    attributes.putAttribute(AWAITING, Boolean.FALSE);
    if (LOG.isLoggable(level)) {
      LOG.log(
          level,
          "{0} {1} -> {2}{3}",
          attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
          target(context.request()),
          context.httpResponse().statusCode(),
          served(attributes));
    }
  }

  @Override
  public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
    if (LOG.isLoggable(level)) {
      LOG.log(
          level,
          "{0} {1} failed: {2}{3}",
          attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
          target(context.request()),
          context.exception().getClass().getSimpleName(),
          served(attributes));
    }
  }

  private static String target(SdkRequest request) {
    String bucket = request.getValueForField("Bucket", String.class).orElse("");
    return request
        .getValueForField("Key", String.class)
        .or(() -> request.getValueForField("Prefix", String.class).map(p -> p + "*"))
        .map(key -> bucket + "/" + key)
        .orElse(bucket);
  }

  private static String served(ExecutionAttributes attributes) {
    String serves = attributes.getAttribute(SERVES);
    return serves == null ? "" : serves;
  }
}
