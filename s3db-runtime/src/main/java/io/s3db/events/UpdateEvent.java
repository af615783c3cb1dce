package io.s3db.events;

/**
 * A record updated.
 *
 * @param before the record as the update's winning attempt read it
 * @param after the record as stored
 */
public record UpdateEvent(String resource, String id, Object before, Object after) {}
