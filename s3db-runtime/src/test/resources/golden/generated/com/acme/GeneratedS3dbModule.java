package com.acme;

import io.s3db.spi.Generated;
import io.s3db.spi.ResourceDescriptor;
import io.s3db.spi.S3dbModule;
import java.util.List;

/**
 * Every s3db resource of this compilation. Found by {@code S3db.connect} through
 * {@link java.util.ServiceLoader}, or given to
 * {@code S3db.builder().module(new GeneratedS3dbModule())}.
 */
@Generated("io.s3db.processor.S3dbProcessor")
public final class GeneratedS3dbModule implements S3dbModule {
  @Override
  public List<ResourceDescriptor<?>> resources() {
    return List.of(AccountDao.DESCRIPTOR, OrderDao.DESCRIPTOR, VisitDao.DESCRIPTOR);
  }
}
