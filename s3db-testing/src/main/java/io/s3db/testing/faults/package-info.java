/**
 * A fault-injecting HTTP proxy for S3 tests: {@link io.s3db.testing.faults.FaultProxy} sits between
 * an S3 client and {@link io.s3db.testing.EmbeddedS3} and answers 503/500, resets connections
 * before or after forwarding, and delays or holds requests, by scripted {@link
 * io.s3db.testing.faults.FaultRule}s or seeded {@link io.s3db.testing.faults.RandomFaults},
 * counting requests per {@link io.s3db.testing.faults.S3Operation}.
 */
@NullMarked
package io.s3db.testing.faults;

import org.jspecify.annotations.NullMarked;
