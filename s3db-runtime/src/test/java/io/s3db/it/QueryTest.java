package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reading by partition: pages (cursor and offset), filters, getMany, and what each costs. */
@ExtendWith(S3ServerExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTest {
  private RequestCounter requests;
  private AccountDao accounts;

  /** 25 accounts: ids a00–a24, regions eu for even ids and us for odd ones. */
  @BeforeAll
  void seed(TestBucket bucket) {
    requests = new RequestCounter(bucket, "query-" + System.nanoTime());
    accounts = AccountDao.of(requests.db());
    List<Account> all = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      all.add(
          new Account(
              String.format("a%02d", i),
              "n" + i,
              i % 2 == 0 ? "eu" : "us",
              "free",
              i,
              i / 2.0,
              i % 5 == 0,
              new Account.Profile("PT", null),
              null));
    }
    assertTrue(accounts.insertMany(all).isSuccess());
  }

  @AfterAll
  void close() {
    requests.close();
  }

  @BeforeEach
  void reset() {
    requests.reset();
  }

  @Test
  void cursorPagesWalkThePartition_oneListEach() {
    List<String> seen = new ArrayList<>();
    PageRequest request = PageRequest.ofSize(5);
    int pages = 0;
    while (true) {
      Page<Account> page = accounts.page(AccountPartitions.byRegion("eu"), request);
      pages++;
      page.items().forEach(a -> seen.add(a.id()));
      if (page.nextRequest().isEmpty()) {
        break;
      }
      request = page.nextRequest().get();
    }
    assertEquals(
        List.of(
            "a00", "a02", "a04", "a06", "a08", "a10", "a12", "a14", "a16", "a18", "a20", "a22",
            "a24"),
        seen);
    assertEquals(3, pages);
    assertEquals(Map.of("ListObjectsV2", 3, "HeadObject", 13), requests.counts());
    // a cursor survives being sent somewhere as text
    Page<Account> first = accounts.page(PartitionKey.all(), PageRequest.ofSize(20));
    String cursor = first.nextRequest().orElseThrow().cursor().orElseThrow();
    assertEquals(
        List.of("a20", "a21", "a22", "a23", "a24"),
        accounts.page(PartitionKey.all(), PageRequest.ofCursor(cursor, 20)).items().stream()
            .map(Account::id)
            .toList());
  }

  /** s3db.js fetches every record of every skipped page; skipped keys here are only listed. */
  @Test
  void offsetPagesListButNeverFetchTheSkippedRecords() {
    Page<Account> page = accounts.page(PartitionKey.all(), PageRequest.ofOffset(10, 10));
    assertEquals(
        List.of("a10", "a11", "a12", "a13", "a14", "a15", "a16", "a17", "a18", "a19"),
        page.items().stream().map(Account::id).toList());
    assertEquals(Optional.of(PageRequest.ofOffset(20, 10)), page.nextRequest());
    assertEquals(Map.of("ListObjectsV2", 1, "HeadObject", 10), requests.counts());
    Page<Account> last = accounts.page(PartitionKey.all(), page.nextRequest().get());
    assertEquals(5, last.items().size());
    assertEquals(Optional.empty(), last.nextRequest());
    assertEquals(
        List.of(), accounts.page(PartitionKey.all(), PageRequest.ofOffset(100, 10)).items());
  }

  @Test
  void queryFiltersAPartition_listCountAndIdsAgree() {
    List<Account> vipsInEu = accounts.query(AccountPartitions.byRegion("eu"), Account::vip);
    assertEquals(List.of("a00", "a10", "a20"), vipsInEu.stream().map(Account::id).toList());
    assertEquals(
        Map.of("ListObjectsV2", 1, "HeadObject", 13),
        requests.counts(),
        "1 LIST + the partition's HEADs");
    assertEquals(
        List.of("a05", "a15"),
        accounts.query(a -> a.vip() && a.region().equals("us")).stream().map(Account::id).toList());
    assertEquals(12, accounts.count(AccountPartitions.byRegion("us")));
    assertEquals(12, accounts.list(AccountPartitions.byRegion("us")).size());
    assertEquals(25, accounts.getAll().size());
    assertEquals(List.of("a10"), accounts.listIds(AccountPartitions.byScoreAndVip(true, 5)));
    assertEquals(List.of("a05"), accounts.listIds(AccountPartitions.byScoreAndVip(true, 2.5)));
    assertEquals(25, accounts.count(AccountPartitions.byCountryAndPlan("PT", "free")));
  }

  @Test
  void getManyReturnsTheFoundOnesInTheOrderAsked_oneHeadEach() {
    Map<String, Account> found = accounts.getMany(List.of("a07", "nobody", "a03", "a07"));
    assertEquals(List.of("a07", "a03"), List.copyOf(found.keySet()));
    assertEquals("n7", found.get("a07").name());
    assertEquals(Map.of("HeadObject", 3), requests.counts());
    assertThrows(ValidationException.class, () -> accounts.getMany(List.of("a/b")));
  }
}
