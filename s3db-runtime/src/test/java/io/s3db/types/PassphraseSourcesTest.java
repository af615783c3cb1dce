package io.s3db.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.s3db.S3db;
import io.s3db.SecretException;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A passphrase from bytes or a file is that text, exactly (as s3db.js reads a Buffer). */
@ExtendWith(S3ServerExtension.class)
class PassphraseSourcesTest {
  private static final String PEM =
      "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n";
  private final TestBucket bucket;
  private final String prefix = "passphrases-" + System.nanoTime();

  PassphraseSourcesTest(TestBucket bucket) {
    this.bucket = bucket;
  }

  @Test
  void aFilesWholeContentIsThePassphrase(@TempDir Path dir) throws Exception {
    Path pem = dir.resolve("key.pem");
    Files.writeString(pem, PEM, StandardCharsets.UTF_8);
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphraseFile(pem).build()) {
      AccountDao.of(db).insert(new Account("a1", "ana", "pw-1"));
    }
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PEM).build()) {
      assertEquals("pw-1", AccountDao.of(db).get("a1").password());
    }
    byte[] bytes = PEM.getBytes(StandardCharsets.UTF_8);
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(bytes).build()) {
      assertEquals("pw-1", AccountDao.of(db).get("a1").password());
    }
    // the trailing newline is part of it, as in s3db.js
    try (S3db db = S3db.builder().uri(bucket.uri(prefix)).passphrase(PEM.strip()).build()) {
      assertThrows(SecretException.class, () -> AccountDao.of(db).get("a1"));
    }
  }

  @Test
  void aMissingFileIsAClearError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.pem");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> S3db.builder().passphraseFile(missing));
    assertEquals("Cannot read the passphrase file " + missing, e.getMessage());
  }
}
