package io.s3db.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timed part of one variant: rounds of A B C (each side in its own fresh bucket), first warm-up
 * rounds until every side's round time agrees within 10 % with its previous round's, then the
 * measured rounds.
 */
final class Timing {
  /** Two consecutive rounds agree when each side's total differs by at most this fraction. */
  static final double WARM_AGREEMENT = 0.10;

  /** What a variant's timing gave. */
  record Result(Variant variant, int warmUpRounds, boolean converged, List<Round> rounds, int n) {
    List<Round> measured() {
      return rounds.stream().filter(r -> !r.warmUp()).toList();
    }
  }

  private Timing() {}

  static Result run(Sides sides, URI endpoint, Variant variant, Config config) {
    List<Round> rounds = new ArrayList<>();
    int number = 0;
    boolean converged = false;
    int warmUps = 0;
    // warm up: at least 2 rounds, until the last two agree (or the cap)
    while (warmUps < config.maxWarmup()) {
      Round r = round(sides, endpoint, variant, ++number, true, config);
      rounds.add(r);
      warmUps++;
      if (warmUps >= 2 && agree(rounds.get(rounds.size() - 2), r, config.sides())) {
        converged = true;
        break;
      }
    }
    for (int m = 0; m < config.rounds(); m++) {
      rounds.add(round(sides, endpoint, variant, ++number, false, config));
    }
    return new Result(variant, warmUps, converged, rounds, config.n());
  }

  static boolean agree(Round a, Round b, List<Side> sides) {
    for (Side side : sides) {
      double ta = a.total(side);
      double tb = b.total(side);
      if (Math.abs(tb - ta) / ta > WARM_AGREEMENT) {
        return false;
      }
    }
    return true;
  }

  private static Round round(
      Sides sides, URI endpoint, Variant variant, int number, boolean warmUp, Config config) {
    Round round = Round.empty(number, warmUp, Machine.load());
    for (Side side : config.sides()) {
      String bucket = String.format(Locale.ROOT, "t-%s-%d-%s", variant.wire, number, side.letter);
      bucket = bucket.toLowerCase(Locale.ROOT);
      sides.open(side, endpoint, bucket, variant, config.n());
      Map<Op, Long> nanos = new EnumMap<>(Op.class);
      for (Op op : config.ops()) {
        if (System.getenv("BENCH_TRACE") != null) {
          System.err.println("  " + side.letter + " " + op.wire);
        }
        long t = sides.run(side, op);
        if (t >= 0) {
          nanos.put(op, t);
        }
      }
      sides.closeWorkload(side);
      round.nanos().put(side, nanos);
      System.err.printf(
          Locale.ROOT,
          "%s round %d%s %s: %.2f s%n",
          variant.wire,
          number,
          warmUp ? " (warm-up)" : "",
          side.letter,
          round.total(side) / 1e9);
    }
    return round;
  }
}
