/**
 * Pure, dependency-free value-format primitives shared with s3db.js 21.x: base62/base36 numbers,
 * JavaScript number and JSON text, the client-level metadata value encoding, {@code |}-joined
 * arrays, dates, and the catalog's definition hash. Each class cites the FORMAT.md section it
 * implements. Not API.
 */
@NullMarked
package io.s3db.internal.format;

import org.jspecify.annotations.NullMarked;
