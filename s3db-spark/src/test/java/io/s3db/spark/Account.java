package io.s3db.spark;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

/** A resource with a secret, read through the passphrase option. */
@S3Resource(name = "accounts", paranoid = false)
public record Account(@Nullable String id, String name, @Secret String password) {}
