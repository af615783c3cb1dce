package io.s3db.bench;

/** The three ways the workload runs, in the order each round runs them. */
enum Side {
  NODE("A", "s3db.js 21.6.2 (Node)"),
  LIB("B", "s3db (this library)"),
  RAW("C", "raw AWS SDK");

  final String letter;
  final String label;

  Side(String letter, String label) {
    this.letter = letter;
    this.label = label;
  }
}
