package io.s3db.cli;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

/** A resource with a secret, which the CLI masks unless asked to decrypt it. */
@S3Resource(name = "accounts", paranoid = false)
record Account(@Nullable String id, String name, @Secret String apiToken) {}
