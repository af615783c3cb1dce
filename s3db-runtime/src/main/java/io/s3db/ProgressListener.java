package io.s3db;

/**
 * Hears how far a long bulk call has come ({@code insertMany}, {@code deleteMany}, {@code
 * deleteAll}, a {@link BulkWriter}), for instance to draw a progress bar. Called from s3db's worker
 * threads, one call at a time, with {@code done} never decreasing; keep it quick.
 *
 * <pre>{@code
 * users.insertMany(batch, (done, total) -> System.out.printf("\r%d/%d", done, total));
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
  /** Listens to nothing. */
  ProgressListener NONE = (done, total) -> {};

  /**
   * Called after each item finishes, on the thread that finished it.
   *
   * @param done items finished so far, failed ones included
   * @param total all items, or -1 when not known in advance (writers, {@code deleteAll})
   */
  void onProgress(long done, long total);
}
