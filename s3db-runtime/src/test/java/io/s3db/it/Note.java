package io.s3db.it;

import io.s3db.annotations.S3Resource;
import io.s3db.ids.UuidV7Ids;
import org.jspecify.annotations.Nullable;

/** Time-ordered ids: notes list in the order they were written. */
@S3Resource(name = "journal", idGenerator = UuidV7Ids.class)
public record Note(@Nullable String id, String text) {}
