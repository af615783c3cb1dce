package io.s3db.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.AfterHookException;
import io.s3db.BulkResult;
import io.s3db.BulkWriter;
import io.s3db.HookContext;
import io.s3db.Hooks;
import io.s3db.Registration;
import io.s3db.S3db;
import io.s3db.ValidationException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Hooks around every write: order, changing and aborting, updates that lose a race, after-hook
 * failures, bulk calls, removal and the context — checked against what the server holds.
 */
@ExtendWith(S3ServerExtension.class)
class HooksTest {
  private final TestBucket bucket;
  private final String prefix = "hooks-" + System.nanoTime();
  private S3db db;

  HooksTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void connect() {
    db = S3db.builder().uri(bucket.uri(prefix)).build();
  }

  @AfterEach
  void disconnect() {
    db.close();
  }

  /** Every key under this test's prefix, the catalog left out. */
  private List<String> keys() {
    List<String> keys = new ArrayList<>();
    bucket
        .client()
        .listObjectsV2Paginator(b -> b.bucket(bucket.name()).prefix(prefix + "/"))
        .contents()
        .stream()
        .map(S3Object::key)
        .filter(k -> !k.endsWith("s3db.json"))
        .forEach(keys::add);
    return keys;
  }

  /** The record as the server holds it, read by a database without hooks. */
  private Account stored(String id) {
    try (S3db plain = S3db.builder().uri(bucket.uri(prefix)).build()) {
      return AccountDao.of(plain).get(id);
    }
  }

  @Test
  void hooksRunInRegistrationOrderEachOnThePreviousResult() {
    AccountDao accounts = AccountDao.of(db);
    List<String> calls = new CopyOnWriteArrayList<>();
    Hooks<Account> hooks = accounts.hooks();
    hooks.beforeInsert(
        (ctx, a) -> {
          calls.add("before1:" + a.plan());
          return new Account(
              a.id(),
              a.name(),
              a.region(),
              a.plan() + "+1",
              a.tier(),
              a.score(),
              a.vip(),
              a.profile(),
              a.nickname());
        });
    hooks.beforeInsert(
        (ctx, a) -> {
          calls.add("before2:" + a.plan());
          return new Account(
              a.id(),
              a.name(),
              a.region(),
              a.plan() + "+2",
              a.tier(),
              a.score(),
              a.vip(),
              a.profile(),
              a.nickname());
        });
    hooks.afterInsert((ctx, a) -> calls.add("after1:" + a.plan()));
    hooks.afterInsert((ctx, a) -> calls.add("after2:" + a.plan()));

    Account inserted = accounts.insert(Account.of("o1", "eu", "free"));

    assertEquals(
        List.of("before1:free", "before2:free+1", "after1:free+1+2", "after2:free+1+2"), calls);
    assertEquals("free+1+2", inserted.plan());
    assertEquals("free+1+2", stored("o1").plan());
    // another DAO of the resource in the same database shares the hooks
    assertSame(hooks, AccountDao.of(db).hooks());
  }

  @Test
  void aBeforeHookChangesTheStoredRecordAndItsReferences() {
    AccountDao accounts = AccountDao.of(db);
    accounts.hooks().beforeInsert((ctx, a) -> a.withRegion("generated-" + a.region()));
    accounts.insert(Account.of("c1", "eu", "pro"));

    assertEquals("generated-eu", stored("c1").region());
    assertTrue(
        keys().stream().anyMatch(k -> k.contains("region=generated-eu/id=c1")), keys().toString());
    assertFalse(keys().stream().anyMatch(k -> k.contains("region=eu/")), keys().toString());
  }

  @Test
  void aBeforeHookThatGetsARecordWithoutIdSeesItsGeneratedId() {
    AccountDao accounts = AccountDao.of(db);
    List<String> seen = new CopyOnWriteArrayList<>();
    accounts
        .hooks()
        .beforeInsert(
            (ctx, a) -> {
              seen.add(String.valueOf(a.id()));
              return a;
            });
    Account inserted = accounts.insert(Account.of(null, "eu", "pro"));
    assertEquals(List.of(inserted.id()), seen);
  }

  @Test
  void aBeforeHookAbortsWithItsOwnExceptionAndNothingIsWritten() {
    AccountDao accounts = AccountDao.of(db);
    IllegalStateException refusal = new IllegalStateException("no free plans in eu");
    AtomicInteger after = new AtomicInteger();
    accounts
        .hooks()
        .beforeInsert(
            (ctx, a) -> {
              throw refusal;
            });
    accounts.hooks().afterInsert((ctx, a) -> after.incrementAndGet());

    IllegalStateException thrown =
        assertThrows(
            IllegalStateException.class, () -> accounts.insert(Account.of("x", "eu", "free")));

    assertSame(refusal, thrown);
    assertEquals(0, after.get());
    assertEquals(List.of(), keys()); // no data object, no partition reference
  }

  @Test
  void anAbortSendsNoRequestAndHooksAddNone() {
    try (RequestCounter counter = new RequestCounter(bucket, prefix)) {
      AccountDao accounts = AccountDao.of(counter.db());
      accounts.hooks().beforeInsert((ctx, a) -> a);
      accounts.hooks().afterInsert((ctx, a) -> {});
      counter.reset();
      accounts.insert(Account.of("n1", "eu", "p"));
      // as without hooks: the data, its 3 refs before and after it, and the check (PartitionsTest)
      assertEquals(Map.of("PutObject", 1 + 3 + 3, "HeadObject", 1), counter.counts());

      accounts
          .hooks()
          .beforeInsert(
              (ctx, a) -> {
                throw new IllegalStateException("refused");
              });
      counter.reset();
      assertThrows(IllegalStateException.class, () -> accounts.insert(Account.of("n2", "eu", "p")));
      assertEquals(Map.of(), counter.counts());
    }
  }

  @Test
  void aBeforeHookAbortsUpdatesUpsertsAndDeletesToo() {
    AccountDao accounts = AccountDao.of(db);
    accounts.insert(Account.of("k", "eu", "pro"));
    List<String> before = keys();
    RuntimeException no = new UnsupportedOperationException("read-only");
    accounts
        .hooks()
        .beforeUpdate(
            (ctx, current, changed) -> {
              throw no;
            });
    accounts
        .hooks()
        .beforeUpsert(
            (ctx, a) -> {
              throw no;
            });
    accounts
        .hooks()
        .beforeDelete(
            (ctx, id) -> {
              throw no;
            });

    assertSame(
        no,
        assertThrows(RuntimeException.class, () -> accounts.update("k", a -> a.withRegion("us"))));
    assertSame(
        no,
        assertThrows(RuntimeException.class, () -> accounts.upsert(Account.of("k", "us", "x"))));
    assertSame(no, assertThrows(RuntimeException.class, () -> accounts.delete("k")));

    assertEquals(before, keys());
    assertEquals("eu", stored("k").region());
  }

  @Test
  void aHooksInvalidResultIsAValidationExceptionAndNothingIsWritten() {
    VectorUserDao users = VectorUserDao.of(db);
    users
        .hooks()
        .beforeInsert(
            (ctx, u) ->
                new VectorUser(
                    u.id(),
                    u.region(),
                    u.name(),
                    "not an email",
                    -1,
                    u.score(),
                    u.balance(),
                    u.active(),
                    u.profile()));
    VectorUser valid =
        new VectorUser(
            "v1",
            "eu",
            "Ana",
            "ana@example.com",
            34,
            1.5,
            2.5,
            true,
            new VectorUser.Profile(null, "Lisbon"));
    ValidationException e = assertThrows(ValidationException.class, () -> users.insert(valid));
    assertTrue(e.getMessage().contains("email"), e.getMessage());
    assertEquals(List.of(), keys()); // neither the record nor its byRegion reference
  }

  @Test
  void beforeUpdateRunsOnEachAttemptOnTheFreshRecordAndAfterUpdateOnce() {
    AccountDao accounts = AccountDao.of(db);
    accounts.insert(Account.of("r", "eu", "free"));
    List<String> currents = new CopyOnWriteArrayList<>();
    List<String> afters = new CopyOnWriteArrayList<>();
    try (S3db other = S3db.builder().uri(bucket.uri(prefix)).build()) {
      AccountDao rival = AccountDao.of(other); // another writer, without these hooks
      accounts
          .hooks()
          .beforeUpdate(
              (ctx, current, changed) -> {
                currents.add(current.plan() + "->" + changed.region());
                if (currents.size() == 1) {
                  // the rival writes between this attempt's read and its conditional write: it
                  // loses
                  rival.update(
                      "r",
                      a ->
                          new Account(
                              a.id(),
                              a.name(),
                              a.region(),
                              "rival",
                              a.tier(),
                              a.score(),
                              a.vip(),
                              a.profile(),
                              a.nickname()));
                }
                return changed;
              });
      accounts
          .hooks()
          .afterUpdate(
              (ctx, before, after) ->
                  afters.add(before.plan() + "|" + after.plan() + "|" + after.region()));

      Account updated = accounts.update("r", a -> a.withRegion("us"));

      assertEquals(
          List.of("free->us", "rival->us"), currents); // 2 attempts, the 2nd on the fresh read
      assertEquals(List.of("rival|rival|us"), afters); // once, with the winning attempt's read
      assertEquals("us", updated.region());
      assertEquals("rival", stored("r").plan());
      assertEquals("us", stored("r").region());
    }
  }

  @Test
  void afterHookFailuresSurfaceAsAfterHookExceptionAndTheRecordIsStored() {
    AccountDao accounts = AccountDao.of(db);
    IllegalStateException first = new IllegalStateException("mailer down");
    IllegalArgumentException second = new IllegalArgumentException("audit down");
    AtomicInteger ran = new AtomicInteger();
    accounts
        .hooks()
        .afterInsert(
            (ctx, a) -> {
              ran.incrementAndGet();
              throw first;
            });
    accounts.hooks().afterInsert((ctx, a) -> ran.incrementAndGet());
    accounts
        .hooks()
        .afterInsert(
            (ctx, a) -> {
              ran.incrementAndGet();
              throw second;
            });

    AfterHookException e =
        assertThrows(
            AfterHookException.class, () -> accounts.insert(Account.of("a1", "eu", "pro")));

    assertEquals(3, ran.get()); // every after hook ran
    assertSame(first, e.getCause());
    assertEquals(List.of(second), List.of(e.getSuppressed()));
    assertTrue(e.getMessage().contains("WAS written"), e.getMessage());
    assertEquals("insert", e.operation());
    assertEquals("a1", e.id());
    assertEquals("accounts", e.resource());
    assertEquals("pro", ((Account) e.stored()).plan());
    assertEquals(Account.of("a1", "eu", "pro"), stored("a1")); // the write happened
    assertFalse(e.retryable());
  }

  @Test
  void afterHookFailuresOfUpdateUpsertAndDeleteCarryTheirResult() {
    AccountDao accounts = AccountDao.of(db);
    accounts.insert(Account.of("d", "eu", "pro"));
    RuntimeException boom = new RuntimeException("boom");
    accounts
        .hooks()
        .afterUpdate(
            (ctx, b, a) -> {
              throw boom;
            });
    accounts
        .hooks()
        .afterUpsert(
            (ctx, a) -> {
              throw boom;
            });
    accounts
        .hooks()
        .afterDelete(
            (ctx, id) -> {
              throw boom;
            });

    AfterHookException update =
        assertThrows(AfterHookException.class, () -> accounts.update("d", a -> a.withRegion("us")));
    assertEquals("us", ((Account) update.stored()).region());
    assertEquals("us", stored("d").region());

    AfterHookException upsert =
        assertThrows(AfterHookException.class, () -> accounts.upsert(Account.of("d", "jp", "pro")));
    assertEquals("jp", ((Account) upsert.stored()).region());
    assertEquals("jp", stored("d").region());

    AfterHookException delete = assertThrows(AfterHookException.class, () -> accounts.delete("d"));
    assertEquals("d", delete.stored());
    assertEquals(List.of(), keys()); // deleted, references too
  }

  @Test
  void inBulkCallsAnAbortIsThatItemsFailureAndTheOthersAreStored() {
    AccountDao accounts = AccountDao.of(db);
    IllegalStateException refusal = new IllegalStateException("banned region");
    accounts
        .hooks()
        .beforeInsert(
            (ctx, a) -> {
              if (a.region().equals("banned")) {
                throw refusal;
              }
              return a;
            });

    BulkResult<Account> result =
        accounts.insertMany(
            List.of(
                Account.of("b1", "eu", "p"),
                Account.of("b2", "banned", "p"),
                Account.of("b3", "us", "p")));

    assertEquals(2, result.succeededCount());
    assertEquals(1, result.failures().size());
    BulkResult.Failure<Account> failure = result.failures().get(0);
    assertEquals("b2", failure.id());
    assertSame(refusal, failure.error().getCause());
    assertTrue(accounts.exists("b1"));
    assertTrue(accounts.exists("b3"));
    assertFalse(accounts.exists("b2"));
    assertFalse(
        keys().stream().anyMatch(k -> k.contains("banned") || k.endsWith("id=b2")),
        keys().toString());

    try (BulkWriter<Account> writer = accounts.writer(BulkWriter.options())) {
      writer.add(Account.of("w1", "eu", "p"));
      writer.add(Account.of("w2", "banned", "p"));
      writer.close();
      assertEquals(1, writer.result().succeededCount());
      assertEquals("w2", writer.result().failures().get(0).id());
    }

    accounts
        .hooks()
        .beforeDelete(
            (ctx, id) -> {
              if (id.equals("b3")) {
                throw refusal;
              }
            });
    List<String> deletedAfter = new CopyOnWriteArrayList<>();
    accounts.hooks().afterDelete((ctx, id) -> deletedAfter.add(id));
    BulkResult<String> deleted = accounts.deleteMany(List.of("b1", "b3"));
    assertEquals(1, deleted.succeededCount());
    assertEquals("b3", deleted.failures().get(0).id());
    assertSame(refusal, deleted.failures().get(0).error().getCause());
    assertFalse(accounts.exists("b1"));
    assertTrue(accounts.exists("b3"));
    assertEquals(List.of("b1"), deletedAfter);
  }

  @Test
  void inBulkCallsAnAfterHookFailureIsLoggedAndTheItemSucceeds() {
    AccountDao accounts = AccountDao.of(db);
    List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger logger = Logger.getLogger("io.s3db.Hooks");
    logger.addHandler(handler);
    try {
      IllegalStateException boom = new IllegalStateException("after failed");
      accounts
          .hooks()
          .afterInsert(
              (ctx, a) -> {
                if (a.id().equals("l2")) {
                  throw boom;
                }
              });
      BulkResult<Account> result =
          accounts.insertMany(List.of(Account.of("l1", "eu", "p"), Account.of("l2", "eu", "p")));

      assertTrue(result.isSuccess());
      assertEquals(2, result.succeededCount());
      assertTrue(accounts.exists("l2"));
      assertEquals(1, logged.size());
      assertEquals(Level.WARNING, logged.get(0).getLevel());
      assertSame(boom, logged.get(0).getThrown());
      assertTrue(logged.get(0).getMessage().contains("l2"), logged.get(0).getMessage());
    } finally {
      logger.removeHandler(handler);
    }
  }

  @Test
  void aRemovedHookNoLongerRuns() {
    AccountDao accounts = AccountDao.of(db);
    AtomicInteger calls = new AtomicInteger();
    Registration registration = accounts.hooks().afterInsert((ctx, a) -> calls.incrementAndGet());
    accounts.insert(Account.of("h1", "eu", "p"));
    registration.close();
    registration.close(); // twice is harmless
    accounts.insert(Account.of("h2", "eu", "p"));
    assertEquals(1, calls.get());

    try (Registration scoped =
        accounts.hooks().beforeDelete((ctx, id) -> calls.incrementAndGet())) {
      accounts.delete("h1");
    }
    accounts.delete("h2");
    assertEquals(2, calls.get());
  }

  @Test
  void theContextGivesTheDaoTheResourceAndTheVersion() {
    AccountDao accounts = AccountDao.of(db);
    accounts.insert(Account.of("taken", "eu", "p"));
    List<HookContext<Account>> contexts = new CopyOnWriteArrayList<>();
    List<Boolean> existed = new CopyOnWriteArrayList<>();
    accounts
        .hooks()
        .beforeInsert(
            (ctx, a) -> {
              contexts.add(ctx);
              existed.add(ctx.dao().exists("taken"));
              // the seed's "auto-generate SKU": a nickname that no other record has yet
              return ctx.dao().exists("nick-" + a.id())
                  ? a
                  : new Account(
                      a.id(),
                      a.name(),
                      a.region(),
                      a.plan(),
                      a.tier(),
                      a.score(),
                      a.vip(),
                      a.profile(),
                      "nick-" + a.id());
            });
    Account inserted = accounts.insert(Account.of("ctx", "eu", "p"));

    HookContext<Account> ctx = contexts.get(0);
    assertEquals("accounts", ctx.resource());
    assertEquals("v1", ctx.version());
    assertNotNull(ctx.dao());
    assertEquals("accounts", ctx.dao().name());
    assertEquals(List.of(true), existed);
    assertEquals("nick-ctx", inserted.nickname());
    assertEquals("nick-ctx", stored("ctx").nickname());
    assertInstanceOf(io.s3db.S3Dao.class, ctx.dao());
  }
}
