package io.s3db;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which page to read: the first {@code n} records ({@link #ofSize}), the page after one already
 * read ({@link Page#nextRequest()}, which carries S3's continuation token), or, as s3db.js offers
 * it, a window at an offset ({@link #ofOffset}).
 *
 * <pre>{@code
 * Page<User> page = users.page(PartitionKey.all(), PageRequest.ofSize(100));
 * while (page.nextRequest().isPresent()) {
 *   page = users.page(PartitionKey.all(), page.nextRequest().get());
 * }
 * }</pre>
 *
 * <p>Cursor pages cost 1 LIST each; an offset costs 1 LIST per 1 000 keys skipped, so prefer
 * cursors to walk far. Immutable; a final class rather than a record so that it can grow.
 */
public final class PageRequest {
  /** S3 lists at most 1 000 keys per request. */
  public static final int MAX_SIZE = 1000;

  private final int size;
  private final @Nullable String cursor;
  private final long offset;

  private PageRequest(int size, @Nullable String cursor, long offset) {
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1 to " + MAX_SIZE + ", was " + size);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
    this.size = size;
    this.cursor = cursor;
    this.offset = offset;
  }

  /**
   * The first page of up to {@code size} records.
   *
   * @param size records per page at most, 1 to {@value #MAX_SIZE}
   * @return the request for the first page
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static PageRequest ofSize(int size) {
    return new PageRequest(size, null, 0);
  }

  /**
   * Up to {@code limit} records after skipping {@code offset} (s3db.js {@code list({offset,
   * limit})}). Skipped records are counted from their keys, never fetched.
   *
   * @param offset records to skip, 0 or more
   * @param limit records per page at most, 1 to {@value #MAX_SIZE}
   * @return the request for that window
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} out of range
   */
  public static PageRequest ofOffset(long offset, int limit) {
    return new PageRequest(limit, null, offset);
  }

  /**
   * The page that continues at an opaque cursor taken from {@link #cursor()} of an earlier {@link
   * Page#nextRequest()} (for instance one sent to a browser and back). A cursor is valid for the
   * same resource and partition key only.
   *
   * @param cursor the cursor, as {@link #cursor()} gave it; not null
   * @param size records per page at most, 1 to {@value #MAX_SIZE}; it need not be the earlier
   *     page's
   * @return the request for the page at the cursor
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static PageRequest ofCursor(String cursor, int size) {
    return new PageRequest(size, Objects.requireNonNull(cursor, "cursor"), 0);
  }

  /** {@return records per page at most} */
  public int size() {
    return size;
  }

  /** {@return the opaque continuation cursor; empty for a first or offset page} */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** {@return records skipped before this page (0 for cursor pages)} */
  public long offset() {
    return offset;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PageRequest other
        && size == other.size
        && offset == other.offset
        && Objects.equals(cursor, other.cursor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, cursor, offset);
  }

  @Override
  public String toString() {
    return "PageRequest[size="
        + size
        + (cursor != null ? ", cursor" : offset > 0 ? ", offset=" + offset : "")
        + "]";
  }
}
