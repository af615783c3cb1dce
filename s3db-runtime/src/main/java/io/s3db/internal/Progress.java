package io.s3db.internal;

import io.s3db.ProgressListener;

/** Counts finished items of one bulk call and tells the listener, one call at a time. */
final class Progress {
  private final ProgressListener listener;
  private final long total;
  private long done;

  Progress(ProgressListener listener, long total) {
    this.listener = listener;
    this.total = total;
  }

  synchronized void done(long items) {
    done += items;
    listener.onProgress(done, total);
  }
}
