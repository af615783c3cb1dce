package io.s3db.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The run's settings, from {@code key=value} arguments (all optional):
 *
 * <pre>
 * n=1000          records per side and round
 * rounds=3        measured rounds after the warm-up
 * maxWarmup=10    warm-up rounds at most, when two in a row never agree within 10 %
 * variants=plain,partitions  the record types that run, of plain, partitions, wide, secret (see Variant)
 * parallelism=10  callers in flight and the libraries' own parallelism
 * countN=10       records per side when counting requests
 * sides=A,B,C     which sides run
 * name=side-by-side   bench/results/&lt;date&gt;-&lt;name&gt;.md
 * summary=true    whether to (re)write bench/results/summary.json
 * ops=insert,list only these timed operations (for profiling; the full sequence by default)
 * delayMs=0       a fixed delay added to every timed request by a proxy in front of the server,
 *                 to model S3's latency (issue 13 §3); the request counts are taken without it
 * threads=platform  the Java workers' callers and B's bulk threads: platform, or virtual (JDK 21+)
 * heap=           the Java workers' -Xmx (e.g. 256m); the JVM's default when absent
 * </pre>
 */
record Config(
    int n,
    int rounds,
    int maxWarmup,
    List<Variant> variants,
    int parallelism,
    int countN,
    List<Side> sides,
    String name,
    boolean summary,
    List<Op> ops,
    int delayMs,
    String threads,
    String heap,
    String args) {

  static Config parse(String[] args) {
    int n = 1000;
    int rounds = 3;
    int maxWarmup = 10;
    List<Variant> variants = List.of(Variant.PLAIN, Variant.PARTITIONS);
    int parallelism = 10;
    int countN = 10;
    List<Side> sides = List.of(Side.values());
    String name = "side-by-side";
    boolean summary = true;
    List<Op> ops = Op.TIMED;
    int delayMs = 0;
    String threads = "platform";
    String heap = "";
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected key=value, got " + arg);
      }
      String key = arg.substring(0, eq);
      String value = arg.substring(eq + 1);
      switch (key) {
        case "n" -> n = Integer.parseInt(value);
        case "rounds" -> rounds = Integer.parseInt(value);
        case "maxWarmup" -> maxWarmup = Integer.parseInt(value);
        case "variants" -> variants = Arrays.stream(value.split(",")).map(Variant::ofWire).toList();
        case "parallelism" -> parallelism = Integer.parseInt(value);
        case "countN" -> countN = Integer.parseInt(value);
        case "sides" -> sides = sides(value);
        case "name" -> name = value;
        case "summary" -> summary = Boolean.parseBoolean(value);
        case "delayMs" -> delayMs = Integer.parseInt(value);
        case "threads" -> threads = value;
        case "heap" -> heap = value;
        case "ops" -> ops = Arrays.stream(value.split(",")).map(Op::ofWire).toList();
        default -> throw new IllegalArgumentException("unknown setting " + key);
      }
    }
    if (!threads.equals("platform") && !threads.equals("virtual")) {
      throw new IllegalArgumentException("threads are platform or virtual, not " + threads);
    }
    return new Config(
        n,
        rounds,
        maxWarmup,
        variants,
        parallelism,
        countN,
        sides,
        name,
        summary,
        ops,
        delayMs,
        threads,
        heap,
        String.join(" ", args));
  }

  private static List<Side> sides(String letters) {
    List<Side> sides = new ArrayList<>();
    for (String letter : letters.split(",")) {
      boolean found = false;
      for (Side side : Side.values()) {
        if (side.letter.equals(letter.trim().toUpperCase(Locale.ROOT))) {
          sides.add(side);
          found = true;
        }
      }
      if (!found) {
        throw new IllegalArgumentException("sides are A, B, C, not " + letter);
      }
    }
    return List.copyOf(sides);
  }
}
