package io.s3db.bench;

/** The results file's "Method" section: what was run, and why it is fair. */
final class Method {
  private Method() {}

  static void append(StringBuilder md, Config c) {
    md.append("## Method\n\n");
    md.append(
        """
        - One S3 server for all: S3Proxy 4.1 in memory (`EmbeddedS3.inMemory()`, with s3db-testing's \
        AWS-parity wrapper) in a JVM of its own (`io.s3db.bench.ServerMain`), on 127.0.0.1.
        - Three clients, each in a process of its own, each kept for the whole run (so each keeps its JIT \
        warm, as a service would): (A) s3db.js 21.6.2 on Node (`s3db-bench/src/main/node/bench-node.mjs`, \
        the interop module's npm install), (B) this library through its generated DAO \
        (`LibWorkload`), (C) the raw AWS SDK v2 making the fewest requests that do the same in the same \
        layout (`RawWorkload`: the same metadata bytes as B, written field by field with the format's \
        value encodings and checked against B's before the run; no catalog, no revision body, no lost-reply \
        checks; its upsert conditional as B's: a PUT with `If-None-Match: *`, and over an existing id a HEAD \
        and a PUT with `If-Match`; its secrets through the JDK's AES-GCM and PBKDF2, one key for its \
        writes). \
        B and C use the Apache 5 HTTP client (B its own defaults, C `EmbeddedS3.newClient`).
        """);
    md.append("- Parallelism ")
        .append(c.parallelism())
        .append(
            " everywhere: single-record calls from that many callers (threads in Java, async loops"
                + " in Node), and the libraries' own `parallelism` for list, stream, getMany,"
                + " insertMany and deleteMany.\n");
    if (c.threads().equals("virtual")) {
      md.append(
          "- Threads: virtual (JDK 21+), for the Java sides' callers and B's bulk threads"
              + " (`S3dbBuilder.threads(Thread.ofVirtual().factory())`); each request still has"
              + " a thread, but not an OS thread.\n");
    }
    if (c.delayMs() > 0) {
      md.append(
              "- Latency: s3db-testing's `FaultProxy` between every side and the server holds each")
          .append(" timed request ")
          .append(c.delayMs())
          .append(
              " ms before forwarding it, as a far-away S3 would; the ideal rate of one request per"
                  + " record is then parallelism ÷ delay = ")
          .append(Math.round(c.parallelism() * 1000.0 / c.delayMs()))
          .append(" records/s for the operations that send one request per record.\n");
    }
    md.append(
        """
        - A round runs A, then B, then C, each in a fresh bucket, through the sequence insert, get, \
        getMissing, update (read, counter + 1, write), upsert (over existing records), count (10 calls), \
        list (3 calls), stream (3 passes), getMany (all ids, 1 call), insertMany (n new records, 1 call), \
        deleteMany (those, 1 call), delete (every record, one call each). Every result is checked \
        (counters, sizes, absent ids). Times are taken inside each worker around the operation only.
        - Warm-up: rounds until every side's total of the sequence differs by at most 10 % from its \
        previous round's (at least 2 rounds); then the measured rounds. Medians over the measured \
        rounds; ratios are per round (B ÷ A, B ÷ C in the same round), then their median and range.
        - s3db.js settings: `parallelism` 10 (its default), `executorPool.retryDelay` 10 ms (it retries \
        every 404 3 times from a 1 s back-off; the default would add seconds of sleeping to each missing \
        id, not requests), the plain AWS SDK HTTP handler (its default, Recker, opens a circuit breaker after the \
        404s of the missing-id gets and fails the rest of the round); partition references it writes in the background \
        after an operation returns are waited for before the operation's time is taken.
        - s3db.js's `list()` returns at most 1 000 records unless given a limit (`limit || 1000`); side \
        A passes `limit: n`.
        - s3db.js 21.6.2 has no working stream: `resource.readable()` fails at once (its id reader sizes \
        its buffer from `client.parallelism`, undefined: `RangeError` on a NaN highWaterMark) and lists \
        `resource=<name>` expecting `resource=<name>/id=<id>` keys, where records are \
        `resource=<name>/data/id=<id>`. Its stream cells say – / n/a. On the partitioned resource, \
        s3db.js's `delete` deadlocks with 10 deletes in flight (requests stop, every promise stays \
        pending; every smoke run), and completes with 5: its partitioned `delete` and `deleteMissing` \
        run with 5 callers, and its `deleteMany` (the same deletes inside its own pool) is left out. \
        Even so it deadlocked once in a later round (n = 200): a call of side A that has not returned \
        after 60 s (`BENCH_NODE_OP_TIMEOUT_MS`) counts as not done, with the rest of its round, and its Node \
        process is replaced before the next round (every later call of a deadlocked process hung).
        - Requests are counted by s3db-testing's `FaultProxy` (no faults, it only counts) in front of \
        the same server, in a separate pass with few records.
        - Timing assertions: none; this is a benchmark, not a test.

        """);
  }
}
