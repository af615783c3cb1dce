package io.s3db.internal;

import io.s3db.S3Dao;
import io.s3db.internal.layout.Layout;
import io.s3db.spi.ResourceDescriptor;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What every view of one resource's engine shares (the plain one and those that skip unreadable
 * records): its objects, keys, codec, references, hooks and listeners, built once from the setup.
 *
 * @param face the DAO callers hold ({@link ResourceDao}), which hooks are given
 */
record ResourceParts<T>(
    S3Client s3,
    String bucket,
    Parallel parallel,
    ResourceKeys keys,
    RecordStore store,
    KeyLister lister,
    BatchDeleter deleter,
    CodecBridge<T> bridge,
    References<T> refs,
    HookRegistry<T> hooks,
    ResourceEventRegistry<T> events,
    S3Dao<T> face) {

  static <T> ResourceParts<T> of(ResourceSetup<T> setup, S3Dao<T> face) {
    S3Client s3 = setup.s3();
    String bucket = setup.bucket();
    Parallel parallel = setup.parallel();
    ResourceDescriptor<T> descriptor = setup.descriptor();
    KeyMapping mapping = setup.mapping();
    ResourceKeys keys = new ResourceKeys(setup.keyPrefix(), descriptor.name());
    Layout layout = Layout.of(descriptor.behavior());
    RecordStore store =
        new RecordStore(setup.connection(), bucket, keys, layout, mapping, descriptor.name());
    ResourceEventRegistry<T> events = new ResourceEventRegistry<>(descriptor.name(), setup.bus());
    BatchDeleter deleter = new BatchDeleter(s3, bucket, descriptor.name());
    CodecBridge<T> bridge =
        new CodecBridge<>(
            descriptor,
            mapping,
            setup.version(),
            setup.cipher(),
            layout,
            events::exceedsLimit,
            setup.legacyMappings(),
            setup.clock());
    References<T> refs =
        new References<>(s3, bucket, keys, descriptor, bridge, parallel, deleter, store);
    return new ResourceParts<>(
        s3,
        bucket,
        parallel,
        keys,
        store,
        new KeyLister(s3, bucket, descriptor.name()),
        deleter,
        bridge,
        refs,
        new HookRegistry<>(),
        events,
        face);
  }
}
