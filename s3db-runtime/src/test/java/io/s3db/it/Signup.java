package io.s3db.it;

import io.s3db.annotations.S3Resource;
import jakarta.validation.constraints.Email;
import org.jspecify.annotations.Nullable;

/** A record with one rule, to be broken by records given with and without an id. */
@S3Resource(name = "signups")
public record Signup(@Nullable String id, @Email String email) {}
