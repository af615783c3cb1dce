package io.s3db.events;

/**
 * A record written or read.
 *
 * @param record the record as stored (or as read), an instance of the resource's record type
 */
public record RecordEvent(String resource, String id, Object record) {}
