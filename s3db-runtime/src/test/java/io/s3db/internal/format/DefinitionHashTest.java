package io.s3db.internal.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class DefinitionHashTest {

  /** FORMAT.md §2.3: {name:'string', age:'number'}, default behavior, no partitions. */
  @Test
  void smallVector() {
    ObjectNode attributes =
        JsonNodeFactory.instance.objectNode().put("name", "string").put("age", "number");
    assertEquals(
        "sha256:f7b63ed7385c419850796c8b5a70216b34f1213bc00b0e09eb569bedbc15c612",
        DefinitionHash.of(attributes, "user-managed", JsonNodeFactory.instance.objectNode()));
    assertEquals(
        "sha256:3bb5270100331e34686311f725e9da8b1cf653ec216d91ce763af90e096092fd",
        DefinitionHash.legacyOf(attributes, "user-management"));
  }

  /** The users resource of the 21.6.2 vectors, taken from the catalog s3db.js wrote. */
  @Test
  void fullVector21() throws JsonProcessingException {
    JsonNode v = Vectors.v21();
    JsonNode catalogObjects = v.get("s3").get("objectsAfterInsert");
    JsonNode catalog =
        Vectors.JSON.readTree(catalogObjects.get(catalogObjects.size() - 1).get("body").asText());
    JsonNode version = catalog.get("resources").get("users").get("versions").get("v1");
    String expected = v.get("definitionHash").get("sha256").asText();
    assertEquals(
        "sha256:48e01748ca0bec52b6e41b774ef8a26c813bd6be108f30b0d37610700418e5e3", expected);
    assertEquals(expected, version.get("hash").asText());
    assertEquals(
        expected,
        DefinitionHash.of(
            version.get("attributes"),
            version.get("behavior").asText(),
            version.get("partitions")));
    assertEquals(
        v.get("definitionHash").get("stableStringInput").asText(),
        JsJson.stableStringify(
            JsonNodeFactory.instance
                .objectNode()
                .<ObjectNode>set("attributes", version.get("attributes"))
                .put("behavior", "user-managed")
                .set("partitions", version.get("partitions"))));
  }

  @Test
  void fullVector6() throws JsonProcessingException {
    JsonNode v = Vectors.json("s3dbjs-vectors-6.0.0.json");
    JsonNode objects = v.get("objectsAfterInsert");
    JsonNode catalog = Vectors.JSON.readTree(objects.get(objects.size() - 1).get("body").asText());
    JsonNode version = catalog.get("resources").get("users").get("versions").get("v0");
    String expected = v.get("definitionHash").get("sha256").asText();
    assertEquals(expected, version.get("hash").asText());
    assertEquals(
        expected,
        DefinitionHash.legacyOf(version.get("attributes"), version.get("behavior").asText()));
  }
}
