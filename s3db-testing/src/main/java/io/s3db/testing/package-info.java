/**
 * A real S3 server for tests and examples, embedded in the JVM, that answers like AWS where it
 * matters.
 *
 * <ul>
 *   <li>{@link io.s3db.testing.EmbeddedS3} starts S3Proxy 4.1.0 on {@code 127.0.0.1} with signature
 *       checking on, in memory or on disk, and hands out a correctly configured {@code S3Client}.
 *   <li>{@link io.s3db.testing.S3ServerExtension} shares one in-memory server per test JVM and
 *       gives every test class a fresh {@link io.s3db.testing.TestBucket}.
 *   <li>{@link io.s3db.testing.faults.FaultProxy} sits between a client and that server and injects
 *       503s, 500s, connection resets (before or after the request is applied), delays and
 *       test-released holds, by script or seeded at random, counting requests per S3 operation.
 * </ul>
 *
 * <p>Where S3Proxy differs from AWS in ways that would let a test pass locally and fail on AWS, the
 * server is corrected: user metadata over 2 KB is refused with {@code 400 MetadataTooLarge}, keys
 * over 1 024 UTF-8 bytes with {@code 400 KeyTooLongError}, conditional writes are atomic per key,
 * and reads racing writes see a whole object or a 404; the tests of this module prove each
 * correction.
 */
@NullMarked
package io.s3db.testing;

import org.jspecify.annotations.NullMarked;
