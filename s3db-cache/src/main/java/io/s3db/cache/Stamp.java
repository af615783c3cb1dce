package io.s3db.cache;

/**
 * The write counters an answer depended on, read before its S3 request was sent: the answer is
 * served only while they are unchanged. Every counter only grows, so an equal stamp means that no
 * write touching the answer ended (or began) since its read began.
 *
 * @param cleared {@link CachePlugin#invalidateAll()} calls
 * @param resource for a list, count, page or getMany: the resource's writes; for a single record:
 *     the resource's writes of records it could not name
 * @param record for a single record: the writes of its id (of its stripe); 0 otherwise
 */
record Stamp(long cleared, long resource, long record) {}
