package io.s3db.cache;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A second resource, to check that only the chosen ones are cached. */
@S3Resource(name = "notes", paranoid = false)
public record Note(@Nullable String id, String text) {}
