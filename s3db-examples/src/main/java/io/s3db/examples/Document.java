package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A document of {@link ContentExample}: its fields in metadata, a file in the object's body. */
@S3Resource(name = "documents", paranoid = false)
public record Document(@Nullable String id, String title, int pages) {}
