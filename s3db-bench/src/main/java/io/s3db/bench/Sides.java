package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The three worker processes and the server they share, and what a round asks of one side: a fresh
 * bucket, open, the operations one by one, close.
 */
final class Sides implements AutoCloseable {
  private final Map<Side, Supplier<WorkerProcess>> starters;
  private final Map<Side, WorkerProcess> workers = new EnumMap<>(Side.class);
  private final S3Client admin;
  private final int parallelism;
  private final String threads;
  private final Map<Side, Map<Op, Footprint>> footprints = new EnumMap<>(Side.class);

  /**
   * @param starters how to start each side's worker: once now, and again for a worker whose
   *     workload deadlocked (s3db.js's, see {@link #closeWorkload})
   */
  Sides(
      Map<Side, Supplier<WorkerProcess>> starters,
      S3Client admin,
      int parallelism,
      String threads) {
    this.starters = new EnumMap<>(starters);
    starters.forEach((side, start) -> workers.put(side, start.get()));
    this.admin = admin;
    this.parallelism = parallelism;
    this.threads = threads;
  }

  /**
   * Creates {@code bucket} on the server and opens {@code side}'s workload in it via {@code via}.
   */
  void open(Side side, URI via, String bucket, Variant variant, int n) {
    open(side, via, bucket, variant, n, false);
  }

  /**
   * {@code counting}: through the counting proxy (s3db.js then drops a query parameter, see there).
   */
  void open(Side side, URI via, String bucket, Variant variant, int n, boolean counting) {
    admin.createBucket(b -> b.bucket(bucket));
    ObjectNode open =
        WorkerProcess.command("open")
            .put("endpoint", via.toString())
            .put("bucket", bucket)
            .put("prefix", "bench")
            .put("variant", variant.wire)
            .put("n", n)
            .put("parallelism", parallelism)
            .put("threads", threads)
            .put("count", counting);
    String passphrase = variant.passphrase();
    if (passphrase != null) {
      open.put("passphrase", passphrase); // for Node; the Java sides have it from the Variant
    }
    worker(side).call(open);
  }

  /**
   * Runs {@code op} on {@code side}; the nanoseconds it took, as the worker measured, or -1 when
   * that side cannot do it (s3db.js's stream).
   */
  long run(Side side, Op op) {
    JsonNode reply = worker(side).call(WorkerProcess.command("run").put("op", op.wire));
    if (reply.has("peakThreads")) {
      Footprint f =
          new Footprint(reply.path("peakThreads").asInt(), reply.path("peakHeapBytes").asLong());
      footprints.computeIfAbsent(side, s -> new EnumMap<>(Op.class)).merge(op, f, Footprint::max);
    }
    return reply.has("unsupported") ? -1 : reply.path("nanos").asLong();
  }

  /** Per Java side and operation, the largest footprint of any run of it so far. */
  Map<Side, Map<Op, Footprint>> footprints() {
    return footprints;
  }

  /**
   * Closes {@code side}'s workload. A worker that says its workload deadlocked (s3db.js on a
   * partitioned resource: its pool never settles, and every later call of that process hung) is
   * killed and started afresh, so the next round runs in a clean process.
   */
  void closeWorkload(Side side) {
    JsonNode reply = worker(side).call(WorkerProcess.command("close"));
    if (reply.path("wedged").asBoolean()) {
      workers.remove(side).kill();
      System.err.println("  " + side + " deadlocked: its worker is started afresh");
      workers.put(side, starters.get(side).get());
    }
  }

  private WorkerProcess worker(Side side) {
    WorkerProcess w = workers.get(side);
    if (w == null) {
      throw new IllegalStateException("side " + side + " is not running");
    }
    return w;
  }

  @Override
  public void close() {
    workers.values().forEach(WorkerProcess::close);
  }
}
