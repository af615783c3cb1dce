package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.SecretException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * {@code @Secret} fields against a real S3 server, interoperable with s3db.js's ciphertexts
 * (FORMAT.md §4.4).
 */
@ExtendWith(S3ServerExtension.class)
class SecretsTest {
  /**
   * user-1's password as s3db.js 21.6.2 encrypted it (src/test/resources/vectors, s3.secretCheck).
   */
  private static final String S3DBJS_CIPHERTEXT =
      "GpDn/XC4aAbGqnhkYlsEPmfP47R7ofWMTg4HPv2qYbN/L+U+j2xTRPyaAaUFO0qXa3k=";

  private static final String PASSPHRASE = "my-fixed-passphrase";

  @Test
  void secretsAreEncryptedAtRestAndDecryptedOnRead(TestBucket bucket) {
    String prefix = "secrets-" + System.nanoTime();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      AccountDao accounts = AccountDao.of(db);
      accounts.insert(new Account("a1", "ana", "p@ss-1"));
      String stored = head(bucket, prefix, "a1").get("1");
      assertNotEquals("p@ss-1", stored);
      assertEquals(68, stored.length(), "4 * ceil((16 salt + 12 iv + 16 tag + 6 text) / 3)");
      assertEquals("p@ss-1", accounts.get("a1").password());
    }
  }

  @Test
  void readsWhatS3dbJsEncrypted(TestBucket bucket) {
    String prefix = "secrets-js-" + System.nanoTime();
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      AccountDao accounts = AccountDao.of(db);
      bucket
          .client()
          .putObject(
              b ->
                  b.bucket(bucket.name())
                      .key(prefix + "/resource=vault/data/id=js")
                      .metadata(Map.of("0", "ana", "1", S3DBJS_CIPHERTEXT, "_v", "v1")),
              RequestBody.empty());
      assertEquals("p@ss-1", accounts.get("js").password());
    }
  }

  @Test
  void aWrongPassphraseFailsClearlyWithoutLeakingAnything(TestBucket bucket) {
    String prefix = "secrets-wrong-" + System.nanoTime();
    try (S3db writer = S3db.builder().uri(bucket.uri(prefix)).passphrase("right").build()) {
      AccountDao.of(writer).insert(new Account("a1", "ana", "hunter2"));
    }
    try (S3db reader = S3db.builder().uri(bucket.uri(prefix)).passphrase("Zq-not-it").build()) {
      SecretException e =
          assertThrows(SecretException.class, () -> AccountDao.of(reader).get("a1"));
      assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
      assertFalse(e.getMessage().contains("Zq-not-it"), e.getMessage());
      assertTrue(e.getMessage().contains("passphrase"), e.getMessage());
    }
  }

  @Test
  void aResourceWithSecretsNeedsAPassphrase(TestBucket bucket) {
    try (S3db db = S3db.connect(bucket.uri("secrets-none-" + System.nanoTime()))) {
      S3dbConfigurationException e =
          assertThrows(S3dbConfigurationException.class, () -> AccountDao.of(db));
      assertTrue(e.getMessage().contains("no passphrase"), e.getMessage());
    }
  }

  @Test
  void thePassphraseCanComeWithTheConnectionString(TestBucket bucket) {
    try (S3db db =
        S3db.connect(
            bucket.uri("secrets-uri-" + System.nanoTime()) + "?passphrase=" + PASSPHRASE)) {
      AccountDao accounts = AccountDao.of(db);
      Account stored = accounts.insert(new Account(null, "bo", null));
      assertEquals(stored.password(), accounts.get(stored.id()).password(), "a generated password");
    }
  }

  /** s3db.js stores an absent optional secret as an encryption of the text "undefined". */
  @Test
  void s3dbJsAbsentOptionalSecretsReadAsNull(TestBucket bucket) throws Exception {
    String prefix = "secrets-undefined-" + System.nanoTime();
    io.s3db.internal.crypto.SecretCipher cipher =
        new io.s3db.internal.crypto.SecretCipher(PASSPHRASE);
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PASSPHRASE).build()) {
      EverythingDao everything = EverythingDao.of(db);
      everything.insert(TypesTest.full("u"));
      String key = prefix + "/resource=everything/data/id=u";
      Map<String, String> metadata =
          new java.util.HashMap<>(
              bucket.client().headObject(b -> b.bucket(bucket.name()).key(key)).metadata());
      int apiKey =
          EverythingCodec.ATTRIBUTES.stream().map(a -> a.path()).toList().indexOf("apiKey");
      metadata.put(Integer.toString(apiKey, 36), cipher.encrypt("undefined"));
      bucket
          .client()
          .putObject(b -> b.bucket(bucket.name()).key(key).metadata(metadata), RequestBody.empty());
      assertEquals(null, everything.get("u").apiKey());
      io.s3db.ValidationException e =
          assertThrows(
              io.s3db.ValidationException.class,
              () -> AccountDao.of(db).insert(new Account("x", "ana", "undefined")));
      assertEquals("secret", e.violations().get(0).rule());
    }
  }

  private static Map<String, String> head(TestBucket bucket, String prefix, String id) {
    return bucket
        .client()
        .headObject(b -> b.bucket(bucket.name()).key(prefix + "/resource=vault/data/id=" + id))
        .metadata();
  }
}
