package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.PartitionKey;
import io.s3db.S3dbException;
import io.s3db.ValidationException;
import io.s3db.internal.format.DefinitionHash;
import io.s3db.spi.PartitionKeys;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * Partition references: their keys and catalog entry as s3db.js writes them, what each write costs,
 * and what readers make of stale references (FORMAT.md §6, §12 items 14–16 and 33).
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class PartitionsTest {
  private final TestBucket bucket;
  private final String prefix;
  private final RequestCounter requests;
  private final AccountDao accounts;

  PartitionsTest(TestBucket bucket, RequestCounter requests) {
    this.bucket = bucket;
    this.requests = requests;
    this.prefix = requests.db().keyPrefix();
    this.accounts = AccountDao.of(requests.db());
    requests.reset();
  }

  @Test
  void insertWritesTheRefsFirstThenTheData_oneRequestEach() {
    Account a =
        new Account(
            "a1", "Ana", "eu-west", "pro", 3, 0.5, false, new Account.Profile("PT", null), null);
    accounts.insert(a);
    // 3 refs (nickname is null), the data, the 3 refs once more and a HEAD to check the record that
    // wants them is still this one (a delete racing the insert cannot take them: References)
    assertEquals(
        Map.of("PutObject", 7, "HeadObject", 1), requests.counts(), requests.requests().toString());
    assertTrue(
        requests.requests().get(3).endsWith("/data/id=a1"), "data last: " + requests.requests());
    // fields sorted as JS localeCompare sorts them; numbers and booleans as JS String() prints them
    assertEquals(
        List.of(
            "resource=accounts/data/id=a1",
            "resource=accounts/partition=byCountryAndPlan/plan=pro/profile.country=PT/id=a1",
            "resource=accounts/partition=byRegion/region=eu-west/id=a1",
            "resource=accounts/partition=byScoreAndVip/score=0.5/vip=false/id=a1"),
        requests.keys());
    HeadObjectResponse ref =
        bucket
            .client()
            .headObject(
                b ->
                    b.bucket(bucket.name())
                        .key(
                            prefix + "/resource=accounts/partition=byRegion/region=eu-west/id=a1"));
    assertEquals(0L, ref.contentLength());
    assertEquals(Map.of("_v", "v1"), ref.metadata());
  }

  @Test
  void theCatalogDeclaresThePartitionsAsS3dbJsDoes() throws IOException {
    JsonNode catalog = StoredObjects.catalog(bucket, prefix);
    JsonNode resource = catalog.path("resources").path("accounts");
    String expected =
        "{\"byRegion\":{\"fields\":{\"region\":\"string\"}},"
            + "\"byCountryAndPlan\":{\"fields\":{\"profile.country\":\"string\",\"plan\":\"string\"}},"
            + "\"byScoreAndVip\":{\"fields\":{\"vip\":\"boolean\",\"score\":\"number\"}},"
            + "\"byNickname\":{\"fields\":{\"nickname\":\"string\"}}}";
    assertEquals(expected, resource.path("partitions").toString());
    JsonNode v1 = resource.path("versions").path("v1");
    assertEquals(expected, v1.path("partitions").toString());
    assertFalse(v1.path("paranoid").asBoolean());
    assertEquals(
        DefinitionHash.of(v1.path("attributes"), "user-managed", v1.path("partitions")),
        v1.path("hash").asText());
  }

  @Test
  void aPartitionKeyMatchesItsValueOnly_notValuesItPrefixes() {
    for (String region : List.of("us", "us-east", "usa")) {
      accounts.insert(Account.of(region + "-1", region, "free"));
    }
    requests.reset();
    assertEquals(1, accounts.count(AccountPartitions.byRegion("us")));
    assertEquals(List.of("us-1"), accounts.listIds(AccountPartitions.byRegion("us")));
    assertEquals(Map.of("ListObjectsV2", 2), requests.counts(), "count and listIds: LIST only");
    assertEquals(
        List.of(Account.of("us-east-1", "us-east", "free")),
        accounts.list(AccountPartitions.byRegion("us-east")));
    assertEquals(3, accounts.count(PartitionKey.all()));
  }

  @Test
  void updateMovesTheRefWithoutListing() {
    accounts.insert(Account.of("m1", "eu", "free"));
    requests.reset();
    accounts.update("m1", a -> a.withRegion("sa"));
    // after the data: the new ref once more, the old one's DELETE, and a HEAD to check that no
    // other writer moved the record back meanwhile
    assertEquals(
        Map.of("HeadObject", 2, "PutObject", 3, "DeleteObject", 1),
        requests.counts(),
        requests.requests().toString());
    assertEquals(
        List.of("PutObject", "PutObject", "PutObject", "DeleteObject"),
        requests.requests().subList(1, 5).stream()
            .map(r -> r.substring(0, r.indexOf(' ')))
            .toList());
    assertTrue(requests.requests().get(1).contains("region=sa/id=m1"), "new ref before the data");
    assertEquals(List.of(), accounts.listIds(AccountPartitions.byRegion("eu")));
    assertEquals(List.of("m1"), accounts.listIds(AccountPartitions.byRegion("sa")));

    requests.reset();
    accounts.update(
        "m1",
        a ->
            new Account(
                a.id(),
                "renamed",
                a.region(),
                a.plan(),
                9,
                a.score(),
                a.vip(),
                a.profile(),
                a.nickname()));
    assertEquals(
        Map.of("HeadObject", 1, "PutObject", 1),
        requests.counts(),
        "no partition changed: no ref work");

    accounts.update(
        "m1", a -> new Account(a.id(), a.name(), "eu", "pro", 9, 2.5, true, a.profile(), "mo"));
    assertEquals(
        List.of(
            "resource=accounts/data/id=m1",
            "resource=accounts/partition=byCountryAndPlan/plan=pro/profile.country=PT/id=m1",
            "resource=accounts/partition=byNickname/nickname=mo/id=m1",
            "resource=accounts/partition=byRegion/region=eu/id=m1",
            "resource=accounts/partition=byScoreAndVip/score=2.5/vip=true/id=m1"),
        requests.keys());
  }

  @Test
  void deleteRemovesDataAndRefs_threeRequests() {
    accounts.insert(Account.of("d1", "eu", "free"));
    requests.reset();
    accounts.delete("d1");
    // the second HEAD, after the refs are deleted, checks that nobody inserted the record again
    // meanwhile
    assertEquals(Map.of("HeadObject", 2, "DeleteObject", 1, "DeleteObjects", 1), requests.counts());
    assertEquals(List.of(), requests.keys());
    accounts.delete("d1");
  }

  @Test
  void upsertReplacesTheRefsToo() {
    accounts.upsert(Account.of("u1", "eu", "free"));
    accounts.upsert(Account.of("u1", "ap", "free"));
    assertEquals(List.of("u1"), accounts.listIds(AccountPartitions.byRegion("ap")));
    assertEquals(List.of(), accounts.listIds(AccountPartitions.byRegion("eu")));
    assertEquals(Account.of("u1", "ap", "free"), accounts.get("u1"));
  }

  /**
   * What an interrupted write leaves (a ref to a record that is gone or has other values now) is
   * skipped by every reader that fetches records; count and listIds read keys only and include it.
   */
  @Test
  void readersSkipStaleRefs() {
    accounts.insert(Account.of("s1", "eu", "free"));
    accounts.insert(Account.of("s2", "eu", "free"));
    putRef(
        "resource=accounts/partition=byRegion/region=eu/id=ghost"); // crash after the ref, before
    // the data
    putRef("resource=accounts/partition=byRegion/region=eu/id=s0");
    accounts.insert(Account.of("s0", "ap", "free")); // crash before the old ref's delete
    putRef(
        "resource=accounts/partition=byRegion/region=eu/id=not/an-id"); // not a ref of ours at all

    PartitionKey<Account> eu = AccountPartitions.byRegion("eu");
    List<Account> expected =
        List.of(Account.of("s1", "eu", "free"), Account.of("s2", "eu", "free"));
    assertEquals(expected, accounts.list(eu));
    try (Stream<Account> stream = accounts.stream(eu)) {
      assertEquals(expected, stream.toList());
    }
    assertEquals(expected, accounts.page(eu, io.s3db.PageRequest.ofSize(10)).items());
    assertEquals(expected, accounts.query(eu, a -> true));
    assertEquals(List.of("ghost", "s0", "s1", "s2"), accounts.listIds(eu));
    assertEquals(4, accounts.count(eu));
    // deleting s0 removes the refs of its values (ap), not refs it never had
    accounts.delete("s0");
    assertEquals(
        List.of("ghost", "s0", "s1", "s2"),
        accounts.listIds(eu),
        "stale refs are never guessed at");
  }

  @Test
  void valuesThatWouldChangeTheKeyAreRejectedBeforeAnyRequest() {
    for (String region : List.of("a/b", "..", "x..y", "50%", "k=v", "back\\slash", "tab\t")) {
      ValidationException e =
          assertThrows(
              ValidationException.class,
              () -> accounts.insert(Account.of("bad", region, "free")),
              region);
      assertEquals("region", e.violations().get(0).path());
      assertEquals("bad", e.id());
      assertThrows(ValidationException.class, () -> AccountPartitions.byRegion(region), region);
    }
    assertEquals(Map.of(), requests.counts());
  }

  @Test
  void aKeyOfAnotherPartitionShapeIsRefused() {
    PartitionKey<Account> unknown =
        PartitionKeys.<Account>builder("accounts", "byColor").add("color", "red").build();
    S3dbException e = assertThrows(S3dbException.class, () -> accounts.count(unknown));
    assertTrue(e.getMessage().contains("no partition 'byColor'"), e.getMessage());
    PartitionKey<Account> wrongFields =
        PartitionKeys.<Account>builder("accounts", "byRegion").add("plan", "x").build();
    assertThrows(S3dbException.class, () -> accounts.list(wrongFields));
  }

  private void putRef(String key) {
    bucket
        .client()
        .putObject(
            b -> b.bucket(bucket.name()).key(prefix + "/" + key).metadata(Map.of("_v", "v1")),
            RequestBody.empty());
  }
}
