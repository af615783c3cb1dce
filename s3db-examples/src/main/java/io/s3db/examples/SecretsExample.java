package io.s3db.examples;

import io.s3db.S3db;
import io.s3db.SecretException;
import io.s3db.testing.EmbeddedS3;
import java.util.TreeMap;

/**
 * Secrets: a passphrase, a generated password, what is stored, and a wrong passphrase: {@code mvn
 * -q -pl s3db-examples -am compile exec:java -Dexec.mainClass=io.s3db.examples.SecretsExample}.
 */
public final class SecretsExample {
  private SecretsExample() {}

  public static void main(String[] args) {
    try (EmbeddedS3 s3 = EmbeddedS3.inMemory()) {
      s3.createBucket("secrets");
      String uri = s3.uri("secrets", "app");

      // snippet: passphrase
      try (S3db db = S3db.builder().uri(uri).passphrase("correct horse battery staple").build()) {
        ApiKeyDao keys = ApiKeyDao.of(db);
        ApiKey key = keys.insert(new ApiKey("k1", "ana", null, "rotate in May"));
        System.out.println("generated " + key.token().length() + " characters"); // 12
        System.out.println("read back " + keys.get("k1").equals(key)); // true
      }
      // end snippet: passphrase

      String objectKey = "app/resource=api_keys/data/id=k1";
      System.out.println(
          "stored    "
              + new TreeMap<>(
                  s3.client().headObject(r -> r.bucket("secrets").key(objectKey)).metadata()));

      // snippet: wrong-passphrase
      try (S3db db = S3db.builder().uri(uri).passphrase("wrong").build()) {
        ApiKeyDao.of(db).get("k1");
      } catch (SecretException e) {
        // names the resource, record and field; never the value or the passphrase
        System.out.println("refused   " + e.getMessage());
      }
      // end snippet: wrong-passphrase
    }
  }
}
