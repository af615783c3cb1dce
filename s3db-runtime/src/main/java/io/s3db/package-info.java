/**
 * s3db: a document database on any S3 bucket, for Java records. Start with {@link io.s3db.S3db}.
 */
@NullMarked
package io.s3db;

import org.jspecify.annotations.NullMarked;
