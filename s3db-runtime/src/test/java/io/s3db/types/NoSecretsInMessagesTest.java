package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.BulkResult;
import io.s3db.S3db;
import io.s3db.S3dbException;
import io.s3db.SecretException;
import io.s3db.ValidationException;
import io.s3db.internal.ConnectionString;
import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * No message, {@code toString} or log line of the library holds a secret field's value, the
 * passphrase or the S3 secret key: each is a distinctive string here, looked for in everything the
 * library produced.
 */
@ExtendWith(S3ServerExtension.class)
class NoSecretsInMessagesTest {
  private static final String SECRET_VALUE = "Plain7Secret-qx";
  private static final String PASSPHRASE = "Pass9phrase-zk";
  private static final String OTHER_PASSPHRASE = "Wrong4phrase-vj";
  private static final String S3_SECRET = EmbeddedS3.SECRET_KEY;

  private final TestBucket bucket;
  private final String prefix = "nosecrets-" + System.nanoTime();
  private final List<String> produced = new ArrayList<>();
  private final Handler logs =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logLines++;
          produced.add(
              new java.util.logging.SimpleFormatter().formatMessage(record)
                  + " "
                  + record.getThrown());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private int logLines;

  /** Every secret of the test: field values, passphrases, the S3 secret key. */
  private final List<String> secrets =
      new ArrayList<>(List.of(SECRET_VALUE, PASSPHRASE, OTHER_PASSPHRASE, S3_SECRET));

  NoSecretsInMessagesTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @BeforeEach
  void captureLogs() {
    Logger.getLogger("io.s3db").addHandler(logs); // System.Logger writes to java.util.logging here
    Logger.getLogger("io.s3db").setLevel(Level.ALL);
  }

  @AfterEach
  void assertNothingLeaked() {
    Logger.getLogger("io.s3db").removeHandler(logs);
    for (String text : produced) {
      for (String secret : secrets) {
        assertFalse(text.contains(secret), () -> "'" + secret + "' in: " + text);
      }
    }
  }

  @Test
  void failuresOfRecordsWithSecrets() {
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      keep(db.toString());
      AccountDao vault = AccountDao.of(db);
      Account account = new Account("a1", "ana", SECRET_VALUE);
      vault.insert(account);
      BulkResult<Account> bulk =
          vault.insertMany(List.of(account, new Account("a2", "bo", SECRET_VALUE)));
      assertEquals(1, bulk.failures().size());
      keep(bulk.toString());
      keep(bulk.failures().get(0).toString());
      keep(bulk.failures().get(0).error());
      keep(assertThrows(S3dbException.class, () -> vault.insert(account)));

      ConstrainedDao constrained = ConstrainedDao.of(db);
      Constrained bad = ValidationTest.valid("c1");
      Constrained badToken =
          new Constrained(
              "c1",
              bad.name(),
              bad.title(),
              bad.tags(),
              bad.email(),
              bad.code(),
              bad.stars(),
              bad.count(),
              bad.balance(),
              bad.debt(),
              bad.offset(),
              bad.ratio(),
              bad.price(),
              bad.born(),
              bad.joined(),
              bad.expires(),
              bad.level(),
              bad.required(),
              SECRET_VALUE + "\uD800");
      ValidationException invalid =
          assertThrows(ValidationException.class, () -> constrained.insert(badToken));
      keep(invalid);
      invalid.violations().forEach(v -> keep(v.toString() + v.rejectedValue()));
    }
    try (S3db wrong = S3db.builder().uri(bucket.uri(prefix)).passphrase(OTHER_PASSPHRASE).build()) {
      SecretException e = assertThrows(SecretException.class, () -> AccountDao.of(wrong).get("a1"));
      keep(e);
    }
  }

  /**
   * Every stored value of a record with secrets corrupted in turn: CodecExceptions and
   * SecretExceptions.
   */
  @Test
  void codecErrorsOfARecordWithSecrets() throws Exception {
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      EverythingDao everything = EverythingDao.of(db);
      Everything e1 = TypesTest.full("e1");
      secrets.add(e1.password());
      secrets.add(e1.apiKey());
      everything.insert(e1);
      String key = prefix + "/resource=everything/data/id=e1";
      Map<String, String> stored =
          bucket.client().headObject(b -> b.bucket(bucket.name()).key(key)).metadata();
      int failures = 0;
      for (String field : stored.keySet()) {
        if (field.equals("_v")) {
          continue;
        }
        Map<String, String> corrupted = new java.util.HashMap<>(stored);
        corrupted.put(field, "{!}");
        bucket
            .client()
            .copyObject(
                b ->
                    b.sourceBucket(bucket.name())
                        .sourceKey(key)
                        .destinationBucket(bucket.name())
                        .destinationKey(prefix + "/resource=everything/data/id=bad")
                        .metadataDirective("REPLACE")
                        .metadata(corrupted));
        try {
          keep(
              everything.get("bad").toString().replace(e1.password(), "").replace(e1.apiKey(), ""));
        } catch (S3dbException e) {
          keep(e);
          failures++;
        }
      }
      assertTrue(failures > 20, "most corruptions fail: " + failures);
    }
  }

  @Test
  void codecErrorsOfASecretField() {
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      AccountDao vault = AccountDao.of(db);
      vault.insert(new Account("a1", "ana", SECRET_VALUE));
      bucket
          .client()
          .copyObject(
              b ->
                  b.sourceBucket(bucket.name())
                      .sourceKey(key("a1"))
                      .destinationBucket(bucket.name())
                      .destinationKey(key("a2"))
                      .metadataDirective("REPLACE")
                      .metadata(Map.of("_v", "v1", "0", "ana", "1", SECRET_VALUE)));
      keep(assertThrows(SecretException.class, () -> vault.get("a2")));
    }
  }

  @Test
  void logLinesOfAFailingCleanUp() {
    S3Client failingDeletes =
        EmbeddedS3.clientBuilder(bucket.server().endpoint(), bucket.server().accessKey(), S3_SECRET)
            .overrideConfiguration(
                c ->
                    c.addExecutionInterceptor(
                        new ExecutionInterceptor() {
                          @Override
                          public void beforeExecution(
                              Context.BeforeExecution context, ExecutionAttributes attributes) {
                            if (attributes
                                .getAttribute(SdkExecutionAttribute.OPERATION_NAME)
                                .startsWith("DeleteObject")) {
                              throw SdkClientException.create("deletes refused by the test");
                            }
                          }
                        }))
            .build();
    try (failingDeletes;
        S3db db =
            S3db.builder()
                .client(failingDeletes)
                .bucket(bucket.name())
                .keyPrefix(prefix)
                .passphrase(PASSPHRASE)
                .build()) {
      keep(db.toString());
      io.s3db.it.AccountDao accounts = io.s3db.it.AccountDao.of(db);
      accounts.insert(io.s3db.it.Account.of("p1", "eu", "pro"));
      accounts.update("p1", a -> a.withRegion("us")); // the old reference cannot be deleted: logged
      assertTrue(logLines > 0, "a log line was captured");
      AccountDao.of(db).insert(new Account("s1", "ana", SECRET_VALUE));
      keep(assertThrows(S3dbException.class, () -> AccountDao.of(db).delete("s1")));
    }
  }

  @Test
  void connectionStringsAndSettings() {
    for (String uri :
        List.of(
            "http://KEY:" + SECRET_VALUE + "@localhost:notaport/b",
            "http://KEY:" + SECRET_VALUE + "@x@localhost:9000/b",
            "s3://KEY:ab/" + SECRET_VALUE + "@bucket/p",
            "s3://KEY:"
                + SECRET_VALUE
                + "@bucket/p?passphrase="
                + PASSPHRASE
                + "&endpoint=http://u:"
                + S3_SECRET
                + "@h%20st",
            "ftp://KEY:" + SECRET_VALUE + "@host/b",
            "s3://KEY:" + SECRET_VALUE + "@/nobucket",
            "http://KEY:" + SECRET_VALUE + "@local host:9000/b")) {
      keep(assertThrows(S3dbException.class, () -> ConnectionString.parse(uri), uri));
      keep(assertThrows(S3dbException.class, () -> S3db.connect(uri), uri));
    }
    keep(
        ConnectionString.parse("s3://KEY:" + SECRET_VALUE + "@bucket/p?passphrase=" + PASSPHRASE)
            .toString());
    keep(
        S3db.builder()
            .uri("s3://KEY:" + SECRET_VALUE + "@bucket/p")
            .passphrase(PASSPHRASE)
            .credentials("KEY", S3_SECRET)
            .toString());
    keep(
        new io.s3db.internal.Settings(
                null,
                null,
                "b",
                "p",
                null,
                "r",
                "KEY",
                S3_SECRET,
                PASSPHRASE,
                1,
                java.util.Map.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                java.time.Clock.systemUTC(),
                true)
            .toString());
  }

  private void keep(String text) {
    produced.add(text);
  }

  /** The exception's message, toString and whole stack trace, causes included. */
  private void keep(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    produced.add(e + "\n" + trace);
  }

  private String key(String id) {
    return prefix + "/resource=vault/data/id=" + id;
  }
}
