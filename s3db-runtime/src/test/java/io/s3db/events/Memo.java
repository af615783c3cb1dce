package io.s3db.events;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** A record whose text may outgrow the 2 KB of metadata (user-managed: stored in the body). */
@S3Resource(name = "memos", paranoid = false)
public record Memo(@Nullable String id, String text) {}
