package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.PartitionKey;
import io.s3db.ResourceAlreadyExistsException;
import io.s3db.S3dbConfigurationException;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * insertMany, deleteMany, deleteAll and the bulk writer: per-item failures are data, nothing is
 * dropped.
 */
@ExtendWith({S3ServerExtension.class, TestDatabases.class})
class BulkTest {
  private final RequestCounter requests;
  private final AccountDao accounts;

  BulkTest(RequestCounter requests) {
    this.requests = requests;
    this.accounts = AccountDao.of(requests.db());
    requests.reset();
  }

  @Test
  void insertManyReportsEachFailureAndProgress() {
    accounts.insert(Account.of("taken", "eu", "free"));
    List<Account> batch = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      batch.add(Account.of("i" + i, "eu", "free"));
    }
    batch.add(Account.of("taken", "eu", "free"));
    batch.add(Account.of("bad", "a/b", "free"));
    batch.add(Account.of(null, "us", "free"));
    List<long[]> calls = new ArrayList<>();
    BulkResult<Account> result =
        accounts.insertMany(batch, (done, total) -> calls.add(new long[] {done, total}));
    assertEquals(21, result.succeededCount());
    assertEquals(21, result.succeeded().size());
    assertEquals(22, result.succeeded().get(20).id().length(), "generated id");
    assertEquals(
        List.of("taken", "bad"), result.failures().stream().map(BulkResult.Failure::id).toList());
    assertInstanceOf(ResourceAlreadyExistsException.class, result.failures().get(0).error());
    assertInstanceOf(ValidationException.class, result.failures().get(1).error());
    assertEquals(batch.get(21), result.failures().get(1).item());
    assertEquals(23, calls.size());
    assertEquals(23, calls.get(22)[0]);
    assertEquals(23, calls.get(22)[1]);
    assertEquals(21, accounts.count(AccountPartitions.byRegion("eu")));
  }

  @Test
  void deleteManyRemovesRecordsAndTheirRefs_inBatches() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      ids.add("d" + i);
      accounts.insert(Account.of("d" + i, i % 2 == 0 ? "eu" : "us", "free"));
    }
    ids.add("never-existed");
    ids.add("a/b");
    requests.reset();
    BulkResult<String> result = accounts.deleteMany(ids);
    assertEquals(31, result.succeededCount());
    assertEquals(List.of("a/b"), result.failures().stream().map(BulkResult.Failure::id).toList());
    // a HEAD per id to learn its refs, one DeleteObjects for the data and one for the 90 refs, then
    // a HEAD per deleted record with refs: none was inserted again meanwhile
    assertEquals(Map.of("HeadObject", 61, "DeleteObjects", 2), requests.counts());
    assertEquals(List.of(), requests.keys());
  }

  @Test
  void deleteAllRefusesParanoidResources_andOtherwiseRemovesEverything() {
    S3dbConfigurationException refused =
        assertThrows(S3dbConfigurationException.class, () -> UserDao.of(requests.db()).deleteAll());
    assertTrue(refused.getMessage().contains("paranoid"), refused.getMessage());
    for (int i = 0; i < 12; i++) {
      accounts.insert(Account.of("x" + i, "eu", "free"));
    }
    requests.reset();
    assertEquals(12, accounts.deleteAll());
    // data: 1 LIST + 1 DeleteObjects; refs: 1 LIST + 1 DeleteObjects; then the empty listing
    assertEquals(Map.of("ListObjectsV2", 2, "DeleteObjects", 2), requests.counts());
    assertEquals(List.of(), requests.keys());
    assertEquals(0, accounts.deleteAll());
  }

  @Test
  void writerInsertsWithBoundedConcurrencyAndCollectsFailures() {
    accounts.insert(Account.of("w7", "eu", "free"));
    AtomicLong lastProgress = new AtomicLong();
    BulkWriter<Account> writer =
        accounts.writer(
            BulkWriter.options()
                .batchSize(5)
                .concurrency(3)
                .keepSucceeded(true)
                .progress((done, total) -> lastProgress.set(done)));
    try (writer) {
      for (int i = 0; i < 60; i++) {
        writer.add(Account.of("w" + i, "eu", "free"));
      }
    }
    BulkResult<Account> result = writer.result();
    assertEquals(59, result.succeededCount());
    assertEquals(59, result.succeeded().size());
    assertEquals(List.of("w7"), result.failures().stream().map(BulkResult.Failure::id).toList());
    assertEquals(60, lastProgress.get());
    assertEquals(60, accounts.count(PartitionKey.all()));
    assertThrows(IllegalStateException.class, () -> writer.add(Account.of("late", "eu", "free")));
    writer.close();
  }

  @Test
  void writerKeepsOnlyCountsByDefault() {
    try (BulkWriter<Account> writer = accounts.writer(BulkWriter.options())) {
      writer.add(Account.of("k1", "eu", "free"));
      writer.flush();
      assertEquals(1, writer.result().succeededCount());
      assertTrue(writer.result().succeeded().isEmpty());
      assertFalse(writer.result().failures().iterator().hasNext());
    }
  }
}
