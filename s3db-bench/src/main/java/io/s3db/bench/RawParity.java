package io.s3db.bench;

import io.s3db.internal.RecordMetadata;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks, before anything is timed, that side C writes what side B writes: for the first records of
 * each variant, C's metadata equals the engine's ({@link RecordMetadata}: B's own step, without S3)
 * byte for byte, and each reads the other's back as the record. C is the limit of B only if it
 * sends the same bytes. A secret's stored value differs by its random salt and IV, so there only
 * its length must agree (and each side decrypts the other's). Runs in the coordinator, so C's
 * worker never loads the library's codec.
 */
final class RawParity {
  /** Records checked: enough for every partition value, and counters beyond one base62 digit. */
  private static final int RECORDS = 100;

  private RawParity() {}

  static void check(List<Variant> variants) {
    variants.forEach(v -> check(v, v.lib, v.raw));
  }

  private static <B, C> void check(
      Variant variant, LibWorkload.Records<B> lib, RawWorkload.Records<C> raw) {
    RecordMetadata<B> engine = RecordMetadata.of(lib.descriptor(), variant.passphrase());
    for (int i = 0; i < RECORDS; i++) {
      String id = Workload.id(i);
      long counter = i * 7L; // 0 … 693: one and two base62 digits
      B b = lib.shape().withCounter(lib.shape().make(id, i), counter);
      C c = raw.shape().withCounter(raw.shape().make(id, i), counter);
      Map<String, String> fromB = engine.put(b).metadata();
      Map<String, String> fromC = raw.codec().encode(c);
      if (!sameBytes(fromB, fromC)) {
        throw new IllegalStateException(
            variant.wire + ": C's metadata of record " + i + " is " + fromC + ", B's " + fromB);
      }
      if (!engine.head(id, fromC).equals(b) || !raw.codec().decode(id, fromB).equals(c)) {
        throw new IllegalStateException(
            variant.wire + ": B and C do not read each other's record " + i);
      }
    }
  }

  private static boolean sameBytes(Map<String, String> b, Map<String, String> c) {
    if (!b.keySet().equals(c.keySet())) {
      return false;
    }
    for (Map.Entry<String, String> e : b.entrySet()) {
      String other = c.get(e.getKey());
      if (!e.getValue().equals(other)
          && !(isSealed(e.getValue())
              && isSealed(other)
              && e.getValue().length() == other.length())) {
        return false;
      }
    }
    return true;
  }

  /** Shaped as a stored secret: base64 of salt, IV, ciphertext and tag (≥ 44 bytes). */
  private static boolean isSealed(String value) {
    return value.length() >= 60 && SEALED.matcher(value).matches();
  }

  private static final Pattern SEALED = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
}
