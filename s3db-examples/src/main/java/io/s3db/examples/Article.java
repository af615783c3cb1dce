package io.s3db.examples;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

// snippet: article
/**
 * An article of {@link BehaviorsExample}: fields that do not fit in 2 KB of metadata go to the
 * body.
 */
@S3Resource(name = "articles", paranoid = false)
@Behavior(BehaviorMode.BODY_OVERFLOW)
public record Article(@Nullable String id, String title, String body) {}
// end snippet: article
