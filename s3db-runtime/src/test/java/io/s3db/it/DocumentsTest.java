package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ResourceNotFoundException;
import io.s3db.S3dbConfigurationException;
import io.s3db.documents.Documents;
import io.s3db.documents.ResourceDescription;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Documents of the partitioned {@code accounts}: opening costs one GET and no write, partitions by
 * name and values select what the typed factories select, listing, paging and streaming, id-range
 * slices, and the errors of unknown resources, partitions and read-only rules.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class DocumentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final TestBucket bucket;
  private final RequestCounter counter;
  private final AccountDao accounts;

  DocumentsTest(TestBucket bucket, RequestCounter counter) {
    this.bucket = bucket;
    this.counter = counter;
    this.accounts = AccountDao.of(counter.db());
  }

  @Test
  void openingReadsTheCatalogOnceAndWritesNothing() {
    String etag = catalogEtag();
    counter.reset();
    Documents documents = counter.db().documents("accounts");
    assertEquals(Map.of("GetObject", 1), counter.counts());
    assertEquals(etag, catalogEtag());
    assertTrue(documents == counter.db().documents("accounts"));
  }

  @Test
  void partitionsByNameAndValuesSelectWhatTheTypedFactoriesSelect() {
    accounts.insert(Account.of("a1", "eu", "pro"));
    accounts.insert(Account.of("a2", "us", "pro"));
    accounts.insert(
        new Account("a3", "n", "eu", "free", 2, 7.5, true, new Account.Profile("BR", "Rio"), "x"));
    Documents documents = counter.db().documents("accounts");
    PartitionKey<ObjectNode> eu = documents.partition("byRegion", Map.of("region", "eu"));
    assertEquals(List.of("a1", "a3"), documents.listIds(eu));
    assertEquals(2, documents.count(eu));
    assertEquals(
        List.of("a3"),
        documents.listIds(documents.partition("byScoreAndVip", Map.of("vip", true, "score", 7.5))));
    assertEquals(
        List.of("a3"),
        documents.listIds(
            documents.partition("byScoreAndVip", Map.of("vip", "true", "score", "7.5"))));
    assertEquals(
        List.of("a1", "a2"),
        documents.listIds(
            documents.partition(
                "byCountryAndPlan", Map.of("profile.country", "PT", "plan", "pro"))));
    assertEquals(
        AccountPartitions.byRegion("eu").values(),
        documents.partition("byRegion", Map.of("region", "eu")).values());
    ObjectNode a3 = documents.list(eu).get(1);
    assertEquals("Rio", a3.path("profile").path("city").textValue());
    assertEquals(7.5, a3.get("score").doubleValue());
  }

  @Test
  void writesMoveReferencesAndReadBackThroughTheTypedDao() throws Exception {
    Documents documents = counter.db().documents("accounts");
    ObjectNode doc =
        (ObjectNode)
            JSON.readTree(
                "{\"id\":\"d1\",\"name\":\"Doc\",\"region\":\"eu\",\"plan\":\"pro\",\"tier\":3,"
                    + "\"score\":1,\"vip\":false,\"profile\":{\"country\":\"PT\"}}");
    documents.insert(doc);
    assertEquals(
        new Account("d1", "Doc", "eu", "pro", 3, 1.0, false, new Account.Profile("PT", null), null),
        accounts.get("d1"));
    documents.update("d1", d -> d.put("region", "us"));
    assertEquals(List.of("d1"), accounts.listIds(AccountPartitions.byRegion("us")));
    assertEquals(List.of(), accounts.listIds(AccountPartitions.byRegion("eu")));
    documents.delete("d1");
    assertFalse(accounts.exists("d1"));
  }

  @Test
  void pagesStreamsAndIdRangeSlices() {
    for (int i = 0; i < 7; i++) {
      accounts.insert(Account.of("id" + i, "eu", "pro"));
    }
    Documents documents = counter.db().documents("accounts");
    Page<ObjectNode> first = documents.page(PartitionKey.all(), PageRequest.ofSize(3));
    assertEquals(3, first.items().size());
    Page<ObjectNode> second = documents.page(PartitionKey.all(), first.nextRequest().orElseThrow());
    assertEquals("id3", second.items().get(0).get("id").textValue());
    try (var stream = documents.stream(PartitionKey.all())) {
      assertEquals(7, stream.count());
    }
    assertEquals(List.of("id0", "id1", "id2"), documents.listIds(PartitionKey.all(), null, "id2"));
    assertEquals(List.of("id3", "id4"), documents.listIds(PartitionKey.all(), "id2", "id4"));
    assertEquals(List.of("id5", "id6"), documents.listIds(PartitionKey.all(), "id4", null));
    PartitionKey<ObjectNode> eu = documents.partition("byRegion", Map.of("region", "eu"));
    assertEquals(List.of("id6"), documents.listIds(eu, "id5", null));
  }

  @Test
  void unknownResourcesPartitionsAndFieldsAreNamedWithWhatExists() {
    ResourceNotFoundException missing =
        assertThrows(ResourceNotFoundException.class, () -> counter.db().documents("nope"));
    assertTrue(missing.getMessage().contains("accounts"), missing.getMessage());
    Documents documents = counter.db().documents("accounts");
    IllegalArgumentException partition =
        assertThrows(
            IllegalArgumentException.class,
            () -> documents.partition("byColour", Map.of("colour", "red")));
    assertTrue(partition.getMessage().contains("byRegion"), partition.getMessage());
    IllegalArgumentException field =
        assertThrows(
            IllegalArgumentException.class,
            () -> documents.partition("byRegion", Map.of("zone", "eu")));
    assertTrue(field.getMessage().contains("[region]"), field.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> documents.partition("byScoreAndVip", Map.of("vip", "maybe", "score", 1)));
  }

  @Test
  void aRuleThisLibraryCannotEnforceMakesTheResourceReadOnly() throws Exception {
    ObjectNode catalog = (ObjectNode) StoredObjects.catalog(bucket, counter.db().keyPrefix());
    ObjectNode devices = ((ObjectNode) catalog.get("resources")).putObject("devices");
    devices.put("currentVersion", "v1");
    ObjectNode v1 = devices.putObject("versions").putObject("v1");
    v1.putObject("attributes").put("name", "string").put("address", "ip4|optional");
    v1.put("behavior", "user-managed").put("idSize", 22);
    devices
        .putObject("schemaRegistry")
        .put("nextIndex", 2)
        .putObject("mapping")
        .put("name", 0)
        .put("address", 1);
    bucket
        .client()
        .putObject(
            b -> b.bucket(bucket.name()).key(counter.db().keyPrefix() + "/s3db.json"),
            RequestBody.fromString(catalog.toString(), StandardCharsets.UTF_8));
    Documents documents = counter.db().documents("devices");
    ResourceDescription description = documents.describe();
    assertFalse(description.writable());
    String reason = description.whyReadOnly().orElseThrow();
    assertTrue(reason.contains("'address'") && reason.contains("ip4|optional"), reason);
    counter.reset();
    S3dbConfigurationException refused =
        assertThrows(
            S3dbConfigurationException.class,
            () -> documents.insert((ObjectNode) JSON.readTree("{\"name\":\"x\"}")));
    assertEquals(reason, refused.getMessage());
    assertEquals(Map.of(), counter.counts());
    assertEquals(0, documents.count());
  }

  private String catalogEtag() {
    return bucket
        .client()
        .headObject(b -> b.bucket(bucket.name()).key(counter.db().keyPrefix() + "/s3db.json"))
        .eTag();
  }

  static String ids(List<ObjectNode> documents) {
    return documents.stream().map(d -> d.get("id").textValue()).collect(Collectors.joining(","));
  }
}
