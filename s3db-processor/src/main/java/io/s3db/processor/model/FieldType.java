package io.s3db.processor.model;

/**
 * The value types a record component can have, each with the s3db.js rule it is declared as in
 * {@code s3db.json} and the encoding it gets (FORMAT.md §4.2).
 */
public enum FieldType {
  STRING("string"),
  INT("number|integer"),
  LONG("number|integer"),
  DOUBLE("number"),
  BOOLEAN("boolean"),
  /** A nested record, flattened into dotted paths; it has no rule of its own. */
  RECORD("");

  private final String rule;

  FieldType(String rule) {
    this.rule = rule;
  }

  /** The s3db.js (fastest-validator) rule of a required value of this type. */
  public String rule() {
    return rule;
  }
}
