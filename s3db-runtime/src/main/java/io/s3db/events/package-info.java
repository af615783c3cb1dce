/**
 * What a database tells listeners: {@link io.s3db.events.S3dbListener} for the whole database,
 * {@link io.s3db.events.ResourceEvents} for one resource with its record type, and the events both
 * carry.
 */
@NullMarked
package io.s3db.events;

import org.jspecify.annotations.NullMarked;
