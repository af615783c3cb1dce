package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Base36Test {

  @Test
  void attributeKeyVectorsFromS3dbJs() {
    JsonNode vectors = Vectors.v21().get("base36AttributeKeys");
    assertTrue(vectors.size() >= 9);
    for (JsonNode v : vectors) {
      int index = v.get("index").asInt();
      String key = v.get("key").asText();
      assertEquals(key, Base36.of(index));
      assertEquals(index, Base36.parse(key));
    }
  }

  /** The users resource's map in both vector files (FORMAT.md §4.1, §13.1). */
  @Test
  void schemaMapOfTheVectorResource() {
    JsonNode map = Vectors.v21().get("schemaMap");
    int i = 0;
    for (JsonNode key : map) {
      assertEquals(key.asText(), Base36.of(i++));
    }
    assertEquals(14, i);
  }

  @Property
  void roundTrips(@ForAll @IntRange(min = 0) int index) {
    String key = Base36.of(index);
    assertTrue(key.matches("[0-9a-z]+"), key);
    assertEquals(index, Base36.parse(key));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "A", "-1", "+1", "1.0", " 1", "zzzzzzzzz", "_"})
  void rejectsNonKeys(String key) {
    assertThrows(IllegalArgumentException.class, () -> Base36.parse(key));
  }

  @Test
  void rejectsNegativeIndex() {
    assertThrows(IllegalArgumentException.class, () -> Base36.of(-1));
  }
}
