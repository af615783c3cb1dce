package io.s3db.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;

/**
 * What a Java worker held while one operation ran: its peak of platform (OS) threads, and the sum
 * of its heap pools' peaks (an upper bound of the heap in use at any one moment). Virtual threads
 * are not platform threads and do not count: this is what issue 13 §3 means by "without a thread
 * per request".
 */
record Footprint(int peakThreads, long peakHeapBytes) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Starts a measurement: the peaks so far are forgotten. */
  static void reset() {
    THREADS.resetPeakThreadCount();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The peaks since {@link #reset()}. */
  static Footprint sinceReset() {
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    return new Footprint(THREADS.getPeakThreadCount(), heap);
  }

  /** The larger of each figure. */
  Footprint max(Footprint other) {
    return new Footprint(
        Math.max(peakThreads, other.peakThreads), Math.max(peakHeapBytes, other.peakHeapBytes));
  }
}
