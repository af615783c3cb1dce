package io.s3db.examples;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

// snippet: memo
/**
 * A memo of {@link BehaviorsExample}: a memo over 2 KB of metadata is refused before any request.
 */
@S3Resource(name = "memos", paranoid = false)
@Behavior(BehaviorMode.ENFORCE_LIMITS)
public record Memo(@Nullable String id, String text) {}
// end snippet: memo
