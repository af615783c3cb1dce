package io.s3db.spi;

import java.util.List;

/**
 * Every resource of one compilation, generated as {@code GeneratedS3dbModule} and registered in
 * {@code META-INF/services/io.s3db.spi.S3dbModule}, so {@code S3db.connect} finds it through {@link
 * java.util.ServiceLoader} (which native images support without configuration).
 */
public interface S3dbModule {
  List<ResourceDescriptor<?>> resources();
}
