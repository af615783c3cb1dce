package io.s3db.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.events.VersionUpdatedEvent;
import io.s3db.it.StoredObjects;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Records s3db.js 6.0.0 wrote (positional keys, decimal numbers, {@code []} arrays, no registry)
 * read through the version they were written under, and rewritten in the current format on update.
 */
@ExtendWith(S3ServerExtension.class)
class LegacyReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsS3dbJs600RecordsAndUpgradesThemOnUpdate(TestBucket bucket) throws Exception {
    JsonNode vectors;
    try (InputStream in = getClass().getResourceAsStream("/vectors/s3dbjs-vectors-6.0.0.json")) {
      vectors = JSON.readTree(in);
    }
    String prefix = "legacy-" + System.nanoTime();
    for (JsonNode object : vectors.path("objectsAfterInsert")) {
      String key =
          object
              .path("key")
              .asText()
              .replaceFirst("^vectors6", prefix)
              .replace("resource=users/", "resource=legacyUsers/");
      if (key.endsWith("s3db.json")) {
        ObjectNode catalog = (ObjectNode) JSON.readTree(object.path("body").asText());
        ObjectNode resources = (ObjectNode) catalog.path("resources");
        resources.set("legacyUsers", resources.remove("users"));
        bucket
            .client()
            .putObject(
                b -> b.bucket(bucket.name()).key(key), RequestBody.fromString(catalog.toString()));
      } else if (key.contains("/data/")) {
        Map<String, String> metadata = new HashMap<>();
        // 6.0.0 sent Latin-1 raw; AWS hands such values back as RFC 2047 encoded words
        object
            .path("metadata")
            .fields()
            .forEachRemaining(e -> metadata.put(e.getKey(), rfc2047(e.getValue().asText())));
        bucket
            .client()
            .putObject(
                b -> b.bucket(bucket.name()).key(key).metadata(metadata), RequestBody.empty());
      }
    }
    List<VersionUpdatedEvent> events = new ArrayList<>();
    try (S3db db =
        S3db.builder()
            .uri(bucket.uri(prefix))
            .passphrase("my-fixed-passphrase")
            .listener(
                new io.s3db.events.S3dbListener() {
                  @Override
                  public void versionUpdated(VersionUpdatedEvent event) {
                    events.add(event);
                  }
                })
            .build()) {
      LegacyUserDao users = LegacyUserDao.of(db);
      List<LegacyUser> read = users.list();
      assertEquals(3, read.size());
      int i = 0;
      for (JsonNode input : vectors.path("inputRecords")) {
        LegacyUser user = read.get(i++);
        assertEquals(input.path("name").asText(), user.name());
        assertEquals(input.path("age").asInt(), user.age());
        assertEquals(input.path("score").asDouble(), user.score());
        assertEquals(input.path("balance").asDouble(), user.balance());
        assertEquals(input.path("active").asBoolean(), user.active());
        assertEquals(input.path("joinedAt").asText(), user.joinedAt());
        List<String> tags = new ArrayList<>();
        input.path("tags").forEach(t -> tags.add(t.asText()));
        assertEquals(tags, user.tags());
        assertEquals(input.path("profile").path("city").asText(), user.profile().city());
        JsonNode bio = input.path("profile").path("bio");
        assertEquals(bio.isMissingNode() ? null : bio.asText(), user.profile().bio());
        assertEquals(input.path("password").asText(), user.password());
        assertEquals(input.path("region").asText(), user.region());
      }
      assertEquals(List.of(new VersionUpdatedEvent("legacyUsers", "v0", "v1")), events);

      LegacyUser updated =
          users.update(
              "user-2",
              u ->
                  new LegacyUser(
                      u.id(),
                      u.name(),
                      u.email(),
                      u.age() + 1,
                      u.score(),
                      u.balance(),
                      u.active(),
                      u.joinedAt(),
                      List.of("new"),
                      u.profile(),
                      u.password(),
                      u.region()));
      Map<String, String> metadata =
          bucket
              .client()
              .headObject(
                  b -> b.bucket(bucket.name()).key(prefix + "/resource=legacyUsers/data/id=user-2"))
              .metadata();
      assertEquals("v1", metadata.get("_v"), "rewritten in the current version");
      assertEquals("8", metadata.get("2"), "base62 now");
      assertEquals(updated, users.get("user-2"));
      assertEquals(
          "34",
          bucket
              .client()
              .headObject(
                  b -> b.bucket(bucket.name()).key(prefix + "/resource=legacyUsers/data/id=user-1"))
              .metadata()
              .get("2"),
          "others stay as they were");
    }
    JsonNode catalog = StoredObjects.catalog(bucket, prefix).path("resources").path("legacyUsers");
    assertEquals("v1", catalog.path("currentVersion").asText());
    assertTrue(catalog.path("versions").has("v0"), "the 6.0.0 version is kept");
    assertEquals(
        11,
        catalog.path("schemaRegistry").path("mapping").path("region").asInt(),
        "positional keys kept");
  }

  private static String rfc2047(String value) {
    return value.chars().allMatch(c -> c < 0x80)
        ? value
        : "=?UTF-8?B?"
            + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8))
            + "?=";
  }
}
