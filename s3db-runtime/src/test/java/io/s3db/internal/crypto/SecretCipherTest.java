package io.s3db.internal.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.s3db.SecretException;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link SecretCipher} against what s3db.js 21.6.2 wrote (vectors/s3dbjs-vectors-21.6.2.json) and
 * against itself. Each PBKDF2 derivation costs tens of milliseconds, so the tests share ciphers
 * where they can and count derivations instead of timing anything.
 */
class SecretCipherTest {
  private static final String PASSPHRASE = "my-fixed-passphrase";
  private static final HexFormat HEX = HexFormat.of();

  private static JsonNode vector;
  private static List<String[]> s3dbJsValues; // {stored, plaintext}
  private static SecretCipher shared;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in =
        SecretCipherTest.class.getResourceAsStream("/vectors/s3dbjs-vectors-21.6.2.json")) {
      JsonNode v21 = new ObjectMapper().readTree(in);
      vector = v21.path("deterministicSecretVector");
      s3dbJsValues = new ArrayList<>();
      for (JsonNode check : v21.path("s3").path("secretCheck")) {
        s3dbJsValues.add(
            new String[] {check.path("ciphertext").asText(), check.path("decrypted").asText()});
      }
      s3dbJsValues.add(
          new String[] {
            vector.path("randomEncryptExample").asText(), vector.path("plaintext").asText()
          });
    }
    assertEquals(4, s3dbJsValues.size());
    shared = new SecretCipher(PASSPHRASE);
  }

  @Test
  void deterministicVectorMatchesS3dbJsByteForByte() {
    assertEquals(PASSPHRASE, vector.path("passphrase").asText());
    byte[] salt = HEX.parseHex(vector.path("saltHex").asText());
    byte[] iv = HEX.parseHex(vector.path("ivHex").asText());
    String plaintext = vector.path("plaintext").asText();
    String stored = vector.path("storedValueBase64").asText();

    assertEquals(vector.path("derivedKeyHex").asText(), HEX.formatHex(shared.derivedKey(salt)));
    assertEquals(
        "d29b670a04920cbd92668fe2b3ed1c3f5ed2d55abdf439714b61c2d3d26b019c",
        HEX.formatHex(shared.derivedKey(salt)));
    assertEquals(stored, shared.encrypt(plaintext, salt, iv));
    assertEquals("AAECAwQFBgcICQoLDA0OD6ChoqOkpaanqKmqq0fXM8d3X/OXe+EpXvTAf4dV1YhugxY=", stored);
    byte[] data = Base64.getDecoder().decode(stored);
    assertEquals(
        vector.path("ciphertextPlusTagHex").asText(),
        HEX.formatHex(data, SecretCipher.HEADER_BYTES, data.length));
    assertEquals(vector.path("decryptedByS3dbJs").asText(), shared.decrypt(stored));
  }

  @Test
  void decryptsRandomSaltValuesWrittenByS3dbJs() {
    for (String[] value : s3dbJsValues) {
      assertEquals(value[1], shared.decrypt(value[0]), value[0]);
    }
  }

  @Test
  void encryptProducesTheS3dbJsLayoutWithAFreshIvPerValue() {
    SecretCipher cipher = new SecretCipher(PASSPHRASE);
    Set<String> ivs = new HashSet<>();
    byte[] firstSalt = null;
    for (int i = 0; i < 200; i++) {
      String plaintext = "v".repeat(i);
      String stored = cipher.encrypt(plaintext);
      // FORMAT.md §4.4: 4·ceil((44+n)/3) characters for n plaintext bytes
      assertEquals(4 * ((44 + i + 2) / 3), stored.length());
      byte[] data = Base64.getDecoder().decode(stored);
      byte[] salt = Arrays.copyOfRange(data, 0, 16);
      if (firstSalt == null) {
        firstSalt = salt;
      }
      assertArrayEquals(firstSalt, salt, "salt is reused within one rotation window");
      assertTrue(ivs.add(HEX.formatHex(data, 16, 28)), "IV repeated");
      assertEquals(plaintext, cipher.decrypt(stored));
    }
    assertEquals(
        1,
        cipher.derivations(),
        "one derivation serves the write salt and reading the values back");
  }

  /**
   * NIST SP 800-38D §8.2.1: under one salt, the n-th value's IV is one random base with n XORed
   * into its last 8 bytes, so no IV repeats under a key, whichever thread claims which number.
   */
  @Test
  void ivsUnderOneSaltAreItsBaseWithTheValuesNumber() throws Exception {
    SecretCipher cipher = new SecretCipher(PASSPHRASE);
    byte[] first = Base64.getDecoder().decode(cipher.encrypt("v"));
    for (long n = 2; n <= 300; n++) {
      byte[] data = Base64.getDecoder().decode(cipher.encrypt("v"));
      assertArrayEquals(Arrays.copyOfRange(first, 0, 20), Arrays.copyOfRange(data, 0, 20));
      assertEquals(n ^ 1, ivNumberXor(first, data));
    }
    Set<Long> seen = ConcurrentHashMap.newKeySet();
    Thread[] writers = new Thread[4];
    for (int t = 0; t < writers.length; t++) {
      writers[t] =
          new Thread(
              () -> {
                for (int i = 0; i < 500; i++) {
                  byte[] data = Base64.getDecoder().decode(cipher.encrypt("v"));
                  assertTrue(seen.add(ivNumberXor(first, data)), "IV repeated");
                }
              });
      writers[t].start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
    Set<Long> numbers = new HashSet<>();
    for (long d : seen) {
      numbers.add(d ^ 1);
    }
    assertEquals(LongStream.rangeClosed(301, 2300).boxed().collect(Collectors.toSet()), numbers);
  }

  /** The last 8 IV bytes of two stored values, XORed: their numbers XORed. */
  private static long ivNumberXor(byte[] a, byte[] b) {
    long x = 0;
    for (int i = 20; i < 28; i++) {
      x = (x << 8) | ((a[i] ^ b[i]) & 0xFF);
    }
    return x;
  }

  /**
   * A thread keeps its GCM instance and re-keys it only when the key changes: whatever came before
   * on that thread (another salt, a failed decryption, another cipher), every value must still be
   * what a fresh cipher reads and writes.
   */
  @Test
  void aThreadsReusedGcmGivesWhatAFreshOneGivesWhateverCameBefore() {
    SecretCipher rotating =
        new SecretCipher(PASSPHRASE, new SecureRandom(), 16, 2, Long.MAX_VALUE, System::nanoTime);
    SecretCipher fresh = new SecretCipher(PASSPHRASE);
    String tampered = shared.encrypt("x").substring(0, 40) + "AAAA";
    java.util.Random steps = new java.util.Random(7);
    List<String[]> written = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      switch (steps.nextInt(5)) {
        case 0 -> written.add(new String[] {rotating.encrypt("r" + i), "r" + i});
        case 1 -> written.add(new String[] {shared.encrypt("s" + i), "s" + i});
        case 2 -> assertThrows(SecretException.class, () -> rotating.decrypt(tampered));
        case 3 -> {
          String[] value = s3dbJsValues.get(steps.nextInt(s3dbJsValues.size()));
          assertEquals(value[1], rotating.decrypt(value[0]));
        }
        default -> {
          if (!written.isEmpty()) {
            String[] value = written.get(steps.nextInt(written.size()));
            assertEquals(value[1], rotating.decrypt(value[0]));
          }
        }
      }
    }
    for (String[] value : written) {
      assertEquals(value[1], fresh.decrypt(value[0]));
    }
  }

  @Test
  void encryptionsAreRandomized() {
    assertNotEquals(shared.encrypt("same"), shared.encrypt("same"));
  }

  @Test
  void wrongPassphraseFailsWithoutLeakingAnything() {
    String plaintext = "hunter2-top-secret";
    String stored = shared.encrypt(plaintext);
    SecretCipher wrong = new SecretCipher("not-" + PASSPHRASE);
    for (String value : List.of(stored, vector.path("storedValueBase64").asText())) {
      SecretException e = assertThrows(SecretException.class, () -> wrong.decrypt(value));
      String message = e.getMessage();
      assertTrue(message.contains("failed to authenticate"), message);
      assertTrue(message.contains("wrong passphrase"), message);
      assertFalse(message.contains(plaintext), message);
      assertFalse(message.contains("p@ss-1"), message);
      assertFalse(message.contains(PASSPHRASE), message);
      assertFalse(message.contains(value), message);
      assertFalse(String.valueOf(e.getCause()).contains(PASSPHRASE));
    }
  }

  @Test
  void anyAlteredByteFailsToAuthenticate() {
    byte[] data = Base64.getDecoder().decode(vector.path("storedValueBase64").asText());
    // one byte in the salt, the IV, the ciphertext and the tag
    for (int at :
        new int[] {0, 15, 16, 27, 28, data.length - 17, data.length - 16, data.length - 1}) {
      byte[] tampered = data.clone();
      tampered[at] ^= 0x01;
      String value = Base64.getEncoder().encodeToString(tampered);
      SecretException e =
          assertThrows(SecretException.class, () -> shared.decrypt(value), "byte " + at);
      assertFalse(e.getMessage().contains("p@ss-1"));
    }
  }

  @Test
  void truncatedOrExtendedValuesFail() {
    byte[] data = Base64.getDecoder().decode(vector.path("storedValueBase64").asText());
    for (int length : new int[] {0, 1, 16, 28, 43, 44, data.length - 1}) {
      String value = Base64.getEncoder().encodeToString(Arrays.copyOf(data, length));
      assertThrows(SecretException.class, () -> shared.decrypt(value), "length " + length);
    }
    String longer = Base64.getEncoder().encodeToString(Arrays.copyOf(data, data.length + 1));
    assertThrows(SecretException.class, () -> shared.decrypt(longer));
  }

  @Test
  void garbageFails() {
    for (String value :
        List.of(
            "",
            "not base64!",
            "p@ss-1",
            "====",
            "AAECAwQFBgcICQoLDA0OD6ChoqOk*",
            "8J+YgA==",
            "plain text that a user stored before the field became secret")) {
      SecretException e = assertThrows(SecretException.class, () -> shared.decrypt(value), value);
      assertTrue(e.getMessage().startsWith("Cannot decrypt secret"), e.getMessage());
    }
  }

  @Test
  void emptyAndUnicodeRoundTrip() {
    for (String s : List.of("", " ", "p@ss-1", "ção 日本 😀 \u0000 \uFEFFbom", "x".repeat(5000))) {
      assertEquals(s, shared.decrypt(shared.encrypt(s)));
    }
  }

  @Test
  void loneSurrogatesBecomeReplacementCharactersLikeTextEncoder() {
    assertEquals("a\uFFFDb\uFFFD", shared.decrypt(shared.encrypt("a\uD800b\uDC00")));
  }

  @Test
  void keyCacheDerivesOncePerSalt() {
    SecretCipher cipher = new SecretCipher(PASSPHRASE);
    String stored = s3dbJsValues.get(0)[0];
    assertEquals(0, cipher.derivations());
    assertEquals(s3dbJsValues.get(0)[1], cipher.decrypt(stored));
    assertEquals(1, cipher.derivations());
    assertEquals(s3dbJsValues.get(0)[1], cipher.decrypt(stored));
    assertEquals(s3dbJsValues.get(0)[1], cipher.decrypt(stored));
    assertEquals(1, cipher.derivations(), "second and third decryption of one salt hit the cache");
    cipher.decrypt(s3dbJsValues.get(1)[0]);
    assertEquals(2, cipher.derivations(), "another salt is another derivation");
  }

  @Test
  void keyCacheIsBoundedAndLeastRecentlyUsed() {
    SecretCipher cipher =
        new SecretCipher(
            PASSPHRASE, new SecureRandom(), 2, 1L << 20, Long.MAX_VALUE, System::nanoTime);
    String a = s3dbJsValues.get(0)[0];
    String b = s3dbJsValues.get(1)[0];
    String c = s3dbJsValues.get(2)[0];
    cipher.decrypt(a);
    cipher.decrypt(b);
    cipher.decrypt(a); // a is now the most recently used
    assertEquals(2, cipher.derivations());
    cipher.decrypt(c); // evicts b
    assertEquals(3, cipher.derivations());
    cipher.decrypt(a);
    assertEquals(3, cipher.derivations(), "a stayed cached");
    cipher.decrypt(b);
    assertEquals(4, cipher.derivations(), "b was evicted");
  }

  @Test
  void writeSaltRotatesAfterItsQuota() {
    SecretCipher cipher =
        new SecretCipher(PASSPHRASE, new SecureRandom(), 16, 3, Long.MAX_VALUE, System::nanoTime);
    List<String> salts = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      String stored = cipher.encrypt("v" + i);
      salts.add(HEX.formatHex(Base64.getDecoder().decode(stored), 0, 16));
      assertEquals("v" + i, cipher.decrypt(stored));
    }
    assertEquals(salts.get(0), salts.get(2));
    assertNotEquals(salts.get(2), salts.get(3));
    assertEquals(salts.get(3), salts.get(5));
    assertNotEquals(salts.get(5), salts.get(6));
    assertEquals(3, new HashSet<>(salts).size());
    assertEquals(3, cipher.derivations());
  }

  @Test
  void writeSaltRotatesAfterItsLifetime() {
    AtomicLong now = new AtomicLong();
    SecretCipher cipher =
        new SecretCipher(PASSPHRASE, new SecureRandom(), 16, 1L << 20, 1_000, now::get);
    String first = salt(cipher.encrypt("a"));
    now.set(999);
    assertEquals(first, salt(cipher.encrypt("b")));
    now.set(1_000);
    String second = salt(cipher.encrypt("c"));
    assertNotEquals(first, second);
    now.set(1_500);
    assertEquals(second, salt(cipher.encrypt("d")));
    assertEquals(2, cipher.derivations());
  }

  @Test
  void rejectsUnsafeSettings() {
    SecureRandom r = new SecureRandom();
    assertThrows(
        IllegalArgumentException.class, () -> new SecretCipher("p", r, 0, 1, 1, System::nanoTime));
    assertThrows(
        IllegalArgumentException.class,
        () -> new SecretCipher("p", r, 1, (1L << 32) + 1, 1, System::nanoTime));
    assertThrows(
        IllegalArgumentException.class, () -> shared.encrypt("x", new byte[15], new byte[12]));
    assertThrows(
        IllegalArgumentException.class, () -> shared.encrypt("x", new byte[16], new byte[16]));
  }

  @Test
  void decryptsFromEightThreadsWithOneDerivationPerSalt() throws Exception {
    SecretCipher writer = new SecretCipher(PASSPHRASE);
    List<String[]> values = new ArrayList<>(s3dbJsValues);
    for (int i = 0; i < 50; i++) {
      values.add(new String[] {writer.encrypt("value-" + i + "-ü"), "value-" + i + "-ü"});
    }
    SecretCipher reader =
        new SecretCipher(PASSPHRASE); // cold: every thread races for the same salts
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<Integer> task =
            () -> {
              start.await();
              int ok = 0;
              for (int round = 0; round < 5; round++) {
                for (int i = 0; i < values.size(); i++) {
                  String[] value = values.get((i + offset) % values.size());
                  assertEquals(value[1], reader.decrypt(value[0]));
                  // writes interleave with reads, on the shared write salt
                  String mine = "t" + offset + "-" + round + "-" + i;
                  assertEquals(mine, reader.decrypt(reader.encrypt(mine)));
                  ok++;
                }
              }
              return ok;
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Integer> result : results) {
        assertEquals(5 * values.size(), result.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    // 4 s3db.js salts + the writer's salt + the reader's own write salt
    assertEquals(6, reader.derivations());
  }

  @Test
  void locatedExceptionNamesTheFieldButNotTheValue() {
    SecretException e =
        assertThrows(
            SecretException.class, () -> new SecretCipher("wrong").decrypt(s3dbJsValues.get(0)[0]));
    SecretException located = e.at("users", "user-1", "password");
    assertEquals("users", located.resource());
    assertEquals("user-1", located.id());
    assertTrue(
        located
            .getMessage()
            .startsWith(
                "Cannot decrypt secret field 'password' of resource 'users' id 'user-1': the value failed"),
        located.getMessage());
    assertTrue(located.getMessage().contains("failed to authenticate"));
    assertFalse(located.getMessage().contains(PASSPHRASE));
  }

  private static String salt(String stored) {
    return HEX.formatHex(Base64.getDecoder().decode(stored), 0, 16);
  }
}
