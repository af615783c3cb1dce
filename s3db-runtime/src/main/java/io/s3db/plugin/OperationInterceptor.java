package io.s3db.plugin;

/**
 * Wraps DAO calls: decides whether and how an {@link Operation} proceeds, and sees its result or
 * its failure. A cache answers reads without proceeding; a metrics plugin times the call.
 *
 * <pre>{@code
 * public <R> R intercept(Operation<R> op) {
 *   long start = System.nanoTime();
 *   try {
 *     return op.proceed();
 *   } finally {
 *     timer.record(op.resource(), op.kind(), System.nanoTime() - start);
 *   }
 * }
 * }</pre>
 *
 * An interceptor that throws instead of proceeding makes the call fail with its exception, nothing
 * written. It must call {@link Operation#proceed()} at most once.
 */
public interface OperationInterceptor {

  /**
   * Runs around one DAO call.
   *
   * @param <R> what the call returns
   * @param operation the call: what it is, what it asked for, and {@link Operation#proceed()} to
   *     run it
   * @return the call's result: usually {@code operation.proceed()}, or an answer of the
   *     interceptor's own (a cached read, say)
   */
  <R> R intercept(Operation<R> operation);
}
