package io.s3db.internal;

import io.s3db.internal.crypto.SecretCipher;
import io.s3db.plugin.OperationInterceptor;
import io.s3db.spi.ResourceDescriptor;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What one resource's engine is built from: the database's S3 side, and the resource as the catalog
 * registered it (its stored keys, the version to stamp, the key maps of s3db.js 6.0.0 versions).
 *
 * @param cipher the database's, for a resource with secrets; null otherwise
 * @param interceptors the database's operation interceptors, a live list
 */
record ResourceSetup<T>(
    S3Connection connection,
    String bucket,
    String keyPrefix,
    Parallel parallel,
    ResourceDescriptor<T> descriptor,
    KeyMapping mapping,
    String version,
    @Nullable SecretCipher cipher,
    EventBus bus,
    List<OperationInterceptor> interceptors,
    Map<String, KeyMapping> legacyMappings,
    Clock clock) {

  S3Client s3() {
    return connection.client();
  }
}
