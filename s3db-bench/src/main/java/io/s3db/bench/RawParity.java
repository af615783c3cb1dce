package io.s3db.bench;

import io.s3db.internal.RecordMetadata;
import java.util.Map;

/**
 * Checks, before anything is timed, that side C writes what side B writes: for the first records of
 * the workload, C's metadata equals the engine's ({@link RecordMetadata}: B's own step, without S3)
 * byte for byte, and each reads the other's back as the record. C is the limit of B only if it
 * sends the same bytes. Runs in the coordinator, so C's worker never loads the library's codec.
 */
final class RawParity {
  /** Records checked: enough for every partition value, and counters beyond one base62 digit. */
  private static final int RECORDS = 100;

  private RawParity() {}

  static void check() {
    RecordMetadata<Item> plain = RecordMetadata.of(ItemDao.DESCRIPTOR, null);
    RecordMetadata<PartItem> partitioned = RecordMetadata.of(PartItemDao.DESCRIPTOR, null);
    for (int i = 0; i < RECORDS; i++) {
      String id = Workload.id(i);
      long counter = i * 7L; // 0 … 693: one and two base62 digits
      Item item = Item.of(id, i).withCounter(counter);
      Map<String, String> c = RawWorkload.encode(item);
      same("plain", i, plain.put(item).metadata(), c);
      same("partitions", i, partitioned.put(PartItem.of(id, i).withCounter(counter)).metadata(), c);
      if (!plain.head(id, c).equals(item)
          || !RawWorkload.decode(id, plain.put(item).metadata()).equals(item)) {
        throw new IllegalStateException("B and C do not read each other's record " + i);
      }
    }
  }

  private static void same(String variant, int i, Map<String, String> b, Map<String, String> c) {
    if (!b.equals(c)) {
      throw new IllegalStateException(
          variant + ": C's metadata of record " + i + " is " + c + ", B's " + b);
    }
  }
}
