package io.s3db;

import java.util.Objects;

/**
 * Inserts a stream of records of unknown length with bounded memory: {@link #add} hands a record
 * over and returns at once, unless {@link Options#concurrency()} inserts are in flight and {@link
 * Options#batchSize()} more are waiting, in which case it blocks until one finishes
 * (back-pressure). Failures are collected, never thrown by {@code add}; {@link #close()} waits for
 * everything and returns them through {@link #result()}. Each record costs what {@link
 * S3Dao#insert} costs (S3 has no batch PUT).
 *
 * <pre>{@code
 * BulkWriter<User> writer = users.writer(BulkWriter.options().concurrency(16));
 * try (writer) {
 *   csvRows.forEach(row -> writer.add(toUser(row)));
 * }                                                    // close() waits for the last inserts
 * writer.result().failures().forEach(f -> log.warn("{}: {}", f.id(), f.error().getMessage()));
 * }</pre>
 *
 * <p>Meant to be fed by one thread; {@code add} is synchronized, so several threads also work.
 */
public interface BulkWriter<T> extends AutoCloseable {

  /**
   * Default options: batch size 100, concurrency = the database's {@code parallelism}.
   *
   * @return new options, to change with their setters and give to {@link S3Dao#writer}
   */
  static Options options() {
    return new Options();
  }

  /**
   * Queues the record for insert; blocks while the writer is full.
   *
   * @param record the record to insert; a null id asks for a generated one
   * @throws IllegalStateException if the writer is closed
   * @throws S3dbException if the thread is interrupted while it waits for room
   */
  void add(T record);

  /**
   * Waits until every record added so far is written (or failed).
   *
   * @throws S3dbException if the thread is interrupted while it waits
   */
  void flush();

  /**
   * Flushes and stops the writer; {@link #result()} then tells what happened to every record.
   * Idempotent.
   *
   * @throws S3dbException if the thread is interrupted while it waits
   * @throws RuntimeException what a writer thread died of, if one did (the progress listener's
   *     exception, say)
   */
  @Override
  void close();

  /**
   * What happened to the records finished so far; after {@link #close()}, to every record added.
   *
   * @return a snapshot: the failures, the count of records stored, and the stored records if {@link
   *     Options#keepSucceeded(boolean)} asked for them
   */
  BulkResult<T> result();

  /** Settings of a {@link BulkWriter}. */
  final class Options {
    private int batchSize = 100;
    private int concurrency;
    private boolean keepSucceeded;
    private ProgressListener progress = ProgressListener.NONE;

    private Options() {}

    /**
     * Records accepted ahead of the inserts in flight, before {@code add} blocks. Default 100.
     *
     * @param batchSize records waiting at most, at least 1
     * @return these options
     * @throws IllegalArgumentException if {@code batchSize} is below 1
     */
    public Options batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Inserts in flight at most. Default (0): the database's {@code parallelism}.
     *
     * @param concurrency inserts in flight at most, at least 1
     * @return these options
     * @throws IllegalArgumentException if {@code concurrency} is below 1
     */
    public Options concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
      }
      this.concurrency = concurrency;
      return this;
    }

    /**
     * Whether {@link BulkResult#succeeded()} lists the stored records; default false, so that a
     * writer's memory does not grow with what it wrote (the count is always there).
     *
     * @param keepSucceeded true to keep every stored record in the result
     * @return these options
     */
    public Options keepSucceeded(boolean keepSucceeded) {
      this.keepSucceeded = keepSucceeded;
      return this;
    }

    /**
     * Told of every finished record, with total -1 (a writer does not know how many records will
     * come).
     *
     * @param progress the listener, called on the writer's threads; not null
     * @return these options
     */
    public Options progress(ProgressListener progress) {
      this.progress = Objects.requireNonNull(progress, "progress");
      return this;
    }

    /** {@return the records accepted ahead of the inserts in flight before {@code add} blocks} */
    public int batchSize() {
      return batchSize;
    }

    /** {@return the configured concurrency, or 0 for the database's {@code parallelism}} */
    public int concurrency() {
      return concurrency;
    }

    /** {@return whether the result lists the stored records} */
    public boolean keepSucceeded() {
      return keepSucceeded;
    }

    /**
     * {@return the listener told of every finished record; {@link ProgressListener#NONE} by
     * default}
     */
    public ProgressListener progress() {
      return progress;
    }
  }
}
