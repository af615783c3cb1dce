package io.s3db.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.S3dbBuilder;
import io.s3db.costs.CostsPlugin;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import io.s3db.testing.faults.Fault;
import io.s3db.testing.faults.FaultProxy;
import io.s3db.testing.faults.FaultProxyExtension;
import io.s3db.testing.faults.FaultRule;
import io.s3db.testing.faults.S3Operation;
import io.s3db.types.Account;
import io.s3db.types.AccountDao;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Filter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The request log ({@code io.s3db.requests}, through System.Logger to java.util.logging): one line
 * per request sent, with its operation, key, status and the resource and DAO call it served; at
 * INFO when verbose, at DEBUG (FINE) otherwise; never a passphrase, a credential, a secret field or
 * a metadata value.
 */
@ExtendWith({S3ServerExtension.class, FaultProxyExtension.class})
class RequestLogTest {
  private static final String PASSPHRASE = "correct horse battery staple";
  private static final String PASSWORD = "hunter2-Pa55word";
  private static final String OWNER = "Zed Owner-Ølsen";

  private final TestBucket bucket;
  private final String prefix = "requestlog-" + System.nanoTime();

  RequestLogTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @Test
  void verboseLogsEachRequestAtInfo_neverASecret() {
    CostsPlugin costs = CostsPlugin.create();
    List<String> metadataValues = new ArrayList<>();
    List<LogRecord> logged =
        capture(
            S3db.builder()
                .uri(bucket.uri(prefix))
                .passphrase(PASSPHRASE)
                .verbose(true)
                .plugin(costs),
            db -> {
              AccountDao vault = AccountDao.of(db);
              vault.insert(new Account("acc1", OWNER, PASSWORD));
              metadataValues.addAll(
                  bucket
                      .client()
                      .headObject(r -> r.bucket(bucket.name()).key(dataKey("acc1")))
                      .metadata()
                      .values());
              vault.get("acc1");
              vault.list();
              vault.exists("missing");
              vault.delete("acc1");
            });

    List<String> lines = messages(logged);
    for (LogRecord record : logged) {
      assertEquals(Level.INFO, record.getLevel(), record.getMessage());
    }
    String data = bucket.name() + "/" + dataKey("acc1");
    assertHas(lines, "PutObject " + data + " -> 200 (vault INSERT)");
    assertHas(lines, "HeadObject " + data + " -> 200 (vault GET)");
    assertHas(lines, "ListObjectsV2 " + bucket.name() + "/" + prefix + "/resource=vault/");
    assertHas(
        lines, "HeadObject " + bucket.name() + "/" + dataKey("missing") + " -> 404 (vault EXISTS)");
    assertHas(lines, "DeleteObject " + data + " -> 204 (vault DELETE)");
    assertHas(lines, "GetObject " + bucket.name() + "/" + prefix + "/s3db.json -> ");
    // one line per answer; the costs plugin's interceptor on the same client counts as many
    long answers = lines.stream().filter(l -> l.contains(" -> ")).count();
    assertEquals(costs.snapshot().total().answered(), answers, String.join("\n", lines));

    assertFalse(metadataValues.isEmpty());
    List<String> secrets = new ArrayList<>(metadataValues);
    secrets.addAll(
        List.of(PASSPHRASE, PASSWORD, OWNER, EmbeddedS3.SECRET_KEY, EmbeddedS3.ACCESS_KEY));
    for (String line : lines) {
      for (String secret : secrets) {
        if (secret.length() > 3) { // short metadata values ("1", "v1") are not secrets
          assertFalse(line.contains(secret), "'" + secret + "' logged: " + line);
        }
      }
      assertFalse(line.contains("Authorization") || line.contains("Signature"), line);
    }
  }

  @Test
  void withoutVerboseTheLogIsAtDebug() {
    List<LogRecord> logged =
        capture(
            S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE),
            db -> AccountDao.of(db).insert(new Account("acc2", OWNER, PASSWORD)));
    assertFalse(logged.isEmpty());
    for (LogRecord record : logged) {
      assertEquals(Level.FINE, record.getLevel(), record.getMessage());
    }
    assertHas(
        messages(logged),
        "PutObject " + bucket.name() + "/" + dataKey("acc2") + " -> 200 (vault INSERT)");
  }

  @Test
  void anAttemptWithoutAnswerIsLoggedToo(FaultProxy proxy) {
    proxy.inject(
        FaultRule.on(S3Operation.HEAD_OBJECT).keyMatching(".*id=acc3").resetBeforeForwarding());
    List<LogRecord> logged =
        capture(
            S3db.builder()
                .uri(proxy.uri(bucket.name(), prefix))
                .passphrase(PASSPHRASE)
                .verbose(true),
            db -> {
              AccountDao vault = AccountDao.of(db);
              vault.insert(new Account("acc3", OWNER, PASSWORD));
              vault.get("acc3");
            });
    String head = "HeadObject " + bucket.name() + "/" + dataKey("acc3");
    List<String> lines = messages(logged);
    assertHas(lines, head + " got no answer, sent again (vault GET)");
    assertHas(lines, head + " -> 200 (vault GET)");
    assertEquals(1, proxy.stats().faults(Fault.RESET_BEFORE_FORWARDING));
  }

  private String dataKey(String id) {
    return prefix + "/resource=vault/data/id=" + id;
  }

  /** What the log got while {@code work} ran on a database built by {@code builder}. */
  private static List<LogRecord> capture(S3dbBuilder builder, Consumer<S3db> work) {
    List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    Logger logger = Logger.getLogger("io.s3db.requests");
    Level level = logger.getLevel();
    Filter filter = logger.getFilter();
    logger.setLevel(Level.ALL);
    // a filter sees every record the logger takes; false keeps them out of the build's output
    logger.setFilter(record -> !logged.add(record));
    try (S3db db = builder.build()) {
      work.accept(db);
    } finally {
      logger.setFilter(filter);
      logger.setLevel(level);
    }
    return List.copyOf(logged);
  }

  private static List<String> messages(List<LogRecord> records) {
    SimpleFormatter formatter = new SimpleFormatter();
    List<String> lines = new ArrayList<>();
    for (LogRecord record : records) {
      lines.add(formatter.formatMessage(record));
    }
    return lines;
  }

  private static void assertHas(List<String> lines, String part) {
    assertTrue(
        lines.stream().anyMatch(l -> l.contains(part)),
        "no line with '" + part + "' in:\n" + String.join("\n", lines));
  }
}
