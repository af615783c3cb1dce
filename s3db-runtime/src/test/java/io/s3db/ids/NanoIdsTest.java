package io.s3db.ids;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NanoIdsTest {

  @Test
  void idsHaveTheSizeAndS3dbJsAlphabet() {
    assertEquals(22, new NanoIds().newId("r").length());
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 2_000; i++) {
      String id = new NanoIds(5).newId(i);
      assertTrue(id.matches("[A-Za-z0-9_-]{5}"), id);
      id.chars().forEach(c -> seen.add((char) c));
    }
    assertEquals(64, seen.size(), "every character of the URL alphabet shows up");
    assertEquals(40, NanoIds.generate(40).length());
  }

  @Test
  void aSizeBelowOneIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NanoIds(0));
    assertEquals("nanoid size must be at least 1, not 0", e.getMessage());
  }

  @Test
  void uuidV4IdsAreRandomUuids() {
    UUID uuid = UUID.fromString(new UuidV4Ids().newId(new Object()));
    assertEquals(4, uuid.version());
    assertEquals(2, uuid.variant());
  }
}
