package io.s3db.plugin;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Counts the requests in flight (their peak) and the HEADs answered, and holds each request the
 * given milliseconds before it leaves, so that requests overlap: what parallelism tests watch.
 */
public final class InFlightGauge implements ExecutionInterceptor {
  private final ToLongFunction<SdkHttpRequest> holdMillis;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger peak = new AtomicInteger();
  private final AtomicInteger headsDone = new AtomicInteger();

  public InFlightGauge(ToLongFunction<SdkHttpRequest> holdMillis) {
    this.holdMillis = holdMillis;
  }

  /** The most requests in flight at once since the start or the last {@link #resetPeak()}. */
  public int peak() {
    return peak.get();
  }

  public void resetPeak() {
    peak.set(0);
  }

  /** HEADs answered so far. */
  public int headsDone() {
    return headsDone.get();
  }

  @Override
  public void beforeTransmission(
      Context.BeforeTransmission context, ExecutionAttributes attributes) {
    peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    long millis = holdMillis.applyAsLong(context.httpRequest());
    if (millis > 0) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
    inFlight.decrementAndGet();
    if (context.httpRequest().method() == SdkHttpMethod.HEAD) {
      headsDone.incrementAndGet();
    }
  }
}
