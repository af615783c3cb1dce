package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import io.s3db.annotations.Secret;
import org.jspecify.annotations.Nullable;

// snippet: api-key
/** An API key of {@link SecretsExample}: two secrets, encrypted at rest. */
@S3Resource(name = "api_keys")
public record ApiKey(
    @Nullable String id,
    String owner,
    @Secret String token, // required: null on insert gets a generated 12-character password
    @Secret @Nullable String note) {} // optional: null stays absent
// end snippet: api-key
