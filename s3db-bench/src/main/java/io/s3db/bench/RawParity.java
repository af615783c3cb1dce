package io.s3db.bench;

import io.s3db.internal.RecordMetadata;
import java.util.List;
import java.util.Map;

/**
 * Checks, before anything is timed, that side C writes what side B writes: for the first records of
 * each variant, C's metadata equals the engine's ({@link RecordMetadata}: B's own step, without S3)
 * byte for byte, and each reads the other's back as the record. C is the limit of B only if it
 * sends the same bytes. Runs in the coordinator, so C's worker never loads the library's codec.
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
      if (!fromB.equals(fromC)) {
        throw new IllegalStateException(
            variant.wire + ": C's metadata of record " + i + " is " + fromC + ", B's " + fromB);
      }
      if (!engine.head(id, fromC).equals(b) || !raw.codec().decode(id, fromB).equals(c)) {
        throw new IllegalStateException(
            variant.wire + ": B and C do not read each other's record " + i);
      }
    }
  }
}
