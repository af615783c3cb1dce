package io.s3db.testing.faults;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A gate a test controls: requests matched by a {@link FaultRule.Builder#hold} rule stop at the
 * proxy, whole (head and body read), until {@link #release()}. With it a test replays an
 * interleaving exactly: "hold this DELETE, run the PUT, then let the DELETE through".
 *
 * <pre>{@code
 * Hold hold = new Hold();
 * proxy.inject(FaultRule.on(S3Operation.DELETE_OBJECT).keyMatching("users/42").hold(hold));
 * Future<?> delete = executor.submit(() -> client.deleteObject(...));
 * hold.awaitHeld(1, Duration.ofSeconds(5));   // the DELETE is at the proxy, not at the server
 * client.putObject(...);                      // runs first
 * hold.release();                             // now the DELETE reaches the server
 * }</pre>
 *
 * <p>Why bounded: a test that forgets to release must not hang the build, so a held request goes on
 * after {@link #MAX_HOLD} anyway (and closing the proxy ends it).
 */
public final class Hold {

  /** The longest a request is held if the test never releases it. */
  public static final Duration MAX_HOLD = Duration.ofSeconds(30);

  private final CountDownLatch released = new CountDownLatch(1);
  private final AtomicInteger held = new AtomicInteger();
  private final Object arrivals = new Object();

  /** Lets every request held now or later go on. Idempotent. */
  public void release() {
    released.countDown();
  }

  /**
   * Whether {@link #release()} was called.
   *
   * @return true once released; it stays released
   */
  public boolean isReleased() {
    return released.getCount() == 0;
  }

  /** {@return how many requests have reached this gate so far (released or not)} */
  public int heldCount() {
    return held.get();
  }

  /**
   * Waits until at least {@code count} requests have reached this gate.
   *
   * @param count how many requests, held or already released, the test waits for
   * @param timeout how long to wait at most
   * @return true once {@code count} requests have arrived; false if {@code timeout} passed first
   * @throws InterruptedException if the waiting thread is interrupted
   */
  public boolean awaitHeld(int count, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (arrivals) {
      while (held.get() < count) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        TimeUnit.NANOSECONDS.timedWait(arrivals, left);
      }
      return true;
    }
  }

  /**
   * Called by the proxy's connection thread: records the arrival and blocks until released (or
   * MAX_HOLD).
   */
  void block() throws InterruptedException {
    synchronized (arrivals) {
      held.incrementAndGet();
      arrivals.notifyAll();
    }
    released.await(MAX_HOLD.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public String toString() {
    return "Hold[" + held.get() + " held, " + (isReleased() ? "released]" : "not released]");
  }
}
