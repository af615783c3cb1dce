package io.s3db.interop;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * Resource {@code items} as the first build of a service declares it ({@link Shared#ITEMS_V1}); the
 * annotation's name only keeps it apart from {@link ItemV2} in this compilation.
 */
@S3Resource(name = "itemsV1")
public record ItemV1(@Nullable String id, String name, int qty) {}
