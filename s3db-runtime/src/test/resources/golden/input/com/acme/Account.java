package com.acme;

import io.s3db.annotations.Behavior;
import io.s3db.annotations.BehaviorMode;
import io.s3db.annotations.Default;
import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Secrets (required and optional), a behavior, defaults and constraints. */
@S3Resource(name = "accounts", idSize = 12)
@Behavior(BehaviorMode.BODY_OVERFLOW)
public record Account(
    @Nullable String id,
    @Email String email,
    @Size(min = 2, max = 40) @Pattern(regexp = "[a-z0-9_]+") String handle,
    @Secret String apiKey,
    @Secret @Nullable String recoveryCode,
    @Nullable @Default("free") String plan,
    @Min(0) @Default("3") Integer seats,
    @Nullable Double balance) {}
