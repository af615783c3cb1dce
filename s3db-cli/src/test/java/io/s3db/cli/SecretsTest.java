package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.S3db;
import io.s3db.testing.S3ServerExtension;
import io.s3db.testing.TestBucket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets are shown only with --decrypt; without a passphrase, what reads no secret still works.
 */
@ExtendWith(S3ServerExtension.class)
class SecretsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSPHRASE = "cli-test-passphrase";
  private static String uri = "";

  @BeforeAll
  static void accounts(TestBucket bucket) {
    uri = bucket.uri("secrets");
    try (S3db db = S3db.builder().uri(uri).passphrase(PASSPHRASE).build()) {
      AccountDao.of(db).insert(new Account("a1", "Ana", "tok-123"));
      AccountDao.of(db).insert(new Account("a2", "Bo", "tok-456"));
    }
  }

  @Test
  void maskedUnlessDecrypt() throws Exception {
    Map<String, String> env = Run.env(uri, "S3DB_PASSPHRASE", PASSPHRASE);
    Run masked = Run.of(env, "get", "accounts", "a1");
    assertEquals(0, masked.code(), masked::toString);
    assertEquals("***", JSON.readTree(masked.out()).get("apiToken").asText());
    assertEquals("Ana", JSON.readTree(masked.out()).get("name").asText());

    Run clear = Run.of(env, "get", "accounts", "a1", "--decrypt");
    assertEquals("tok-123", JSON.readTree(clear.out()).get("apiToken").asText());

    Run list = Run.of(env, "list", "accounts");
    assertEquals(2, list.lines().size(), list::toString);
    assertTrue(list.out().contains("\"apiToken\":\"***\""), list::toString);
    assertTrue(!list.out().contains("tok-"), list::toString);
    Run export = Run.of(env, "export", "accounts", "--format", "csv");
    assertTrue(!export.out().contains("tok-"), export::toString);
    assertTrue(Run.of(env, "export", "accounts", "--decrypt").out().contains("tok-456"));
  }

  @Test
  void passphraseFromAFileOrTheCommandLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("passphrase");
    Files.write(file, PASSPHRASE.getBytes(StandardCharsets.UTF_8));
    Run fromFile =
        Run.of(
            Run.env(uri),
            "get",
            "accounts",
            "a2",
            "--decrypt",
            "--passphrase-file",
            file.toString());
    assertEquals(0, fromFile.code(), fromFile::toString);
    assertEquals("tok-456", JSON.readTree(fromFile.out()).get("apiToken").asText());
    Run fromOption =
        Run.of(Run.env(uri), "get", "accounts", "a2", "--decrypt", "--passphrase", PASSPHRASE);
    assertEquals("tok-456", JSON.readTree(fromOption.out()).get("apiToken").asText());

    Run missingFile =
        Run.of(
            Run.env(uri),
            "get",
            "accounts",
            "a2",
            "--passphrase-file",
            dir.resolve("no").toString());
    assertEquals(2, missingFile.code(), missingFile::toString);
  }

  @Test
  void withoutPassphraseDescribeAndCountWorkAndReadsSayWhatIsMissing() throws Exception {
    Map<String, String> env = Run.env(uri);
    Run describe = Run.of(env, "describe", "accounts");
    assertEquals(0, describe.code(), describe::toString);
    JsonNode token = null;
    for (JsonNode a : JSON.readTree(describe.out()).get("attributes")) {
      if (a.get("path").asText().equals("apiToken")) {
        token = a;
      }
    }
    assertTrue(token != null && token.get("secret").asBoolean(), describe::toString);
    assertEquals("2", Run.of(env, "count", "accounts").out().strip());

    Run get = Run.of(env, "get", "accounts", "a1");
    assertEquals(1, get.code(), get::toString);
    assertEquals(
        "s3db get: resource 'accounts' has secret attributes (apiToken): give the passphrase with"
            + " --passphrase-file FILE, S3DB_PASSPHRASE or --passphrase",
        get.errLines().get(0));
    assertEquals(1, get.errLines().size(), get::toString);
  }
}
