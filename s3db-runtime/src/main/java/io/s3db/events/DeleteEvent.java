package io.s3db.events;

/** A record deleted. */
public record DeleteEvent(String resource, String id) {}
