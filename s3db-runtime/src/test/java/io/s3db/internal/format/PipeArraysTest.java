package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PipeArraysTest {

  /** user-1's tags in the 21.6.2 vectors (FORMAT.md §4.2 note (A), §13.1). */
  @Test
  void vectorTags() {
    List<String> tags = List.of("admin", "dev|ops", "back\\slash");
    String stored = "admin|dev\\|ops|back\\\\slash";
    assertEquals(stored, PipeArrays.join(tags));
    assertEquals(tags, PipeArrays.split(stored));
    String fromS3 =
        Vectors.v21().get("s3").get("objectsAfterInsert").get(0).get("metadata").get("8").asText();
    assertEquals(stored, fromS3);
  }

  @Test
  void emptyAndSingleEmptyCollide() {
    assertEquals("", PipeArrays.join(List.of()));
    assertEquals("", PipeArrays.join(List.of("")));
    assertEquals(List.of(), PipeArrays.split(""));
  }

  @Test
  void decodingEdgeCases() {
    assertEquals(List.of("a", ""), PipeArrays.split("a|"));
    assertEquals(List.of("", "b"), PipeArrays.split("|b"));
    assertEquals(List.of("", ""), PipeArrays.split("|"));
    assertEquals(List.of("ab"), PipeArrays.split("a\\b"), "21.x: backslash escapes any character");
    assertEquals(List.of("a\\"), PipeArrays.split("a\\"), "a trailing lone backslash stays");
    assertEquals(List.of("x"), PipeArrays.split("x"));
    assertEquals(List.of("[]"), PipeArrays.split("[]"));
  }

  @Property
  void roundTrips(@ForAll("lists") List<String> items) {
    Assume.that(!items.equals(List.of("")));
    assertEquals(items, PipeArrays.split(PipeArrays.join(items)));
  }

  @Provide
  Arbitrary<List<String>> lists() {
    Arbitrary<String> item =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("|\\ab").ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(10));
    return item.list().ofMaxSize(6);
  }
}
