package io.s3db.internal.crypto;

import java.security.SecureRandom;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Rough costs of {@link SecretCipher} (not a test, not JMH: a warmed-up loop and {@code
 * System.nanoTime}). Run from s3db-runtime after {@code mvn test-compile}:
 *
 * <pre>{@code
 * java -cp target/classes:target/test-classes:$(ls ~/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/*.jar) \
 *     io.s3db.internal.crypto.SecretCipherBench
 * }</pre>
 */
public final class SecretCipherBench {
  private SecretCipherBench() {}

  private static final String PASSPHRASE = "my-fixed-passphrase";
  private static final String PLAINTEXT = "p@ss-1";
  private static final String PLAINTEXT_100 = "x".repeat(100);
  private static volatile Object sink;

  public static void main(String[] args) throws Exception {
    System.out.printf(
        Locale.ROOT,
        "java %s, %s %s, %d cpus%n",
        System.getProperty("java.vm.version"),
        System.getProperty("os.name"),
        System.getProperty("os.arch"),
        Runtime.getRuntime().availableProcessors());
    for (int pass = 1; pass <= 3; pass++) {
      System.out.printf(
          Locale.ROOT, "-- pass %d%s%n", pass, pass == 1 ? " (JIT still warming up)" : "");
      run();
    }
  }

  private static void run() throws Exception {
    SecureRandom random = new SecureRandom();

    // one PBKDF2-HMAC-SHA256 derivation, 100 000 iterations (BouncyCastle, as SecretCipher runs it)
    SecretCipher deriver = new SecretCipher(PASSPHRASE);
    for (int i = 0; i < 5; i++) {
      sink = deriver.derivedKey(randomSalt(random));
    }
    int derivations = 30;
    long t = System.nanoTime();
    for (int i = 0; i < derivations; i++) {
      sink = deriver.derivedKey(randomSalt(random));
    }
    double pbkdf2Ms = (System.nanoTime() - t) / 1e6 / derivations;
    System.out.printf(
        Locale.ROOT, "PBKDF2 derivation (BouncyCastle):          %8.2f ms%n", pbkdf2Ms);

    // the JDK's own PBKDF2, for reference only
    SecretKeyFactory jca = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
    for (int i = 0; i < 5; i++) {
      sink =
          jca.generateSecret(
                  new PBEKeySpec(PASSPHRASE.toCharArray(), randomSalt(random), 100_000, 256))
              .getEncoded();
    }
    t = System.nanoTime();
    for (int i = 0; i < derivations; i++) {
      sink =
          jca.generateSecret(
                  new PBEKeySpec(PASSPHRASE.toCharArray(), randomSalt(random), 100_000, 256))
              .getEncoded();
    }
    System.out.printf(
        Locale.ROOT,
        "PBKDF2 derivation (JCA, reference):        %8.2f ms%n",
        (System.nanoTime() - t) / 1e6 / derivations);

    // decrypt, cold cache: every value has a salt this cipher has not seen (what a fresh process
    // pays)
    SecretCipher writer =
        new SecretCipher(PASSPHRASE, random, 16, 1, Long.MAX_VALUE, System::nanoTime);
    int cold = 30;
    String[] distinctSalts = new String[cold];
    for (int i = 0; i < cold; i++) {
      distinctSalts[i] = writer.encrypt(PLAINTEXT);
    }
    SecretCipher reader = new SecretCipher(PASSPHRASE);
    t = System.nanoTime();
    for (String stored : distinctSalts) {
      sink = reader.decrypt(stored);
    }
    System.out.printf(
        Locale.ROOT,
        "decrypt, cold cache (one derivation each): %8.0f µs%n",
        (System.nanoTime() - t) / 1e3 / cold);

    // decrypt, warm cache
    String stored = distinctSalts[0];
    String stored100 = new SecretCipher(PASSPHRASE).encrypt(PLAINTEXT_100);
    sink = reader.decrypt(stored100);
    System.out.printf(
        Locale.ROOT,
        "decrypt, warm cache, 6 B:                  %8.2f µs%n",
        perOpMicros(() -> sink = reader.decrypt(stored)));
    System.out.printf(
        Locale.ROOT,
        "decrypt, warm cache, 100 B:                %8.2f µs%n",
        perOpMicros(() -> sink = reader.decrypt(stored100)));

    // encrypt with the write salt reused (its key derived once)
    SecretCipher encrypter = new SecretCipher(PASSPHRASE);
    System.out.printf(
        Locale.ROOT,
        "encrypt, salt reuse, 6 B:                  %8.2f µs%n",
        perOpMicros(() -> sink = encrypter.encrypt(PLAINTEXT)));
    System.out.printf(
        Locale.ROOT,
        "encrypt, salt reuse, 100 B:                %8.2f µs%n",
        perOpMicros(() -> sink = encrypter.encrypt(PLAINTEXT_100)));

    // encrypt with a fresh salt per value, as s3db.js does
    SecretCipher perValueSalt =
        new SecretCipher(PASSPHRASE, random, 16, 1, Long.MAX_VALUE, System::nanoTime);
    t = System.nanoTime();
    for (int i = 0; i < cold; i++) {
      sink = perValueSalt.encrypt(PLAINTEXT);
    }
    System.out.printf(
        Locale.ROOT,
        "encrypt, fresh salt per value (s3db.js):   %8.0f µs%n",
        (System.nanoTime() - t) / 1e3 / cold);
  }

  private static byte[] randomSalt(SecureRandom random) {
    byte[] salt = new byte[SecretCipher.SALT_BYTES];
    random.nextBytes(salt);
    return salt;
  }

  /** Median of 5 timed rounds of 20 000 calls, after 50 000 warm-up calls. */
  private static double perOpMicros(Runnable op) {
    for (int i = 0; i < 50_000; i++) {
      op.run();
    }
    double[] rounds = new double[5];
    for (int r = 0; r < rounds.length; r++) {
      long t = System.nanoTime();
      for (int i = 0; i < 20_000; i++) {
        op.run();
      }
      rounds[r] = (System.nanoTime() - t) / 1e3 / 20_000;
    }
    java.util.Arrays.sort(rounds);
    return rounds[rounds.length / 2];
  }
}
