package io.s3db.interop;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

/**
 * Secrets, required and optional, under the suite's shared passphrase: the Java side of {@link
 * Shared#VAULT}.
 */
@S3Resource(name = "vault")
public record Vault(
    @Nullable String id,
    String owner,
    @Secret String password,
    @Secret @Nullable String apiKey,
    @Nullable String note) {}
