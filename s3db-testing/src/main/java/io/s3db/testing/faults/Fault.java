package io.s3db.testing.faults;

/** What {@link FaultProxy} can do to a request instead of (or besides) forwarding it. */
public enum Fault {
  /** Answers {@code 503 SlowDown} with an S3 error document; nothing is forwarded. */
  SLOW_DOWN,
  /** Answers {@code 500 InternalError} with an S3 error document; nothing is forwarded. */
  INTERNAL_ERROR,
  /**
   * Resets the client's connection (TCP RST) as soon as the request head is read; nothing is
   * forwarded.
   */
  RESET_BEFORE_FORWARDING,
  /**
   * Forwards the whole request, reads the server's whole answer, then resets the client's
   * connection instead of answering: the write was applied, and the client cannot know. The SDK
   * retries it, and a conditional PUT then meets its own write ({@code 412}).
   */
  RESET_AFTER_FORWARDING,
  /** Waits a set time (the rule's, or {@link RandomFaults#delay}) before forwarding. */
  DELAY,
  /** Waits until the test releases the rule's {@link Hold} before forwarding. */
  HOLD
}
