package io.s3db.bench;

import io.s3db.testing.faults.S3Operation;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** How the request counts are shown: per record for single-record calls, per call otherwise. */
final class Requests {
  private Requests() {}

  /** What one count is divided by for {@code operation} ({@code connect} or an {@link Op}). */
  static int divisor(String operation, int n) {
    if (operation.equals("connect")) {
      return 1;
    }
    Op op = Op.ofWire(operation);
    return switch (op) {
      case COUNT, LIST, STREAM -> op.calls;
      case GET_MANY, INSERT_MANY, DELETE_MANY -> 1;
      default -> n;
    };
  }

  /** Whether {@link #divisor} gives requests per record (single-record calls) or per call. */
  static boolean perRecord(String operation) {
    if (operation.equals("connect")) {
      return false;
    }
    return switch (Op.ofWire(operation)) {
      case COUNT, LIST, STREAM, GET_MANY, INSERT_MANY, DELETE_MANY -> false;
      default -> true;
    };
  }

  /** What a row counts, for the table's first column. */
  static String per(String operation, int n) {
    if (operation.equals("connect")) {
      return "connect + create resource";
    }
    return switch (Op.ofWire(operation)) {
      case COUNT, LIST, STREAM -> operation + " (per call, " + n + " records)";
      case GET_MANY, INSERT_MANY, DELETE_MANY -> operation + " (per call of " + n + ")";
      default -> operation + " (per record)";
    };
  }

  /** E.g. {@code 1 HEAD + 1 PUT}, or {@code 0} when nothing was sent. */
  static String format(Map<S3Operation, Long> counts, int divisor) {
    StringJoiner joiner = new StringJoiner(" + ");
    counts.forEach(
        (operation, count) -> {
          if (count > 0) {
            joiner.add(number(count / (double) divisor) + " " + name(operation));
          }
        });
    return joiner.length() == 0 ? "0" : joiner.toString();
  }

  static long total(Map<S3Operation, Long> counts) {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }

  static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
  }

  static String name(S3Operation operation) {
    return switch (operation) {
      case PUT_OBJECT -> "PUT";
      case HEAD_OBJECT -> "HEAD";
      case GET_OBJECT -> "GET";
      case DELETE_OBJECT -> "DELETE";
      case DELETE_OBJECTS -> "DeleteObjects";
      case LIST_OBJECTS_V2 -> "LIST";
      case COPY_OBJECT -> "COPY";
      default -> operation.name();
    };
  }
}
