package io.s3db.examples;

import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

// snippet: contract
/**
 * A contract of {@link VersionsExample}: with versioning, every record is also listed under the
 * schema version it was written with, and an update of an older version's record keeps a copy.
 */
@S3Resource(name = "contracts", versioning = true, paranoid = false)
public record Contract(@Nullable String id, String customer, long cents) {}
// end snippet: contract
