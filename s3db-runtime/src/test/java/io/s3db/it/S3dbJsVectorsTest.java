package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.internal.format.DefinitionHash;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The slice against what s3db.js 21.6.2 really wrote
 * (src/test/resources/vectors/s3dbjs-vectors-21.6.2.json, FORMAT.md §13.1): its objects decode to
 * its inputs, and the same records written by Java are byte-for-byte its objects.
 */
@ExtendWith(S3ServerExtension.class)
class S3dbJsVectorsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The fields of the vector resource that VectorUser declares; the rest are later issues' types.
   */
  private static final Set<String> DECLARED =
      Set.of(
          "name",
          "email",
          "age",
          "score",
          "balance",
          "active",
          "profile.bio",
          "profile.city",
          "region",
          "profile");

  private static JsonNode vectors;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        S3dbJsVectorsTest.class.getResourceAsStream("/vectors/s3dbjs-vectors-21.6.2.json")) {
      vectors = JSON.readTree(in);
    }
  }

  /**
   * Seeds the bucket with s3db.js's catalog and objects, the resource renamed to {@code
   * vectorUsers}.
   */
  private static void seed(S3Client s3, String bucket, String prefix, boolean withObjects)
      throws IOException {
    for (JsonNode object : vectors.path("s3").path("objectsAfterInsert")) {
      String key = object.path("key").asText();
      if (key.endsWith("s3db.json")) {
        ObjectNode catalog = (ObjectNode) JSON.readTree(object.path("body").asText());
        ObjectNode resources = (ObjectNode) catalog.path("resources");
        resources.set("vectorUsers", resources.remove("users"));
        s3.putObject(
            b -> b.bucket(bucket).key(prefix + "/s3db.json").contentType("application/json"),
            RequestBody.fromString(JSON.writeValueAsString(catalog)));
      } else if (withObjects) {
        Map<String, String> metadata = new HashMap<>();
        object
            .path("metadata")
            .fields()
            .forEachRemaining(e -> metadata.put(e.getKey(), e.getValue().asText()));
        String renamed =
            prefix
                + key.substring("vectors".length())
                    .replace("resource=users/", "resource=vectorUsers/");
        s3.putObject(b -> b.bucket(bucket).key(renamed).metadata(metadata), RequestBody.empty());
      }
    }
  }

  @Test
  void readsWhatS3dbJsWrote(TestBucket bucket) throws IOException {
    String prefix = "read-" + System.nanoTime();
    seed(bucket.client(), bucket.name(), prefix, true);
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      VectorUserDao users = VectorUserDao.of(db);
      assertEquals(3, users.count());
      Iterator<JsonNode> inputs = vectors.path("inputRecords").iterator();
      for (VectorUser user : users.list()) {
        JsonNode input = inputs.next();
        assertEquals(input.path("id").asText(), user.id());
        assertEquals(input.path("name").asText(), user.name());
        assertEquals(input.path("email").asText(), user.email());
        assertEquals(input.path("age").asInt(), user.age());
        assertEquals(input.path("score").asDouble(), user.score());
        assertEquals(input.path("balance").asDouble(), user.balance());
        assertEquals(input.path("active").asBoolean(), user.active());
        assertEquals(input.path("region").asText(), user.region());
        assertEquals(input.path("profile").path("city").asText(), user.profile().city());
        JsonNode bio = input.path("profile").path("bio");
        assertEquals(bio.isMissingNode() ? null : bio.asText(), user.profile().bio());
      }
      // s3db.js's partition references
      assertEquals(
          List.of("user-2", "user-3"), users.listIds(VectorUserPartitions.byRegion("eu-west")));
      assertEquals(
          List.of("user-1"),
          users.list(VectorUserPartitions.byRegion("us-east")).stream()
              .map(VectorUser::id)
              .toList());
    }
  }

  @Test
  void writesWhatS3dbJsWrote(TestBucket bucket) throws IOException {
    String prefix = "write-" + System.nanoTime();
    seed(bucket.client(), bucket.name(), prefix, false);
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      VectorUserDao users = VectorUserDao.of(db);
      for (JsonNode input : vectors.path("inputRecords")) {
        JsonNode bio = input.path("profile").path("bio");
        users.insert(
            new VectorUser(
                input.path("id").asText(),
                input.path("region").asText(),
                input.path("name").asText(),
                input.path("email").asText(),
                input.path("age").asInt(),
                input.path("score").asDouble(),
                input.path("balance").asDouble(),
                input.path("active").asBoolean(),
                new VectorUser.Profile(
                    bio.isMissingNode() ? null : bio.asText(),
                    input.path("profile").path("city").asText())));
      }
    }
    // same partitions as s3db.js declared: the catalog keeps its version
    JsonNode catalog = StoredObjects.catalog(bucket, prefix);
    assertEquals(
        "v1", catalog.path("resources").path("vectorUsers").path("currentVersion").asText());
    Map<String, String> keyOf = new HashMap<>();
    vectors
        .path("schemaMap")
        .fields()
        .forEachRemaining(e -> keyOf.put(e.getValue().asText(), e.getKey()));
    for (JsonNode object : vectors.path("s3").path("objectsAfterInsert")) {
      String key = object.path("key").asText();
      String javaKey =
          prefix
              + key.substring("vectors".length())
                  .replace("resource=users/", "resource=vectorUsers/");
      if (key.contains("/partition=")) {
        var ref = bucket.client().headObject(b -> b.bucket(bucket.name()).key(javaKey));
        assertEquals(Map.of("_v", "v1"), ref.metadata(), key);
        assertEquals(0L, ref.contentLength());
        continue;
      }
      if (!key.contains("/data/")) {
        continue;
      }
      Map<String, String> expected = new HashMap<>();
      object
          .path("metadata")
          .fields()
          .forEachRemaining(
              e -> {
                String path = keyOf.get(e.getKey());
                if (e.getKey().equals("_v") || DECLARED.contains(path)) {
                  expected.put(e.getKey(), e.getValue().asText());
                }
              });
      var head = bucket.client().headObject(b -> b.bucket(bucket.name()).key(javaKey));
      assertEquals(expected, head.metadata(), key);
      assertEquals(0L, head.contentLength());
    }
  }

  @Test
  void aFreshCatalogIsTheS3dbJsFormat(TestBucket bucket) throws IOException {
    String prefix = "catalog-" + System.nanoTime();
    try (S3db db = S3db.connect(bucket.uri(prefix))) {
      GaugeDao.of(db);
      UserDao.of(db);
    }
    var response =
        bucket.client().getObjectAsBytes(b -> b.bucket(bucket.name()).key(prefix + "/s3db.json"));
    // the media type is s3db.js's; the parameter after it names the write (lost replies,
    // docs/FORMAT.md §2.5)
    assertEquals("application/json", response.response().contentType().split(";")[0]);
    String body = response.asString(StandardCharsets.UTF_8);
    assertTrue(body.startsWith("{\n  \"version\": \"1\",\n"), body);
    JsonNode catalog = JSON.readTree(body);
    JsonNode gauges = catalog.path("resources").path("gauges");
    assertEquals("v1", gauges.path("currentVersion").asText());
    JsonNode v1 = gauges.path("versions").path("v1");
    // FORMAT.md §2.3: s3db.js's hash of {name:'string', age:'number'} with no partitions
    assertEquals(
        "sha256:f7b63ed7385c419850796c8b5a70216b34f1213bc00b0e09eb569bedbc15c612",
        v1.path("hash").asText());
    assertEquals("{\"name\":\"string\",\"age\":\"number\"}", v1.path("attributes").toString());
    assertEquals("user-managed", v1.path("behavior").asText());
    assertEquals(10, v1.path("idSize").asInt());
    assertEquals(
        "{\"nextIndex\":2,\"mapping\":{\"name\":0,\"age\":1},\"burned\":[]}",
        gauges.path("schemaRegistry").toString());
    JsonNode users = catalog.path("resources").path("users");
    JsonNode attributes = users.path("versions").path("v1").path("attributes");
    assertEquals(
        "{\"bio\":\"string|optional\",\"city\":\"string\"}", attributes.path("profile").toString());
    assertEquals(
        DefinitionHash.of(attributes, "user-managed", JSON.createObjectNode()),
        users.path("versions").path("v1").path("hash").asText());
    assertEquals(14, users.path("schemaRegistry").path("mapping").path("profile").asInt());
    assertFalse(users.path("schemaRegistry").path("mapping").has("id"));
    assertEquals(
        List.of(
            "currentVersion",
            "partitions",
            "createdBy",
            "versions",
            "schemaRegistry",
            "pluginSchemaRegistry"),
        fieldNames(users));
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
