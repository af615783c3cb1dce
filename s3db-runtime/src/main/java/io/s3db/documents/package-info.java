/**
 * Documents: any resource of the catalog {@code s3db.json} read and written without a Java record,
 * as Jackson trees with s3db.js's field names. Start with {@link io.s3db.S3db#documents(String)}.
 */
@NullMarked
package io.s3db.documents;

import org.jspecify.annotations.NullMarked;
