package io.s3db.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One side's implementation of the {@link Op}s over {@code n} records. Ids are fixed ({@code
 * r000001…}), so every side writes the same keys and values, and "missing" ids ({@code x…}) are
 * known to be absent. Every result is checked: a side that returned wrong data would be fast for
 * nothing.
 */
interface Workload extends AutoCloseable {

  /** Runs {@code op} once over the workload's records. */
  void run(Op op);

  @Override
  void close();

  static String id(int i) {
    return String.format(Locale.ROOT, "r%06d", i);
  }

  static String missingId(int i) {
    return String.format(Locale.ROOT, "x%06d", i);
  }

  /** Ids of {@link Op#INSERT_MANY} and {@link Op#DELETE_MANY}. */
  static String manyId(int i) {
    return String.format(Locale.ROOT, "m%06d", i);
  }

  /** Ids of {@link Op#UPSERT_NEW}. */
  static String newId(int i) {
    return String.format(Locale.ROOT, "u%06d", i);
  }

  /** A partition value with few distinct values, as a status is. */
  static String status(int i) {
    return switch (i % 3) {
      case 0 -> "NEW";
      case 1 -> "PAID";
      default -> "SHIPPED";
    };
  }

  static List<String> ids(int n, java.util.function.IntFunction<String> id) {
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ids.add(id.apply(i));
    }
    return ids;
  }

  static void check(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException("wrong result: " + what);
    }
  }
}
