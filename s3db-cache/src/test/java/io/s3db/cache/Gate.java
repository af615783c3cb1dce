package io.s3db.cache;

import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.plugin.PluginContext;
import io.s3db.plugin.S3dbPlugin;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A plugin installed after the cache (so inside it) that holds one chosen call until the test
 * releases it: before the call proceeds, or after it has its answer and before the cache sees it.
 */
final class Gate implements S3dbPlugin, OperationInterceptor {
  private volatile Predicate<Operation<?>> which = op -> false;
  private volatile boolean afterProceeding;
  private final CountDownLatch held = new CountDownLatch(1);
  private final CountDownLatch released = new CountDownLatch(1);

  /** Holds the first call {@code which} matches once it has its answer. */
  Gate holdAnswerOf(Predicate<Operation<?>> which) {
    this.afterProceeding = true;
    this.which = which;
    return this;
  }

  /** Holds the first call {@code which} matches before it proceeds. */
  Gate holdBefore(Predicate<Operation<?>> which) {
    this.afterProceeding = false;
    this.which = which;
    return this;
  }

  static Predicate<Operation<?>> call(String kind, String resource) {
    return op -> op.kind().name().equals(kind) && op.resource().equals(resource);
  }

  void awaitHeld() {
    await(held);
  }

  void release() {
    released.countDown();
  }

  @Override
  public void setup(PluginContext context) {
    context.intercept(this);
  }

  @Override
  public <R> R intercept(Operation<R> op) {
    if (!matchesOnce(op)) {
      return op.proceed();
    }
    if (!afterProceeding) {
      hold();
      return op.proceed();
    }
    R answer = op.proceed();
    hold();
    return answer;
  }

  private synchronized boolean matchesOnce(Operation<?> op) {
    if (!which.test(op)) {
      return false;
    }
    which = o -> false;
    return true;
  }

  private void hold() {
    held.countDown();
    await(released);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the gate waited 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
