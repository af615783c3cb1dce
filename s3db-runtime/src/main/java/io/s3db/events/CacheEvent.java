package io.s3db.events;

/**
 * A read a cache plugin answered from memory (hit) or had to send to S3 (miss).
 *
 * @param operation the DAO call, as {@code io.s3db.plugin.OperationKind} names it ({@code GET},
 *     {@code LIST}, …)
 * @param key what the call asked for, e.g. the id or the partition key, as text
 */
public record CacheEvent(String resource, String operation, String key) {}
