/**
 * JMH benchmarks of the record ↔ metadata step (issue 13 §4): the generated codec through the
 * engine's own writer, reader and key mapping ({@link io.s3db.internal.RecordMetadata}) against a
 * reflective path (Jackson databind) — and, run by {@code bench/codecs}, s3db.js 21.6.2's mapper on
 * Node.
 */
@NullMarked
package io.s3db.bench.codec;

import org.jspecify.annotations.NullMarked;
