package io.s3db.bench;

import io.s3db.internal.RecordMetadata;
import io.s3db.internal.layout.Layout;
import io.s3db.internal.layout.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * The largest record of the benchmarked shape that the default layout keeps in metadata: its {@code
 * grow} (characters added to each text field, {@link io.s3db.bench.codec.Shapes}), the metadata
 * bytes of it and of one character more, its JSON's size, and s3db.js's metadata bytes for it.
 */
record LargestFitting(int grow, int bytes, int nextBytes, int recordJsonBytes, int nodeBytes) {
  /** The largest {@code grow} whose record the default layout keeps in metadata (no body). */
  static int grow(IntFunction<StoredObject> put) {
    if (put.apply(0).hasBody()) {
      return -1;
    }
    int fits = 0;
    int overflows = 1;
    while (!put.apply(overflows).hasBody()) {
      fits = overflows;
      overflows *= 2;
    }
    while (overflows - fits > 1) {
      int mid = (fits + overflows) >>> 1;
      if (put.apply(mid).hasBody()) {
        overflows = mid;
      } else {
        fits = mid;
      }
    }
    return fits;
  }

  static <T> LargestFitting of(
      int grow, RecordMetadata<T> step, IntFunction<T> record, int nodeBytes) {
    return new LargestFitting(
        grow,
        Layout.size(step.put(record.apply(grow)).metadata()),
        Layout.size(step.encode(record.apply(grow + 1))),
        RecordJson.withoutId(record.apply(grow)).toString().getBytes(StandardCharsets.UTF_8).length,
        nodeBytes);
  }
}
