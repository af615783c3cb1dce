package io.s3db.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on stderr, redrawn in place ({@code \r}) at most ten times a second so
 * that drawing never slows the work. Only made when stderr is a terminal: piped or redirected, a
 * bar would fill a log with carriage returns. Thread-safe (bulk writes finish on several threads).
 */
final class ProgressBar implements AutoCloseable {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final long total;
  private final long started = System.nanoTime();
  private long done;
  private long drawn = Long.MIN_VALUE;

  /**
   * @param total how many steps there will be; -1 when unknown (a count, no bar)
   */
  ProgressBar(PrintWriter err, String label, long total) {
    this.err = err;
    this.label = label;
    this.total = total;
  }

  synchronized void step() {
    done++;
    long now = System.nanoTime();
    if (now - drawn >= REDRAW_NANOS) {
      drawn = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    String rate = String.format(Locale.ROOT, "%.0f/s", done / seconds);
    StringBuilder line = new StringBuilder("\r").append(label).append(' ');
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, WIDTH * done / total);
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(WIDTH - filled))
          .append("] ")
          .append(String.format(Locale.ROOT, "%3d%%", Math.min(100, 100 * done / total)))
          .append(' ')
          .append(done)
          .append('/')
          .append(total);
    } else {
      line.append(done);
    }
    line.append("  ").append(rate).append("   ");
    err.print(line);
    err.flush();
  }

  /** Draws the last state and ends the line, so that what follows starts on a line of its own. */
  @Override
  public synchronized void close() {
    draw(System.nanoTime());
    err.println();
    err.flush();
  }
}
