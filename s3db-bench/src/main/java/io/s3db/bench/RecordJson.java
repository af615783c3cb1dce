package io.s3db.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.jspecify.annotations.Nullable;

/**
 * The codec benchmarks' records as JSON: what s3db.js is given (ISO dates, absent fields left out)
 * and what the largest record's size is counted on.
 */
final class RecordJson {
  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setDefaultPropertyInclusion(
              JsonInclude.Value.construct(
                  JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL));

  private RecordJson() {}

  /** The record's fields; the id is the object's key, not in its metadata. */
  static ObjectNode withoutId(@Nullable Object record) {
    ObjectNode json = JSON.valueToTree(record);
    json.remove("id");
    return json;
  }
}
