package io.s3db.it;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A small record without partitions, for streaming and bulk tests that need many objects. */
@S3Resource(name = "readings", paranoid = false)
public record Reading(@Nullable String id, String sensor, double value) {}
