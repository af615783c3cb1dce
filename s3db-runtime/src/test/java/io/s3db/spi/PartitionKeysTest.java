package io.s3db.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.PartitionKey;
import io.s3db.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values are rendered as JavaScript's String() renders them into s3db.js keys (FORMAT.md §6). */
class PartitionKeysTest {

  @Test
  void rendersValuesAsJavaScriptStringDoes() {
    PartitionKey<Object> key = PartitionKeys.builder("r", "p")
        .add("s", "São Paulo").add("i", 34L).add("n", -7).add("d", 0.1).add("e", 1e21).add("f", 5.0).add("t", true)
        .add("x", 1e-7).build();
    assertEquals(Map.of("s", "São Paulo", "i", "34", "n", "-7", "d", "0.1", "e", "1e+21", "f", "5", "t", "true",
        "x", "1e-7"), key.values());
    assertEquals("[d, e, f, i, n, s, t, x]", key.values().keySet().toString());
    assertEquals("p{d=0.1, e=1e+21, f=5, i=34, n=-7, s=São Paulo, t=true, x=1e-7}", key.toString());
  }

  @Test
  void refusesValuesThatWouldChangeTheKey_namingEveryProblem() {
    ValidationException e = assertThrows(ValidationException.class, () -> PartitionKeys.builder("r", "p")
        .add("a", "x/y").add("b", (String) null).add("c", Double.NaN).add("d", "ok").build());
    assertEquals("r", e.resource());
    assertEquals(3, e.violations().size());
    assertTrue(e.violations().get(0).message().contains("'/'"), e.getMessage());
  }

  @Test
  void keysAreValues() {
    assertEquals(PartitionKeys.builder("r", "p").add("a", "1").build(), PartitionKeys.builder("r", "p").add("a", 1).build());
    assertEquals(PartitionKey.all(), PartitionKey.all());
    assertTrue(PartitionKey.all().isAll());
    assertEquals("all", PartitionKey.all().toString());
  }
}
