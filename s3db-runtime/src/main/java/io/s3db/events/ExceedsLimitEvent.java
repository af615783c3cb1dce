package io.s3db.events;

/**
 * A record that needed more than S3's 2 KB of user metadata, as s3db.js's {@code exceedsLimit}
 * event.
 *
 * @param operation {@code insert}, {@code update} or {@code upsert}
 * @param size the bytes of metadata it needed, counted as AWS counts them
 * @param limit 2048
 * @param excess {@code size - limit}
 * @param storedAs what its behavior did: {@code body} (user-managed, body-overflow, body-only) or
 *     {@code truncated}
 */
public record ExceedsLimitEvent(
    String resource,
    String id,
    String operation,
    int size,
    int limit,
    int excess,
    String storedAs) {}
