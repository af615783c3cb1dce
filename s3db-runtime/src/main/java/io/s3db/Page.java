package io.s3db;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of records and the request for the next one, if there is more. A page may hold fewer
 * records than its size even when more follow: keys of records deleted in the meantime, or
 * partition references left stale by an interrupted write, are listed but not returned. Immutable.
 */
public final class Page<T> {
  private final List<T> items;
  private final @Nullable PageRequest next;

  /**
   * For the runtime; pages come from {@link S3Dao#page}.
   *
   * @param items the page's records; copied
   * @param next the request for the following page; null on the last page
   */
  public Page(List<T> items, @Nullable PageRequest next) {
    this.items = List.copyOf(items);
    this.next = next;
  }

  /** {@return the records of this page, in id order} */
  public List<T> items() {
    return items;
  }

  /** {@return the request for the following page; empty on the last page} */
  public Optional<PageRequest> nextRequest() {
    return Optional.ofNullable(next);
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (next == null ? ", last" : "") + "]";
  }
}
