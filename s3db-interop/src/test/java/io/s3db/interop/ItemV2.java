package io.s3db.interop;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * Resource {@code items} after {@code tier} was added ({@link Shared#ITEMS_V2}): old records have
 * none.
 */
@S3Resource(name = "itemsV2")
public record ItemV2(@Nullable String id, String name, int qty, @Nullable String tier) {}
