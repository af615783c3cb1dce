/**
 * How a record's encoded metadata becomes an S3 object under each s3db.js behavior (FORMAT.md §5),
 * and how such objects are read back.
 */
@NullMarked
package io.s3db.internal.layout;

import org.jspecify.annotations.NullMarked;
