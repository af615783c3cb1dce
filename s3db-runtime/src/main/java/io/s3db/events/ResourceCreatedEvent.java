package io.s3db.events;

/**
 * A resource registered in {@code s3db.json} for the first time, as s3db.js's {@code
 * s3db.resourceCreated}.
 *
 * @param version its first schema version ({@code "v1"})
 */
public record ResourceCreatedEvent(String resource, String version) {}
