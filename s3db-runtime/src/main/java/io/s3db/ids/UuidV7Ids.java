package io.s3db.ids;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562), in their 36-character lower-case text form: a Unix
 * timestamp in milliseconds, then random bits. S3 lists keys in lexicographic order, and these ids
 * sort as their time does, so a resource's records list in creation order. Ids this JVM makes only
 * grow, even within one millisecond and across resources; across machines they are ordered by their
 * clocks, to the millisecond.
 *
 * <p>The timestamp is public in every id: use {@link UuidV4Ids} or {@link NanoIds} where the
 * creation time of a record should not be told from its key.
 */
public final class UuidV7Ids implements IdGenerator<Object> {
  /** One sequence for the whole JVM, so that ids of all instances only grow. */
  private static final MonotonicUuidV7 SEQUENCE =
      new MonotonicUuidV7(System::currentTimeMillis, new SecureRandom());

  @Override
  public String newId(Object record) {
    return SEQUENCE.next().toString();
  }

  /**
   * The creation time an id of this generator carries, to the millisecond.
   *
   * @param id an id this generator made, or any version 7 UUID in text form
   * @return the instant of its first 48 bits, in milliseconds since the epoch
   * @throws IllegalArgumentException if {@code id} is not a version 7 UUID
   */
  public static Instant timestamp(String id) {
    UUID uuid = UUID.fromString(id);
    if (uuid.version() != 7 || uuid.variant() != 2) {
      throw new IllegalArgumentException("not a version 7 UUID: " + id);
    }
    return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
  }
}
