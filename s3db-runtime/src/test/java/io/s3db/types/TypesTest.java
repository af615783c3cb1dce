package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.internal.crypto.Passwords;
import io.s3db.it.StoredObjects;
import io.s3db.it.TestDatabases;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.types.Everything.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every supported type through a real S3 server, stored as s3db.js 21.6.2 stores it (FORMAT.md
 * §4.2).
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
@TestDatabases.Passphrase("my-fixed-passphrase")
class TypesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestBucket bucket;
  private final String prefix;
  private final S3db db;
  private final EverythingDao dao;

  TypesTest(TestBucket bucket, S3db db) {
    this.bucket = bucket;
    this.db = db;
    this.prefix = db.keyPrefix();
    this.dao = EverythingDao.of(db);
  }

  static Everything full(String id) throws Exception {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("a", 1);
    attributes.put("b", List.of(1, 2));
    attributes.put("nested", Map.of("x", "ünï"));
    attributes.put("none", null);
    attributes.put("big", 12345678901L);
    attributes.put("pi", 3.14159);
    return new Everything(
        id,
        (byte) -7,
        (short) 30000,
        0.1f,
        (byte) 127,
        (short) -32768,
        -1.5e-7f,
        new BigDecimal("19.90"),
        Status.B,
        Status.A,
        UUID.fromString("550e8400-e29b-41d4-a716-446655440000"),
        Instant.parse("2024-03-01T12:34:56.789Z"),
        OffsetDateTime.parse("1969-07-20T20:17:40Z"),
        LocalDate.parse("1990-05-17"),
        List.of("admin", "dev|ops", "back\\slash"),
        Set.of(Status.C),
        List.of(1, 62, -3, 1000000),
        List.of(Long.MAX_VALUE, Long.MIN_VALUE + 1),
        List.of(1.0, 2.5, -3.0),
        List.of(0.1f, 1e10f),
        List.of(true, false),
        List.of(UUID.fromString("00000000-0000-0000-0000-000000000000")),
        List.of(new BigDecimal("1E+3"), new BigDecimal("-0.001")),
        List.of(),
        attributes,
        Map.of("k", "v|w"),
        JSON.readTree("{\"a\":1,\"b\":[1,2]}"),
        UUID.randomUUID(),
        Instant.ofEpochMilli(-1),
        LocalDate.of(2001, 12, 31),
        "p@ss-1",
        "Ołą 🔑",
        "closed",
        7,
        Status.C);
  }

  @Test
  void everyTypeRoundTrips() throws Exception {
    Everything stored = dao.insert(full("full"));
    assertEquals(stored, dao.get("full"));
  }

  @Test
  void absentOptionalsReadBackAsNullAndDefaultsApply() throws Exception {
    Everything full = full("sparse");
    Everything sparse =
        new Everything(
            "sparse",
            (byte) 0,
            (short) 0,
            0f,
            null,
            null,
            null,
            BigDecimal.ZERO,
            Status.A,
            null,
            full.ref(),
            full.at(),
            full.when(),
            full.day(),
            List.of(),
            Set.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            null,
            Map.of(),
            Map.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    Everything stored = dao.insert(sparse);
    assertEquals("open", stored.state());
    assertEquals(3, stored.priority());
    assertEquals(Status.B, stored.fallback());
    assertNotNull(stored.password());
    assertEquals(Passwords.DEFAULT_LENGTH, stored.password().length());
    assertNull(stored.apiKey());
    Everything read = dao.get("sparse");
    assertEquals(stored, read);
    assertNull(read.maybeTags());
    assertEquals(List.of(), read.tags());
  }

  /**
   * The stored values are what s3db.js 21.6.2 writes for the same values (FORMAT.md §4.2, §13.3).
   */
  @Test
  void storesTheS3dbJsEncodings() throws Exception {
    dao.insert(full("enc"));
    Map<String, String> metadata =
        bucket
            .client()
            .headObject(
                b -> b.bucket(bucket.name()).key(prefix + "/resource=everything/data/id=enc"))
            .metadata();
    Map<String, String> byPath = new LinkedHashMap<>();
    List<String> paths = EverythingCodec.ATTRIBUTES.stream().map(a -> a.path()).toList();
    for (int i = 0; i < paths.size(); i++) {
      byPath.put(paths.get(i), metadata.get(Integer.toString(i, 36)));
    }
    assertEquals("-7", byPath.get("tiny"));
    assertEquals("0.1", byPath.get("ratio"));
    assertEquals("-1.5e-7", byPath.get("maybeRatio"));
    assertEquals("19.90", byPath.get("price"));
    assertEquals("B", byPath.get("status"));
    assertEquals("1yzBHq49i4y833Iawe1yOjy8", byPath.get("ref"));
    assertEquals("u5LXUbj", byPath.get("at"));
    assertEquals("1W1", byPath.get("day"));
    assertEquals("admin|dev\\|ops|back\\\\slash", byPath.get("tags"));
    assertEquals("1|10|-3|4c92", byPath.get("counts"));
    assertEquals("1|2.5|-3", byPath.get("weights"));
    assertEquals("[true,false]", byPath.get("switches"));
    assertEquals("{\"a\":1,\"b\":[1,2]}", byPath.get("doc"));
    assertEquals("", byPath.get("maybeTags"));
    assertEquals("{\"k\":\"v|w\"}", byPath.get("labels"));
    assertEquals("1E+3|-0.001", byPath.get("amounts"));
    assertTrue(byPath.get("password").matches("[A-Za-z0-9+/=]{68}"), byPath.get("password"));
  }

  @Test
  void theCatalogDeclaresS3dbJsRules() throws Exception {
    JsonNode attributes =
        StoredObjects.catalog(bucket, prefix)
            .path("resources")
            .path("everything")
            .path("versions")
            .path("v1")
            .path("attributes");
    assertEquals("number|integer", attributes.path("tiny").asText());
    assertEquals("number", attributes.path("ratio").asText());
    assertEquals("number|integer|optional", attributes.path("maybeSmall").asText());
    assertEquals("string", attributes.path("price").asText());
    assertEquals(
        "string", attributes.path("status").asText()); // s3db.js cannot compile enum: rules
    assertEquals("uuid", attributes.path("ref").asText());
    assertEquals("uuid|optional", attributes.path("maybeRef").asText());
    assertEquals("datetime", attributes.path("at").asText());
    assertEquals("datetime", attributes.path("when").asText());
    assertEquals("dateonly", attributes.path("day").asText());
    assertEquals("array|items:string", attributes.path("tags").asText());
    assertEquals("array|items:string", attributes.path("flags").asText());
    assertEquals("array|items:number|integer:true", attributes.path("counts").asText());
    assertEquals("array|items:number", attributes.path("weights").asText());
    assertEquals("array|items:boolean", attributes.path("switches").asText());
    assertEquals("array|items:string|optional", attributes.path("maybeTags").asText());
    assertEquals("json", attributes.path("attributes").asText());
    assertEquals("json|optional", attributes.path("doc").asText());
    assertEquals("secret", attributes.path("password").asText());
    assertEquals("secret|optional", attributes.path("apiKey").asText());
    assertEquals("string|default:open", attributes.path("state").asText());
    assertEquals("number|integer|default:3", attributes.path("priority").asText());
  }

  @Test
  void offsetDateTimesReadBackInUtc() throws Exception {
    Everything utc = full("utc");
    dao.insert(utc);
    assertEquals(ZoneOffset.UTC, dao.get("utc").when().getOffset());
  }
}
