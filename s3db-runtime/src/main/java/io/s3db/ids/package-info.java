/**
 * How s3db makes the ids of records inserted without one: {@link io.s3db.ids.IdGenerator}, set per
 * resource with {@code @S3Resource(idGenerator = …)}, and the built-in generators {@link
 * io.s3db.ids.NanoIds}, {@link io.s3db.ids.UuidV4Ids} and {@link io.s3db.ids.UuidV7Ids}.
 */
@NullMarked
package io.s3db.ids;

import org.jspecify.annotations.NullMarked;
