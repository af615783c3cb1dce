package io.s3db.processor.model;

/**
 * The value types a record component can have, each with the s3db.js type it is declared as in
 * {@code s3db.json} and the encoding it gets (FORMAT.md §4.2).
 */
public enum FieldType {
  STRING("string"),
  BYTE("number"),
  SHORT("number"),
  INT("number"),
  LONG("number"),
  FLOAT("number"),
  DOUBLE("number"),
  BOOLEAN("boolean"),
  /**
   * {@code BigDecimal}: its exact text ({@code toString()}, which keeps the scale), as a string.
   * s3db.js's {@code number} would round it to a double and its {@code decimal:N} would fix the
   * scale; either breaks {@code equals}.
   */
  BIG_DECIMAL("string"),
  ENUM("string"),
  UUID("uuid"),
  INSTANT("datetime"),
  OFFSET_DATE_TIME("datetime"),
  LOCAL_DATE("dateonly"),
  /** {@code List} of scalars; its {@code element} says which. */
  LIST("array"),
  /** {@code Set} of scalars; its {@code element} says which. */
  SET("array"),
  /** {@code JsonNode} or {@code Map<String, ?>}: stored as JSON text. */
  JSON("json"),
  /**
   * {@code List} of records: stored as a JSON array of objects with the components' names, as
   * s3db.js stores an array of objects; its {@code element} is the record.
   */
  RECORD_LIST("json"),
  /** {@code Map<String, String>}: stored as JSON text, values checked to be strings on read. */
  STRING_MAP("json"),
  /** A nested record, flattened into dotted paths; it has no rule of its own. */
  RECORD("");

  private final String baseRule;

  FieldType(String baseRule) {
    this.baseRule = baseRule;
  }

  /** The s3db.js (fastest-validator) type of a value of this type, before constraints. */
  public String baseRule() {
    return baseRule;
  }

  public boolean isCollection() {
    return this == LIST || this == SET;
  }

  public boolean isIntegral() {
    return this == BYTE || this == SHORT || this == INT || this == LONG;
  }

  public boolean isNumber() {
    return isIntegral() || this == FLOAT || this == DOUBLE || this == BIG_DECIMAL;
  }

  public boolean isTemporal() {
    return this == INSTANT || this == OFFSET_DATE_TIME || this == LOCAL_DATE;
  }
}
