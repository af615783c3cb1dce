package io.s3db.ids;

/**
 * Makes the id of a record inserted without one. Set it per resource with
 * {@code @S3Resource(idGenerator = MyIds.class)}: the generated DAO creates it once with {@code new
 * MyIds()}, so the class needs an accessible no-argument constructor. Without one, ids are nanoids
 * of {@code @S3Resource(idSize)} characters (22 by default), as s3db.js makes them.
 *
 * <pre>{@code
 * public final class OrderIds implements IdGenerator<Order> {
 *   public String newId(Order order) {
 *     return order.customer() + "-" + NanoIds.generate(10);
 *   }
 * }
 * }</pre>
 *
 * <p>The generator sees the record as the caller gave it, its {@code @Default}s applied, before any
 * hook runs; it is called from many threads at once. Its ids are checked as given ones are: an
 * empty id, one containing {@code /}, {@code ..}, {@code \}, {@code =}, {@code %} or control
 * characters, or {@code null} fail the insert with a {@code ValidationException} naming the
 * generator and the value, before anything is written. What it throws reaches the caller as it is,
 * nothing written.
 *
 * @param <T> the record type, or a supertype of it ({@code Object} for generators that ignore the
 *     record)
 */
@FunctionalInterface
public interface IdGenerator<T> {

  /**
   * {@return the id of {@code record}: not empty, not null, without {@code /}, {@code ..}, {@code
   * \}, {@code =}, {@code %} or control characters}
   *
   * @param record the record being inserted, which has no id yet
   */
  String newId(T record);
}
