package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record of a shared resource, and what each library must read back once it is stored. By
 * default both read exactly the record; where s3db.js 21.6.2 itself is lossy (it trims strings on
 * write, parses JSON-looking strings on read, holds numbers as doubles) the case says so field by
 * field, with the reason, so the known differences are explicit expectations rather than holes in
 * the comparison.
 *
 * @param <T> the Java record type
 */
final class Case<T> {
  private final String id;
  private final T record;
  private final ObjectNode javaReads;
  private final ObjectNode nodeReads;
  private final Map<String, String> why = new LinkedHashMap<>();

  private Case(String id, T record) {
    this.id = id;
    this.record = record;
    this.javaReads = Trees.of(record);
    this.nodeReads = javaReads.deepCopy();
  }

  static <T> Case<T> of(Shared<T> resource, T record) {
    return new Case<>(resource.id(record), record);
  }

  /** s3db.js stores {@code path} as {@code value} (e.g. trimmed), so both libraries read that. */
  Case<T> storedAs(String path, @Nullable Object value, String why) {
    Trees.set(javaReads, path, value);
    Trees.set(nodeReads, path, value);
    this.why.put(path, why);
    return this;
  }

  /** s3db.js reads {@code path} back as {@code value}, while Java reads what was written. */
  Case<T> nodeReads(String path, @Nullable Object value, String why) {
    Trees.set(nodeReads, path, value);
    this.why.put(path, why);
    return this;
  }

  String id() {
    return id;
  }

  /** What the writer stores. */
  T record() {
    return record;
  }

  /** The record as s3db.js takes it: JSON, absent values left out. */
  ObjectNode input() {
    return Trees.of(record);
  }

  JsonNode javaReads() {
    return javaReads;
  }

  JsonNode nodeReads() {
    return nodeReads;
  }

  /** Why a field's expectation differs from the record, by path: quoted in mismatch reports. */
  Map<String, String> why() {
    return why;
  }

  @Override
  public String toString() {
    return id;
  }
}
