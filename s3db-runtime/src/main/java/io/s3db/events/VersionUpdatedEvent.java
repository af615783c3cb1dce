package io.s3db.events;

import org.jspecify.annotations.Nullable;

/**
 * A resource's schema differed from every version in {@code s3db.json}, so a new version was
 * registered, as s3db.js's {@code versionUpdated} event.
 *
 * @param oldVersion the catalog's current version before, null for a new resource
 */
public record VersionUpdatedEvent(
    String resource, @Nullable String oldVersion, String newVersion) {}
