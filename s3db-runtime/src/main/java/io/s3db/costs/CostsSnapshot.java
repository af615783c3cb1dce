package io.s3db.costs;

import io.s3db.plugin.OperationKind;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The requests a database sent since its {@link CostsPlugin} started or was last reset, at one
 * instant (immutable; the counting goes on in the plugin). Consistent: {@code total} is the sum of
 * {@code byS3Operation}, and also of {@code byResource} plus {@code outsideDaoCalls}, and of {@code
 * byDaoOperation} plus {@code outsideDaoCalls}.
 *
 * <pre>{@code
 * CostsSnapshot costs = plugin.snapshot();
 * costs.total().requests();                  // 1 204
 * costs.cost();                              // 0.0051 (dollars)
 * costs.s3Operation("PutObject").requests(); // 1 000
 * costs.resource("users").cost();
 * costs.daoOperation(OperationKind.LIST).bytesReceived();
 * }</pre>
 *
 * @param total every request
 * @param byS3Operation by SDK operation name ({@code PutObject}, {@code HeadObject}, {@code
 *     ListObjectsV2}, {@code DeleteObjects}, {@code CreateMultipartUpload}, …), sorted by name
 * @param byResource by the resource of the DAO call the request served, sorted by name
 * @param byDaoOperation by the kind of DAO call the request served ({@code insertMany}'s requests
 *     on worker threads and a stream's as it is pulled included)
 * @param outsideDaoCalls requests that served no DAO call: the catalog read and written while the
 *     database connects, {@code db.resources()}, and, with your own client, whatever else uses it
 * @param prices what the costs were computed with
 */
public record CostsSnapshot(
    Usage total,
    Map<String, Usage> byS3Operation,
    Map<String, Usage> byResource,
    Map<OperationKind, Usage> byDaoOperation,
    Usage outsideDaoCalls,
    PriceTable prices) {

  /**
   * Copies the maps into unmodifiable ones, sorted (by name; the DAO operations in {@link
   * OperationKind} order).
   *
   * @param total every request; not null
   * @param byS3Operation usage by SDK operation name; copied
   * @param byResource usage by resource name; copied
   * @param byDaoOperation usage by kind of DAO call; copied
   * @param outsideDaoCalls requests that served no DAO call; not null
   * @param prices what the costs were computed with; not null
   * @throws NullPointerException if an argument is null
   */
  public CostsSnapshot {
    Objects.requireNonNull(total, "total");
    byS3Operation = Collections.unmodifiableMap(new TreeMap<>(byS3Operation));
    byResource = Collections.unmodifiableMap(new TreeMap<>(byResource));
    Map<OperationKind, Usage> kinds = new EnumMap<>(OperationKind.class);
    kinds.putAll(byDaoOperation);
    byDaoOperation = Collections.unmodifiableMap(kinds);
    Objects.requireNonNull(outsideDaoCalls, "outsideDaoCalls");
    Objects.requireNonNull(prices, "prices");
  }

  /** {@return all requests sent, retries included} The same as {@code total().requests()}. */
  public long requests() {
    return total.requests();
  }

  /**
   * {@return what all billed requests cost, in dollars} The same as {@code total().cost()}; exact
   * (print it with {@code toPlainString()}).
   */
  public BigDecimal cost() {
    return total.cost();
  }

  /**
   * The requests of one S3 operation.
   *
   * @param name the SDK operation name ({@code PutObject}, {@code ListObjectsV2}, …),
   *     case-sensitive
   * @return its usage; {@link Usage#NONE} if there were none (never null)
   */
  public Usage s3Operation(String name) {
    return byS3Operation.getOrDefault(name, Usage.NONE);
  }

  /**
   * The requests that served DAO calls of one resource.
   *
   * @param name the resource's name
   * @return their usage; {@link Usage#NONE} if there were none (never null)
   */
  public Usage resource(String name) {
    return byResource.getOrDefault(name, Usage.NONE);
  }

  /**
   * The requests that served one kind of DAO call, over every resource.
   *
   * @param kind the kind of DAO call
   * @return their usage; {@link Usage#NONE} if there were none (never null)
   */
  public Usage daoOperation(OperationKind kind) {
    return byDaoOperation.getOrDefault(kind, Usage.NONE);
  }

  /** E.g. {@code 1204 requests, $0.0051 (HeadObject 200, ListObjectsV2 4, PutObject 1000)}. */
  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder()
            .append(total.requests())
            .append(" requests, $")
            .append(total.cost().toPlainString())
            .append(" (");
    String separator = "";
    for (Map.Entry<String, Usage> e : byS3Operation.entrySet()) {
      s.append(separator).append(e.getKey()).append(' ').append(e.getValue().requests());
      separator = ", ";
    }
    return s.append(')').toString();
  }
}
