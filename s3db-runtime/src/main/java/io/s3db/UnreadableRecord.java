package io.s3db;

/**
 * A record a bulk read skipped because it cannot be decoded (corrupted, or written by a schema this
 * one cannot read), as reported by {@link S3Dao#skippingUnreadable}.
 *
 * @param resource the resource
 * @param id the record's id
 * @param error why it cannot be read: a {@link CodecException} or {@link SecretException}, naming
 *     the field
 */
public record UnreadableRecord(String resource, String id, S3dbException error) {}
