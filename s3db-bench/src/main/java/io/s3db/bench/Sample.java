package io.s3db.bench;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A small record for benchmarks. */
@S3Resource(name = "samples", paranoid = false)
public record Sample(@Nullable String id, String sensor, long seq, double value, String note) {}
