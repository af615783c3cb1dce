package io.s3db.bench;

import java.util.List;

/**
 * One operation of the workload, as every side (s3db.js, this library, the raw SDK) runs it over
 * its {@code n} records. The wire name is what the coordinator sends to a worker process; the Node
 * driver knows the same names.
 */
enum Op {
  /** {@code n} single inserts with given ids, 10 at a time. */
  INSERT("insert", Unit.RECORDS, 1),
  /** {@code n} gets of existing ids. */
  GET("get", Unit.RECORDS, 1),
  /** {@code n} gets of ids that do not exist (find / getOrNull / HEAD → 404). */
  GET_MISSING("getMissing", Unit.RECORDS, 1),
  /** {@code n} updates: read, counter + 1, write back. */
  UPDATE("update", Unit.RECORDS, 1),
  /** {@code n} upserts over existing records (same partition values). */
  UPSERT("upsert", Unit.RECORDS, 1),
  /** {@code n} upserts of new ids (counted only, not timed). */
  UPSERT_NEW("upsertNew", Unit.RECORDS, 1),
  /** 10 calls of {@code count()} over all {@code n} records. */
  COUNT("count", Unit.CALLS, 10),
  /** 3 calls of {@code list()} of all {@code n} records. */
  LIST("list", Unit.RECORDS, 3),
  /** 3 streams of all {@code n} records, consumed one by one. */
  STREAM("stream", Unit.RECORDS, 3),
  /** 1 {@code getMany} of all {@code n} ids. */
  GET_MANY("getMany", Unit.RECORDS, 1),
  /** 1 {@code insertMany} of {@code n} new records (ids {@code m…}). */
  INSERT_MANY("insertMany", Unit.RECORDS, 1),
  /** 1 {@code deleteMany} of the {@code n} records {@link #INSERT_MANY} wrote. */
  DELETE_MANY("deleteMany", Unit.RECORDS, 1),
  /** {@code n} single deletes of existing ids. */
  DELETE("delete", Unit.RECORDS, 1),
  /** {@code n} deletes of ids that do not exist (counted only). */
  DELETE_MISSING("deleteMissing", Unit.RECORDS, 1);

  /** What a rate counts: records handled per second, or calls per second ({@code count}). */
  enum Unit {
    RECORDS("records/s"),
    CALLS("calls/s");

    final String label;

    Unit(String label) {
      this.label = label;
    }
  }

  final String wire;
  final Unit unit;

  /** How many calls one run makes ({@code count}, {@code list}, {@code stream} repeat). */
  final int calls;

  Op(String wire, Unit unit, int calls) {
    this.wire = wire;
    this.unit = unit;
    this.calls = calls;
  }

  /**
   * The timed sequence of a round. Order matters: each operation leaves the records the next one
   * needs, and the round ends with none left.
   */
  static final List<Op> TIMED =
      List.of(
          INSERT,
          GET,
          GET_MISSING,
          UPDATE,
          UPSERT,
          COUNT,
          LIST,
          STREAM,
          GET_MANY,
          INSERT_MANY,
          DELETE_MANY,
          DELETE);

  /**
   * The counted sequence: the timed one plus the cases that differ only in what they send ({@code
   * upsertNew} last: it leaves records the checks of count and list would not expect).
   */
  static final List<Op> COUNTED =
      List.of(
          INSERT,
          GET,
          GET_MISSING,
          UPDATE,
          UPSERT,
          COUNT,
          LIST,
          STREAM,
          GET_MANY,
          INSERT_MANY,
          DELETE_MANY,
          DELETE,
          DELETE_MISSING,
          UPSERT_NEW);

  /** Records (or calls) one run handles, for a rate. */
  long items(int n) {
    return unit == Unit.CALLS ? calls : (long) n * calls;
  }

  static Op ofWire(String name) {
    for (Op op : values()) {
      if (op.wire.equals(name)) {
        return op;
      }
    }
    throw new IllegalArgumentException("unknown operation " + name);
  }
}
