package io.s3db.costs;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A record without partitions: one request per write. */
@S3Resource(name = "costsnotes", paranoid = false)
public record Note(@Nullable String id, String text) {}
