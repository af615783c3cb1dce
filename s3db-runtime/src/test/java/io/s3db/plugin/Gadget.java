package io.s3db.plugin;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A record with a partition, so that one insert sends several requests. */
@S3Resource(name = "gadgets", paranoid = false)
@Partition(name = "byColor", fields = "color")
public record Gadget(@Nullable String id, String color) {}
