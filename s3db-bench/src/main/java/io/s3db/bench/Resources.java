package io.s3db.bench;

import io.s3db.spi.S3dbModule;
import java.util.List;

/**
 * The resources the stream benchmark connects with. Named, not found through the ServiceLoader:
 * this module's compilation also generates the other benchmarks' resources (some with a secret,
 * which needs a passphrase), which that run neither creates nor counts. The side by side connects
 * with its variant's one resource ({@link Variant}).
 */
final class Resources {
  static final S3dbModule STREAM = () -> List.of(SampleDao.DESCRIPTOR);

  private Resources() {}
}
