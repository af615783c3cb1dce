package io.s3db.internal;

import io.s3db.PartitionKey;
import io.s3db.ValidationException;
import io.s3db.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * S3's limit on object keys: 1 024 bytes of UTF-8. AWS answers a longer key with {@code
 * KeyTooLongError}, after whatever other requests the operation sent first; checking where keys are
 * made refuses the call before any request, and names what is too long. A listing prefix that
 * leaves no room for {@code id=<id>} is refused the same way: no reference could be stored under
 * it.
 */
final class KeyLength {
  /** S3's maximum key length, in UTF-8 bytes. */
  static final int MAX_BYTES = 1024;

  /** The shortest {@code id=<id>} after a listing prefix. */
  private static final int SHORTEST_ID_SEGMENT = "id=x".length();

  /** Values longer than this are cut in messages: the length is what matters. */
  private static final int SHOWN_CHARS = 48;

  private KeyLength() {}

  /**
   * The key of record {@code id} ({@code what}: "record", "historical copy"), if S3 can store it.
   */
  static String checkId(String resource, String id, String key, String what) {
    int bytes = utf8Length(key);
    if (bytes > MAX_BYTES) {
      throw new ValidationException(
          resource,
          null,
          List.of(
              new Violation(
                  "id",
                  "keyLength",
                  "is too long: the "
                      + what
                      + " key would be "
                      + bytes
                      + " bytes of UTF-8, S3 allows at most "
                      + MAX_BYTES
                      + " (the id is "
                      + utf8Length(id)
                      + " of them)",
                  shown(id))));
    }
    return key;
  }

  /** A reference key of record {@code id}, if S3 can store it. */
  static String checkRef(String resource, PartitionKey<?> partition, String id, String key) {
    int bytes = utf8Length(key);
    if (bytes > MAX_BYTES) {
      throw new ValidationException(
          resource,
          id,
          violations(
              partition,
              "is too long for partition '"
                  + partition.partitionName().orElseThrow()
                  + "': the reference key would be "
                  + bytes
                  + " bytes of UTF-8, S3 allows at most "
                  + MAX_BYTES));
    }
    return key;
  }

  /** A listing prefix, if a reference key could be stored under it. */
  static String checkPrefix(String resource, PartitionKey<?> partition, String prefix) {
    int bytes = utf8Length(prefix) + SHORTEST_ID_SEGMENT;
    if (bytes > MAX_BYTES) {
      throw new ValidationException(
          resource,
          null,
          violations(
              partition,
              "is too long for partition '"
                  + partition.partitionName().orElseThrow()
                  + "': even the shortest reference"
                  + " key would be "
                  + bytes
                  + " bytes of UTF-8, S3 allows at most "
                  + MAX_BYTES));
    }
    return prefix;
  }

  /**
   * One violation per field of the key; the automatic {@code byVersion} partition's is the id's
   * fault.
   */
  private static List<Violation> violations(PartitionKey<?> partition, String message) {
    List<Violation> violations = new ArrayList<>();
    if (partition.partitionName().filter(PartitionKey.BY_VERSION::equals).isPresent()) {
      violations.add(new Violation("id", "keyLength", message, null));
      return violations;
    }
    partition
        .values()
        .forEach(
            (field, value) ->
                violations.add(
                    new Violation(
                        field,
                        "keyLength",
                        message + " (this value is " + utf8Length(value) + " of them)",
                        shown(value))));
    return violations;
  }

  private static String shown(String value) {
    if (value.length() <= SHOWN_CHARS) {
      return value;
    }
    int end =
        Character.isHighSurrogate(value.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
    return value.substring(0, end) + "…";
  }

  /** UTF-8 length; an unpaired surrogate (refused before keys are made) counts as U+FFFD. */
  static int utf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }
}
