package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkResult;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Ids and partition values that no S3 key can hold are refused before any request: unpaired
 * surrogates (the SDK would send {@code ?}, aliasing another record) and keys over S3's 1 024 UTF-8
 * bytes.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class HostileKeysTest {
  private static final String LONE = "\uD800";

  private final TestBucket bucket;
  private final String prefix;
  private final RequestCounter requests;
  private final AccountDao accounts;

  HostileKeysTest(TestBucket bucket, RequestCounter requests) {
    this.bucket = bucket;
    this.requests = requests;
    this.prefix = requests.db().keyPrefix();
    this.accounts = AccountDao.of(requests.db());
    accounts.insert(Account.of("s?t", "z?", "pro")); // what the aliases would have hit
    requests.reset();
  }

  @Test
  void unpairedSurrogatesInIdsAreRefused_beforeAnyRequest() {
    String id = "s" + LONE + "t";
    refused(() -> accounts.insert(Account.of(id, "eu", "pro")), "id", "unpaired surrogate");
    refused(() -> accounts.upsert(Account.of(id, "eu", "pro")), "id", "unpaired surrogate");
    refused(() -> accounts.find(id), "id", "unpaired surrogate");
    refused(() -> accounts.exists(id), "id", "unpaired surrogate");
    refused(() -> accounts.update(id, a -> a), "id", "unpaired surrogate");
    refused(() -> accounts.delete(id), "id", "unpaired surrogate");
    ValidationException e = assertThrows(ValidationException.class, () -> accounts.find(id));
    assertEquals("s\\uD800t", e.violations().get(0).rejectedValue(), "shown escaped, not as '?'");
    assertEquals(1, accounts.count(), "s?t is untouched");
  }

  @Test
  void unpairedSurrogatesInPartitionValuesAreRefused_beforeAnyRequest() {
    refused(
        () -> accounts.count(AccountPartitions.byRegion("z" + LONE)),
        "region",
        "unpaired surrogate");
    refused(
        () -> accounts.list(AccountPartitions.byRegion(LONE + "z")),
        "region",
        "unpaired surrogate");
    refused(
        () -> accounts.insert(Account.of("a1", "z" + LONE, "pro")), "region", "unpaired surrogate");
    assertEquals(1, accounts.count(AccountPartitions.byRegion("z?")));
  }

  @Test
  void idsTooLongForAKeyAreRefused_sayingTheLimitAndTheLength() {
    String dataKeyStart = prefix + "/resource=accounts/data/id=";
    for (int length : new int[] {1100, 2000}) {
      String id = "x".repeat(length);
      ValidationException e =
          refused(
              () -> accounts.insert(Account.of(id, "eu", "pro")), "id", "S3 allows at most 1024");
      assertTrue(
          e.getMessage().contains("would be " + (dataKeyStart.length() + length) + " bytes"),
          e.getMessage());
      assertTrue(e.getMessage().length() < 600, "the id is cut in the message: " + e.getMessage());
      refused(() -> accounts.upsert(Account.of(id, "eu", "pro")), "id", "1024");
      // reads refuse too, as they refuse every id no record can have
      refused(() -> accounts.find(id), "id", "1024");
      refused(() -> accounts.get(id), "id", "1024");
      refused(() -> accounts.exists(id), "id", "1024");
      refused(() -> accounts.update(id, a -> a), "id", "1024");
      refused(() -> accounts.delete(id), "id", "1024");
      refused(() -> accounts.getMany(List.of("s?t", id)), "id", "1024");
    }
  }

  @Test
  void partitionValuesTooLongForAReferenceKeyAreRefused_namingTheField() {
    String region = "r".repeat(1000);
    ValidationException e =
        refused(() -> accounts.insert(Account.of("a1", region, "pro")), "region", "byRegion");
    assertTrue(e.getMessage().contains("S3 allows at most 1024"), e.getMessage());
    assertTrue(e.getMessage().contains("(this value is 1000 of them)"), e.getMessage());
    refused(() -> accounts.upsert(Account.of("a1", region, "pro")), "region", "byRegion");
    refused(
        () -> accounts.count(AccountPartitions.byRegion("r".repeat(1100))),
        "region",
        "shortest reference key");
    assertEquals(1, accounts.count());
  }

  @Test
  void anUpdateToATooLongPartitionValueWritesNothing() {
    accounts.insert(Account.of("a1", "eu", "pro"));
    requests.reset();
    assertThrows(
        ValidationException.class,
        () -> accounts.update("a1", a -> a.withRegion("r".repeat(1000))));
    assertEquals(
        List.of("HeadObject"),
        requests.requests().stream().map(r -> r.substring(0, r.indexOf(' '))).toList(),
        "only the read its new values depend on");
    assertEquals("eu", accounts.get("a1").region());
  }

  @Test
  void bulkDeletesReportATooLongIdAsThatItemsFailure() {
    BulkResult<String> result = accounts.deleteMany(List.of("s?t", "y".repeat(1100)));
    assertEquals(List.of("s?t"), result.succeeded());
    assertEquals(1, result.failures().size());
    assertTrue(result.failures().get(0).error() instanceof ValidationException);
  }

  private ValidationException refused(Executable call, String path, String says) {
    requests.reset();
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(path, e.violations().get(0).path(), e.getMessage());
    assertTrue(e.getMessage().contains(says), e.getMessage());
    assertTrue(e.getMessage().contains("'accounts'"), e.getMessage());
    assertEquals(List.of(), requests.requests(), "refused before any request");
    return e;
  }
}
