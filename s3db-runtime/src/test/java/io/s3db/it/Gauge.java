package io.s3db.it;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** Two attributes whose s3db.js definition hash FORMAT.md §2.3 gives. */
@S3Resource(name = "gauges", idSize = 10)
public record Gauge(@Nullable String id, String name, double age) {}
