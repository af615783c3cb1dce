package io.s3db.spark;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Every S3 request of every client in this JVM (the SDK loads it from {@code
 * software/amazon/awssdk/global/handlers/execution.interceptors}): the tasks open their own
 * clients, so this is how a test sees which prefixes they listed. Local mode runs the executors in
 * this JVM.
 */
public final class RequestLog implements ExecutionInterceptor {
  private static final ConcurrentLinkedQueue<SdkRequest> REQUESTS = new ConcurrentLinkedQueue<>();

  @Override
  public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
    REQUESTS.add(context.request());
  }

  static void clear() {
    REQUESTS.clear();
  }

  static <T extends SdkRequest> List<T> of(Class<T> type) {
    return REQUESTS.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
