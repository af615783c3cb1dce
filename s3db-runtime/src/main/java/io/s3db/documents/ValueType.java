package io.s3db.documents;

/**
 * How an attribute's values are stored and how they appear in a document, from its s3db.js rule.
 */
public enum ValueType {
  /** Text: {@code string}, {@code email}, {@code url} and other text rules. A JSON string. */
  STRING,
  /** {@code number|integer}: a JSON integer. */
  INTEGER,
  /** {@code number}: a JSON number. */
  NUMBER,
  /** {@code boolean}: a JSON boolean. */
  BOOLEAN,
  /** {@code uuid}: its canonical lower-case text. */
  UUID,
  /** {@code datetime} (and timestamps): ISO-8601 text at UTC with milliseconds. */
  DATETIME,
  /** {@code dateonly}: {@code YYYY-MM-DD}. */
  DATEONLY,
  /** {@code json}: any JSON value. */
  JSON,
  /** {@code secret}: the decrypted text. */
  SECRET,
  /** {@code array|items:string}: an array of strings. */
  STRING_ARRAY,
  /** {@code array|items:number|integer:true}: an array of integers. */
  INTEGER_ARRAY,
  /** {@code array|items:number}: an array of numbers. */
  NUMBER_ARRAY,
  /** {@code array|items:boolean}: an array of booleans. */
  BOOLEAN_ARRAY,
  /**
   * A rule whose stored form this library does not decode ({@code ip4}, {@code embedding:…}, {@code
   * money}, …): the stored text as a string, and the resource is read-only.
   */
  UNSUPPORTED
}
