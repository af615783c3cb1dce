package io.s3db.bench;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * The side-by-side workload's record: 7 fields (strings, one non-ASCII; int, long, double,
 * boolean), the shape the s3db.js driver declares as {@code bench-node.mjs}'s {@code ATTRIBUTES}.
 * Not paranoid, so {@code deleteMany} runs without ceremony.
 */
@S3Resource(name = "items", paranoid = false)
public record Item(
    @Nullable String id,
    String name,
    String city,
    String status,
    int quantity,
    long counter,
    double price,
    boolean active) {

  /** Record {@code i} of a workload: deterministic, so every side writes the same values. */
  static Item of(String id, int i) {
    return new Item(
        id,
        "item-" + i,
        i % 3 == 0 ? "São Paulo" : "Lisboa",
        Workload.status(i),
        i,
        0,
        19.9 + i,
        i % 2 == 0);
  }

  Item withCounter(long value) {
    return new Item(id, name, city, status, quantity, value, price, active);
  }
}
