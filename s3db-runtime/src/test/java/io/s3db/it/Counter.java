package io.s3db.it;

import io.s3db.annotations.S3Resource;

/** A record for concurrency tests. */
@S3Resource(name = "counters")
public record Counter(String id, long value, String lastWriter) {}
