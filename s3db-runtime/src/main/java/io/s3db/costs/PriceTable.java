package io.s3db.costs;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What S3 requests cost, in dollars per 1 000 requests of each {@link RequestClass}. Exact decimal
 * arithmetic throughout: 1 000 PUTs at $0.005 cost exactly $0.005.
 *
 * <p>The default is {@link #S3_STANDARD_US_EAST_1}. Another region or storage class is one line,
 * e.g. S3 Standard-IA in us-east-1: {@code PriceTable.perThousand("0.01", "0.001")}. Check the
 * current prices on the <a href="https://aws.amazon.com/s3/pricing/">S3 pricing page</a>; storage
 * and data transfer are not requests and are not priced here.
 *
 * @param putCopyPostList dollars per 1 000 {@link RequestClass#PUT_COPY_POST_LIST} requests
 * @param getAndOther dollars per 1 000 {@link RequestClass#GET_AND_OTHER} requests
 * @param delete dollars per 1 000 {@link RequestClass#DELETE} requests (0 at AWS; some
 *     S3-compatible providers charge them)
 */
public record PriceTable(BigDecimal putCopyPostList, BigDecimal getAndOther, BigDecimal delete) {

  /**
   * S3 Standard in us-east-1: PUT, COPY, POST, LIST $0.005 per 1 000; GET, HEAD and others $0.0004
   * per 1 000; DELETE free.
   */
  public static final PriceTable S3_STANDARD_US_EAST_1 =
      perThousand(new BigDecimal("0.005"), new BigDecimal("0.0004"));

  /**
   * Checks the prices.
   *
   * @param putCopyPostList dollars per 1 000 PUT, COPY, POST and LIST requests; not null, not
   *     negative
   * @param getAndOther dollars per 1 000 GET, HEAD and other requests; not null, not negative
   * @param delete dollars per 1 000 DELETE and CANCEL requests; not null, not negative
   * @throws NullPointerException if a price is null
   * @throws IllegalArgumentException if a price is negative
   */
  public PriceTable {
    nonNegative(putCopyPostList, "putCopyPostList");
    nonNegative(getAndOther, "getAndOther");
    nonNegative(delete, "delete");
  }

  /**
   * A table where deletes are free, as at AWS.
   *
   * @param putCopyPostList dollars per 1 000 PUT, COPY, POST and LIST requests; not null, not
   *     negative
   * @param getAndOther dollars per 1 000 GET, HEAD and other requests; not null, not negative
   * @return the table, with {@code delete} zero
   * @throws NullPointerException if a price is null
   * @throws IllegalArgumentException if a price is negative
   */
  public static PriceTable perThousand(BigDecimal putCopyPostList, BigDecimal getAndOther) {
    return new PriceTable(putCopyPostList, getAndOther, BigDecimal.ZERO);
  }

  /**
   * The same from decimal strings ({@code "0.005"}), which keep every digit a double would not.
   *
   * @param putCopyPostList dollars per 1 000 PUT, COPY, POST and LIST requests, as a {@link
   *     BigDecimal#BigDecimal(String)} string; not negative
   * @param getAndOther dollars per 1 000 GET, HEAD and other requests, the same way
   * @return the table, with {@code delete} zero
   * @throws NumberFormatException if a string is not a decimal number
   * @throws IllegalArgumentException if a price is negative
   */
  public static PriceTable perThousand(String putCopyPostList, String getAndOther) {
    return perThousand(new BigDecimal(putCopyPostList), new BigDecimal(getAndOther));
  }

  /**
   * {@return the dollars per 1 000 requests of {@code requestClass}}
   *
   * @param requestClass the price tier; not null
   */
  public BigDecimal perThousand(RequestClass requestClass) {
    return switch (requestClass) {
      case PUT_COPY_POST_LIST -> putCopyPostList;
      case GET_AND_OTHER -> getAndOther;
      case DELETE -> delete;
    };
  }

  /**
   * What {@code requests} requests of {@code requestClass} cost, exactly: the price per 1 000 times
   * {@code requests}, divided by 1 000, with no rounding.
   *
   * @param requestClass the price tier; not null
   * @param requests how many requests; 0 or more
   * @return the cost in dollars
   * @throws IllegalArgumentException if {@code requests} is negative
   */
  public BigDecimal cost(RequestClass requestClass, long requests) {
    if (requests < 0) {
      throw new IllegalArgumentException("negative request count: " + requests);
    }
    return perThousand(requestClass).multiply(BigDecimal.valueOf(requests)).movePointLeft(3);
  }

  private static void nonNegative(BigDecimal price, String name) {
    Objects.requireNonNull(price, name);
    if (price.signum() < 0) {
      throw new IllegalArgumentException(name + " is negative: " + price);
    }
  }
}
