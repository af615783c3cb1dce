package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import io.s3db.ids.UuidV7Ids;
import org.jspecify.annotations.Nullable;

/**
 * A log line of {@link IdsExample}: time-ordered ids, so the log lists in the order it was written.
 */
// snippet: log-entry
@S3Resource(name = "log", idGenerator = UuidV7Ids.class, paranoid = false)
public record LogEntry(@Nullable String id, String message) {}
// end snippet: log-entry
