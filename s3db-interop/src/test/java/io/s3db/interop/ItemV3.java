package io.s3db.interop;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** Resource {@code items} after a Java build added {@code stock} ({@link Shared#ITEMS_V3}). */
@S3Resource(name = "itemsV3")
public record ItemV3(
    @Nullable String id, String name, int qty, @Nullable String tier, @Nullable Integer stock) {}
