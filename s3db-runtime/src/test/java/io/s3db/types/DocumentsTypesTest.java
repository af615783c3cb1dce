package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.ValidationException;
import io.s3db.Violation;
import io.s3db.documents.Documents;
import io.s3db.documents.ValueType;
import io.s3db.it.TestDatabases;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documents of resources declared by records of every type: they read what the typed DAO wrote,
 * shaped as s3db.js's {@code get} returns it, and what they write reads back through the typed DAO
 * as the same record.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
@TestDatabases.Passphrase("my-fixed-passphrase")
class DocumentsTypesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestBucket bucket;
  private final S3db db;

  DocumentsTypesTest(TestBucket bucket, S3db db) {
    this.bucket = bucket;
    this.db = db;
  }

  @Test
  void everyTypeReadsAsS3dbJsReturnsIt() throws Exception {
    EverythingDao.of(db).insert(TypesTest.full("full"));
    ObjectNode document = db.documents("everything").get("full");
    assertEquals("full", document.get("id").textValue());
    assertEquals(-7, document.get("tiny").intValue());
    assertEquals(0.1, document.get("ratio").doubleValue());
    assertEquals("19.90", document.get("price").textValue());
    assertEquals("B", document.get("status").textValue());
    assertEquals("550e8400-e29b-41d4-a716-446655440000", document.get("ref").textValue());
    assertEquals("2024-03-01T12:34:56.789Z", document.get("at").textValue());
    assertEquals("1969-07-20T20:17:40.000Z", document.get("when").textValue());
    assertEquals("1990-05-17", document.get("day").textValue());
    assertEquals(JSON.readTree("[\"admin\",\"dev|ops\",\"back\\\\slash\"]"), document.get("tags"));
    assertEquals(JSON.readTree("[1,62,-3,1000000]"), document.get("counts"));
    assertEquals(JSON.readTree("[1,2.5,-3]"), document.get("weights"));
    assertEquals(JSON.readTree("[true,false]"), document.get("switches"));
    assertEquals(Long.MAX_VALUE, document.get("longs").get(0).longValue());
    assertEquals(JSON.readTree("{\"a\":1,\"b\":[1,2]}"), document.get("doc"));
    assertEquals(JSON.readTree("{\"k\":\"v|w\"}"), document.get("labels"));
    assertEquals("p@ss-1", document.get("password").textValue());
    assertEquals("Ołą 🔑", document.get("apiKey").textValue());
    assertEquals(7, document.get("priority").intValue());
    assertFalse(document.has("maybeTags") && !document.get("maybeTags").isEmpty());
  }

  @Test
  void whatDocumentsWriteTheTypedDaoReadsAsTheSameRecord() throws Exception {
    EverythingDao typed = EverythingDao.of(db);
    typed.insert(TypesTest.full("original"));
    Documents documents = db.documents("everything");
    ObjectNode copy = documents.get("original");
    copy.put("id", "copy");
    documents.insert(copy);
    assertEquals(EverythingWith.of(typed.get("original")).id("copy").build(), typed.get("copy"));
    assertEquals(documents.get("original").without("id"), documents.get("copy").without("id"));
  }

  @Test
  void describesTheCatalogEntry() {
    EverythingDao.of(db);
    var description = db.documents("everything").describe();
    assertEquals("everything", description.name());
    assertEquals("v1", description.currentVersion());
    assertTrue(description.writable(), () -> description.whyReadOnly().orElse(""));
    assertEquals(ValueType.SECRET, description.attribute("password").orElseThrow().type());
    assertTrue(description.attribute("password").orElseThrow().secret());
    assertEquals(ValueType.INTEGER_ARRAY, description.attribute("counts").orElseThrow().type());
    assertEquals(ValueType.DATETIME, description.attribute("at").orElseThrow().type());
    assertTrue(description.attribute("maybeAt").orElseThrow().optional());
    assertEquals("user-managed", description.behavior());
    assertEquals(22, description.idSize());
  }

  @Test
  void everyRuleIsEnforcedBeforeAnyRequest() throws Exception {
    ConstrainedDao.of(db);
    Documents documents = db.documents("constrained");
    ObjectNode bad =
        (ObjectNode)
            JSON.readTree(
                "{\"id\":\"c1\",\"name\":\"x\",\"title\":\"\",\"tags\":[],\"email\":\"nope\","
                    + "\"code\":\"abc\",\"stars\":9,\"count\":0,\"balance\":-1,\"debt\":1,"
                    + "\"offset\":1,\"ratio\":10,\"price\":\"1.5\",\"born\":\"yesterday\","
                    + "\"joined\":\"2024-13-01\",\"level\":\"low\",\"required\":\"r\","
                    + "\"token\":\"\",\"extra\":1}");
    ValidationException e = assertThrows(ValidationException.class, () -> documents.insert(bad));
    Set<String> broken =
        e.violations().stream().map(v -> v.path() + ":" + v.rule()).collect(Collectors.toSet());
    for (String expected :
        List.of(
            "name:min",
            "title:empty",
            "tags:empty",
            "email:email",
            "code:pattern",
            "stars:max",
            "count:positive",
            "balance:min",
            "debt:negative",
            "offset:max",
            "ratio:max",
            "born:datetime",
            "joined:dateonly",
            "token:empty",
            "extra:unknown")) {
      assertTrue(broken.contains(expected), expected + " in " + broken);
    }
    Violation stars =
        e.violations().stream().filter(v -> v.path().equals("stars")).findFirst().orElseThrow();
    assertEquals("9", stars.rejectedValue());
    Violation token =
        e.violations().stream().filter(v -> v.path().equals("token")).findFirst().orElseThrow();
    assertEquals(null, token.rejectedValue()); // a secret is never shown
    assertFalse(documents.exists("c1"));
  }

  @Test
  void withoutThePassphraseAResourceWithSecretsIsRefusedAsTheTypedDaoIs() {
    EverythingDao.of(db);
    try (S3db plain = S3db.connect(bucket.uri(db.keyPrefix()))) {
      S3dbConfigurationException e =
          assertThrows(S3dbConfigurationException.class, () -> plain.documents("everything"));
      assertTrue(e.getMessage().contains("passphrase"), e.getMessage());
      assertThrows(S3dbConfigurationException.class, () -> EverythingDao.of(plain).get("x"));
    }
  }
}
