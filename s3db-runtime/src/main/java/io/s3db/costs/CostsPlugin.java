package io.s3db.costs;

import io.s3db.S3db;
import io.s3db.S3dbConfigurationException;
import io.s3db.plugin.PluginContext;
import io.s3db.plugin.S3dbPlugin;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Counts and prices the S3 requests of a database, as they are really sent: every attempt of the
 * SDK (its retries too, which AWS bills as requests), seen by an SDK {@link ExecutionInterceptor}
 * on the database's S3 client, not estimated per DAO call. By S3 operation, by resource and by DAO
 * operation ({@link CostsSnapshot}), with the status class of each answer, the body and metadata
 * bytes, and the cost at a {@link PriceTable} (by default {@link
 * PriceTable#S3_STANDARD_US_EAST_1}).
 *
 * <pre>{@code
 * CostsPlugin costs = CostsPlugin.create();
 * try (S3db db = S3db.builder().uri(uri).plugin(costs).build()) {
 *   UserDao.of(db).insert(user);
 *   System.out.println(costs.snapshot()); // 3 requests, $0.0000104 (GetObject 1, PutObject 2)
 * }
 * }</pre>
 *
 * <p><b>Pricing.</b> PUT, COPY, POST and LIST requests are priced as one class, GET, HEAD and the
 * rest as another, DELETE and CANCEL requests are free ({@link RequestClass}): DeleteObject and
 * DeleteObjects cost nothing at S3 (s3db.js 21 charges them as GETs, which is wrong). Answers with
 * a 5xx status are not billed, as at AWS; attempts that got no answer are (S3 may have answered).
 * Storage and data transfer are not requests: the snapshot gives the bytes, not their price.
 *
 * <p><b>Your own S3 client.</b> A database built with {@code S3db.builder().client(yourClient)}
 * cannot add the interceptor to that client, and this plugin refuses to count nothing: its setup
 * fails with an {@link S3dbConfigurationException}. Use {@link #forClientWithInterceptor()} and put
 * {@link #requestInterceptor()} on your client:
 *
 * <pre>{@code
 * CostsPlugin costs = CostsPlugin.forClientWithInterceptor();
 * S3Client client = S3Client.builder()
 *     .overrideConfiguration(c -> c.addExecutionInterceptor(costs.requestInterceptor()))
 *     .build();
 * S3db db = S3db.builder().client(client).bucket("b").plugin(costs).build();
 * }</pre>
 *
 * The database then checks, once connected, that the interceptor saw its requests (connecting reads
 * the catalog), and fails if it did not. Requests other code sends with that client count as {@link
 * CostsSnapshot#outsideDaoCalls()}.
 *
 * <p>Thread-safe; a {@link #snapshot()} can be taken at any time, also while requests run. One
 * plugin instance belongs to one database.
 */
public final class CostsPlugin implements S3dbPlugin {
  private final PriceTable prices;
  private final boolean interceptorOnClient;
  private final Tally tally = new Tally();
  private final CostsInterceptor interceptor = new CostsInterceptor(tally);
  private final AtomicBoolean setUp = new AtomicBoolean();
  private volatile boolean checkOnStart;

  private CostsPlugin(PriceTable prices, boolean interceptorOnClient) {
    this.prices = Objects.requireNonNull(prices, "prices");
    this.interceptorOnClient = interceptorOnClient;
  }

  /**
   * Counts the requests of the S3 client the database builds, at S3 Standard us-east-1 prices.
   *
   * @return a new plugin, for one database; its setup fails if the database has your own client
   */
  public static CostsPlugin create() {
    return create(PriceTable.S3_STANDARD_US_EAST_1);
  }

  /**
   * The same at other prices (another region or storage class).
   *
   * @param prices dollars per 1 000 requests of each class; not null
   * @return a new plugin, for one database; its setup fails if the database has your own client
   * @throws NullPointerException if {@code prices} is null
   */
  public static CostsPlugin create(PriceTable prices) {
    return new CostsPlugin(prices, false);
  }

  /**
   * For a database built with your own S3 client: you add {@link #requestInterceptor()} to that
   * client's {@code overrideConfiguration}. S3 Standard us-east-1 prices.
   *
   * @return a new plugin, for one database; the database fails to start if the interceptor saw none
   *     of its requests
   */
  public static CostsPlugin forClientWithInterceptor() {
    return forClientWithInterceptor(PriceTable.S3_STANDARD_US_EAST_1);
  }

  /**
   * The same at other prices.
   *
   * @param prices dollars per 1 000 requests of each class; not null
   * @return a new plugin, for one database; the database fails to start if the interceptor saw none
   *     of its requests
   * @throws NullPointerException if {@code prices} is null
   */
  public static CostsPlugin forClientWithInterceptor(PriceTable prices) {
    return new CostsPlugin(prices, true);
  }

  /**
   * The SDK interceptor that counts: added to the client the database builds by the plugin itself;
   * yours to add to your own client ({@link #forClientWithInterceptor()}). One per plugin.
   *
   * @return this plugin's interceptor, the same object at every call
   */
  public ExecutionInterceptor requestInterceptor() {
    return interceptor;
  }

  /**
   * {@return the counts and costs so far} Since the database was built, or the last {@link
   * #reset()}; an immutable copy, which later requests do not change.
   */
  public CostsSnapshot snapshot() {
    return tally.snapshot(prices);
  }

  /**
   * Sets every count to zero, atomically: a snapshot sees everything before or nothing. The answers
   * of requests under way now are not counted.
   */
  public void reset() {
    tally.reset();
  }

  /** {@return the prices this plugin computes costs with} */
  public PriceTable prices() {
    return prices;
  }

  @Override
  public void setup(PluginContext context) {
    if (!setUp.compareAndSet(false, true)) {
      throw new IllegalStateException(
          "This CostsPlugin is installed in another database already: create one per database.");
    }
    interceptor.attach(context);
    if (context.addRequestInterceptor(interceptor)) {
      return;
    }
    if (!interceptorOnClient) {
      throw new S3dbConfigurationException(
          "CostsPlugin cannot count the requests of an S3 client you built"
              + " (S3db.builder().client(…)): create it with CostsPlugin.forClientWithInterceptor()"
              + " and add its requestInterceptor() to your client:"
              + " S3Client.builder().overrideConfiguration("
              + "c -> c.addExecutionInterceptor(costs.requestInterceptor())).");
    }
    checkOnStart = true;
  }

  /**
   * With your own client: the catalog was read through it, so the interceptor must have seen it.
   */
  @Override
  public void start(S3db database) {
    if (checkOnStart && !interceptor.sawRequest()) {
      throw new S3dbConfigurationException(
          "CostsPlugin.forClientWithInterceptor(): its requestInterceptor() saw none of the"
              + " requests the database sent while connecting, so it is not on the database's S3"
              + " client: add it with S3Client.builder().overrideConfiguration("
              + "c -> c.addExecutionInterceptor(costs.requestInterceptor())).");
    }
  }
}
