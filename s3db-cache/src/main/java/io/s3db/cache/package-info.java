/**
 * {@link io.s3db.cache.CachePlugin}: answers reads of the resources you choose from memory, and
 * forgets them on every write through the same database.
 */
@NullMarked
package io.s3db.cache;

import org.jspecify.annotations.NullMarked;
