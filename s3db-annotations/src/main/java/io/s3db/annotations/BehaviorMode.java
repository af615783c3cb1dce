package io.s3db.annotations;

/**
 * What happens to a record that does not fit in S3's 2 KB of user metadata (counted as AWS counts
 * it: the UTF-8 bytes of every key and value sent). The names are s3db.js 21.x's behaviors, and
 * objects are laid out exactly as s3db.js lays them out, so either side reads the other's.
 */
public enum BehaviorMode {
  /**
   * s3db.js's {@code user-managed}, the default: a record that fits is stored in metadata; one that
   * does not is stored in the object body (metadata {@code _v} only, body JSON of its fields), and
   * the database's listener hears {@code exceedsLimit} with the excess.
   */
  USER_MANAGED("user-managed"),
  /**
   * {@code enforce-limits}: a record that does not fit is refused with {@code
   * MetadataTooLargeException}.
   */
  ENFORCE_LIMITS("enforce-limits"),
  /**
   * {@code truncate-data}: the longest text fields are cut, at a character boundary, until the
   * record fits; the object is marked {@code _truncated}. Fields other than plain text are never
   * cut.
   */
  TRUNCATE_DATA("truncate-data"),
  /**
   * {@code body-overflow}: the smallest fields stay in metadata, the rest go to a JSON body, and
   * the object is marked {@code _overflow}; reads reassemble the record.
   */
  BODY_OVERFLOW("body-overflow"),
  /**
   * {@code body-only}: every field in a JSON body; metadata holds only {@code _v} and the key map
   * {@code _map}.
   */
  BODY_ONLY("body-only");

  private final String s3dbName;

  BehaviorMode(String s3dbName) {
    this.s3dbName = s3dbName;
  }

  /**
   * {@return the behavior's name in s3db.js and in {@code s3db.json}, such as {@code body-only}}
   */
  public String s3dbName() {
    return s3dbName;
  }
}
