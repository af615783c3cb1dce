package io.s3db.testing.faults;

import io.s3db.testing.EmbeddedS3;
import io.s3db.testing.TestBucket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * An HTTP proxy on {@code 127.0.0.1} between an S3 client and an embedded S3 server that injects
 * the faults S3 clients meet in production: {@code 503 SlowDown}, {@code 500 InternalError}, a
 * connection reset before the request is forwarded, a reset after it was forwarded and applied (the
 * reply is lost), a delay, and a hold the test releases. Faults come from scripted {@link
 * FaultRule}s (tried first, in order) and/or seeded {@link RandomFaults}; everything else is
 * forwarded byte for byte, so signatures stay valid.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(bucket.server())) {
 *   proxy.inject(FaultRule.on(S3Operation.PUT_OBJECT).keyMatching("k").resetAfterForwarding());
 *   S3Exception e = assertThrows(S3Exception.class, () -> proxy.client().putObject(
 *       r -> r.bucket(bucket.name()).key("k").ifNoneMatch("*"), RequestBody.fromString("v")));
 *   assertEquals(412, e.statusCode());        // the SDK's retry met its own write
 *   System.out.println(proxy.stats());        // 2 requests (PUT_OBJECT 2); 1 faults (RESET_AFTER_FORWARDING 1)
 * }
 * }</pre>
 *
 * <p>It speaks HTTP/1.1 as the AWS SDK v2 sends it to the harness (path-style, no {@code
 * aws-chunked}): keep-alive, {@code Expect: 100-continue}, and Content-Length or chunked bodies.
 * Request bodies are buffered (at most {@value HttpBodies#MAX_REQUEST_BODY_BYTES} bytes), responses
 * streamed. It is bounded: at most {@code maxConnections} client connections at once (more wait in
 * the accept backlog), one thread and one upstream connection each. {@link #stats()} counts
 * requests per {@link S3Operation} and faults per {@link Fault}.
 *
 * <p>Thread-safe. Rules and random faults can be changed while requests run.
 */
public final class FaultProxy implements AutoCloseable {

  /**
   * The harness's client pool size ({@code EmbeddedS3.newClient}), so one client never waits for
   * the proxy.
   */
  public static final int DEFAULT_MAX_CONNECTIONS = 128;

  private final URI upstream;
  private final InetSocketAddress upstreamAddress;
  private final Listener listener;
  private final URI endpoint;
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
  private volatile @Nullable RandomFaults randomFaults;
  private final ProxyCounts counts = new ProxyCounts();
  private volatile @Nullable S3Client client;
  private volatile boolean closed;

  private FaultProxy(URI upstream, int maxConnections) throws IOException {
    this.upstream = upstream;
    InetAddress upstreamHost = InetAddress.getByName(upstream.getHost());
    if (!upstreamHost.isLoopbackAddress()) {
      throw new IllegalArgumentException(
          "FaultProxy forwards to loopback servers only: " + upstream);
    }
    this.upstreamAddress = new InetSocketAddress(upstreamHost, upstream.getPort());
    this.listener = new Listener(maxConnections, socket -> new ProxyConnection(this, socket));
    this.endpoint = URI.create("http://127.0.0.1:" + listener.port());
  }

  /**
   * Starts a proxy in front of an embedded server.
   *
   * @param server the server to forward to; it must be running
   * @return the started proxy, with no rules and no random faults; close it when done
   */
  public static FaultProxy start(EmbeddedS3 server) {
    return start(server.endpoint());
  }

  /**
   * Starts a proxy in front of the S3 server at {@code upstream}, serving at most {@value
   * #DEFAULT_MAX_CONNECTIONS} connections at once.
   *
   * @param upstream the server to forward to, {@code http://127.0.0.1:PORT}: plain HTTP on a
   *     loopback address
   * @return the started proxy, with no rules and no random faults; close it when done
   * @throws IllegalArgumentException if {@code upstream} is not {@code http://host:port} on a
   *     loopback address
   * @throws java.io.UncheckedIOException if no local port can be opened
   */
  public static FaultProxy start(URI upstream) {
    return start(upstream, DEFAULT_MAX_CONNECTIONS);
  }

  /**
   * Starts a proxy in front of {@code upstream} that serves at most {@code maxConnections}
   * connections at once.
   *
   * @param upstream the server to forward to, {@code http://127.0.0.1:PORT}: plain HTTP on a
   *     loopback address
   * @param maxConnections connections served at once, at least 1; further connections wait to be
   *     accepted
   * @return the started proxy, with no rules and no random faults; close it when done
   * @throws IllegalArgumentException if {@code upstream} is not {@code http://host:port} on a
   *     loopback address, or {@code maxConnections} is below 1
   * @throws java.io.UncheckedIOException if no local port can be opened
   */
  public static FaultProxy start(URI upstream, int maxConnections) {
    Objects.requireNonNull(upstream, "upstream");
    if (!"http".equals(upstream.getScheme()) || upstream.getPort() < 0) {
      throw new IllegalArgumentException("expected http://host:port, got " + upstream);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be at least 1: " + maxConnections);
    }
    try {
      return new FaultProxy(upstream, maxConnections);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start FaultProxy", e);
    }
  }

  /** {@return where clients connect: {@code http://127.0.0.1:PORT}} */
  public URI endpoint() {
    return endpoint;
  }

  /** {@return the server requests are forwarded to} */
  public URI upstream() {
    return upstream;
  }

  /**
   * A client through the proxy, configured like {@link EmbeddedS3#client()} (same credentials, SDK
   * default retries), created on first use and closed by {@link #close()}. Do not close it.
   *
   * @return the proxy's shared client
   */
  public S3Client client() {
    S3Client c = client;
    if (c == null) {
      synchronized (this) {
        c = client;
        if (c == null) {
          c = clientBuilder().build();
          client = c;
        }
      }
    }
    return c;
  }

  /**
   * A builder for a client through the proxy (e.g. with retries tuned or off); the caller closes
   * that client.
   *
   * @return a new builder with the proxy's endpoint, the embedded server's credentials and
   *     path-style access
   */
  public S3ClientBuilder clientBuilder() {
    return EmbeddedS3.clientBuilder(endpoint, EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY);
  }

  /**
   * The s3db connection string for {@code bucket}/{@code keyPrefix} through the proxy.
   *
   * @param bucket the bucket's name
   * @param keyPrefix where the database's keys start inside the bucket; {@code ""} for the bucket's
   *     root
   * @return a connection string whose endpoint is the proxy's
   */
  public String uri(String bucket, String keyPrefix) {
    return EmbeddedS3.uri(endpoint, bucket, keyPrefix);
  }

  /**
   * The s3db connection string for a test bucket through the proxy, like {@link TestBucket#uri()}.
   *
   * @param bucket a bucket of the server behind the proxy
   * @return a connection string with the bucket's default key prefix, whose endpoint is the proxy's
   */
  public String uri(TestBucket bucket) {
    return uri(bucket.name(), TestBucket.DEFAULT_KEY_PREFIX);
  }

  /**
   * Adds a scripted rule after the existing ones; the first rule that fires decides a request's
   * fault.
   *
   * @param rule the rule; not null
   * @return this proxy
   */
  public FaultProxy inject(FaultRule rule) {
    rules.add(Objects.requireNonNull(rule, "rule"));
    return this;
  }

  /**
   * Removes every scripted rule (used up or not).
   *
   * @return this proxy
   */
  public FaultProxy clearRules() {
    rules.clear();
    return this;
  }

  /**
   * Sets (or, with null, removes) the random faults, consulted when no rule fires.
   *
   * @param faults the faults drawn for requests that no rule matched; null for none
   * @return this proxy
   */
  public FaultProxy randomFaults(@Nullable RandomFaults faults) {
    this.randomFaults = faults;
    return this;
  }

  /**
   * {@return the counts since the start or the last {@link #resetStats()}: requests by operation,
   * faults by kind, connections accepted}
   */
  public FaultProxyStats stats() {
    return counts.snapshot(listener.acceptedCount());
  }

  /** Sets every count back to 0 (rules and random faults keep their own state). */
  public void resetStats() {
    counts.reset();
    listener.resetCount();
  }

  /**
   * Stops accepting, ends every connection (held requests included) and closes {@link #client()}.
   * Idempotent.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    S3Client c = client;
    if (c != null) {
      c.close();
    }
    listener.close();
  }

  @Override
  public String toString() {
    return "FaultProxy[" + endpoint + " -> " + upstream + "]";
  }

  InetSocketAddress upstreamAddress() {
    return upstreamAddress;
  }

  void countRequest(S3Operation operation) {
    counts.request(operation);
  }

  void countFault(Fault fault) {
    counts.fault(fault);
  }

  /** The fault for this request: the first rule that fires, else a random draw, else none. */
  @Nullable Injection decide(S3Request request) {
    for (FaultRule rule : rules) {
      Injection injection = rule.take(request.operation(), request.key());
      if (injection != null) {
        return injection;
      }
    }
    RandomFaults random = randomFaults;
    return random == null ? null : random.draw(request.operation(), request.key());
  }
}
