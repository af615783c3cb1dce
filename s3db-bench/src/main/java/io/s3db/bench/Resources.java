package io.s3db.bench;

import io.s3db.spi.S3dbModule;
import java.util.List;

/**
 * The resources the side-by-side and stream benchmarks connect with. Named, not found through the
 * ServiceLoader: this module's compilation also generates the codec benchmarks' resources (one with
 * a secret, which needs a passphrase), which those runs neither create nor count.
 */
final class Resources {
  static final S3dbModule SIDE_BY_SIDE =
      () -> List.of(ItemDao.DESCRIPTOR, PartItemDao.DESCRIPTOR, SampleDao.DESCRIPTOR);

  private Resources() {}
}
