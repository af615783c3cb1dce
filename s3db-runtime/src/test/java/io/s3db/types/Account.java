package io.s3db.types;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

/** A record with a secret. */
@S3Resource(name = "vault")
public record Account(@Nullable String id, String owner, @Secret String password) {}
