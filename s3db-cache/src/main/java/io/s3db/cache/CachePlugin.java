package io.s3db.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.s3db.S3db;
import io.s3db.plugin.PluginContext;
import io.s3db.plugin.S3dbPlugin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Answers reads from memory: {@code get}, {@code find}, {@code exists}, {@code getMany}, {@code
 * list}, {@code listIds}, {@code count} and {@code page} of the resources you choose (as s3db.js's
 * {@code cache: true}), for at most a TTL, in a size-bounded Caffeine cache.
 *
 * <pre>{@code
 * CachePlugin cache = CachePlugin.builder().resource(Product.class).ttl(Duration.ofMinutes(1)).build();
 * S3db db = S3db.builder().uri(uri).plugin(cache).build();
 * }</pre>
 *
 * <p><b>Writes through this database</b> (this {@code S3db} object: any DAO of it, hooks' {@code
 * ctx.dao()}, bulk calls, bulk writers) make stale what they may have changed, as soon as they
 * begin and again when they end, whether they succeed or fail: a write of id X the answers of
 * {@code get}/{@code find}/{@code exists} of X; any write of a resource its lists, counts, pages
 * and {@code getMany} answers. While it runs, no answer it may change is kept. Once a write has
 * returned (or thrown), no answer read before it is served, not even one whose read was still in
 * flight. Writes that cannot name the records they changed ({@code deleteAll}, an insert that
 * failed or whose outcome is unknown) forget every single-record answer of their resource.
 *
 * <p><b>Writes by anyone else are seen only after the TTL</b>: another process, another JVM, an
 * s3db.js service, another {@code S3db} object in this JVM, a change made in the S3 console. Until
 * then this database serves what it read before. Choose the TTL by how stale such readers may be,
 * or call {@link #invalidateAll()} / {@link #invalidate(String)} when you learn of a change.
 *
 * <p>Not cached: {@code query} (its predicate is code, with no equality), {@code stream} (lazy and
 * unbounded), content calls, {@code get} of a missing id (it throws; {@code find} caches the empty
 * answer), and the reads of a {@code skippingUnreadable} DAO (it reports skipped records, which an
 * answer from memory would not). Answers are shared: lists and maps are unmodifiable (also on a
 * miss, so that a cached resource behaves the same whether or not it hits); records are immutable,
 * but a mutable component ({@code JsonNode}) must not be changed. A hit publishes {@code cacheHit}
 * (not {@code read}), a miss {@code cacheMiss}. The size bound counts answers, whatever their size:
 * a {@code list()} of 10 000 records is one.
 *
 * <p>One instance per database; thread-safe.
 */
public final class CachePlugin implements S3dbPlugin {
  private final Cache<CacheKey, Answer> cache;
  private final Versions versions = new Versions();
  private final Invalidation invalidation = new Invalidation(versions);
  private final ResourceSelection selection;
  private volatile @Nullable CacheInterceptor interceptor;

  private CachePlugin(Builder builder) {
    this.selection = new ResourceSelection(builder.all, builder.names, builder.types);
    LongSupplier nanoTime = builder.nanoTime;
    this.cache =
        Caffeine.newBuilder()
            .maximumSize(builder.maximumSize)
            .expireAfterWrite(builder.ttl)
            .ticker(nanoTime::getAsLong)
            // upkeep (evictions) on the calling thread: no tasks left in the common pool, and the
            // size bound holds when a call returns
            .executor(Runnable::run)
            .recordStats()
            .build();
  }

  /**
   * {@return new settings, to choose the resources to cache} Defaults: a TTL of 5 minutes, at most
   * 10 000 answers.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public synchronized void setup(PluginContext context) {
    if (interceptor != null) {
      throw new IllegalStateException(
          "This CachePlugin is set up in a database already; build one per database");
    }
    CacheInterceptor installed =
        new CacheInterceptor(
            cache, versions, invalidation, selection::contains, context.publisher());
    context.listen(invalidation);
    context.intercept(installed);
    interceptor = installed;
  }

  /** Learns the resource names of the record classes chosen. */
  @Override
  public void start(S3db database) {
    selection.resolve(database);
  }

  @Override
  public void stop() {
    invalidateAll();
  }

  /**
   * {@return the hits, misses, evictions and entries so far} Zeros before the plugin is set up in a
   * database.
   */
  public CacheStats stats() {
    cache.cleanUp();
    CacheInterceptor reads = interceptor;
    return new CacheStats(
        reads == null ? 0 : reads.hits(),
        reads == null ? 0 : reads.misses(),
        cache.stats().evictionCount(),
        cache.estimatedSize());
  }

  /** Forgets every answer (reads in flight now will not be kept either). */
  public void invalidateAll() {
    versions.clearAll();
    cache.invalidateAll();
  }

  /**
   * Forgets every answer of one resource, e.g. when you learn that another process wrote it (reads
   * of it in flight now will not be kept either).
   *
   * @param resource the resource's name ({@code @S3Resource(name = …)}); a resource not cached has
   *     nothing to forget
   */
  public void invalidate(String resource) {
    versions.clear(resource);
    cache.asMap().keySet().removeIf(key -> key.resource().equals(resource));
  }

  @Override
  public String toString() {
    return "CachePlugin[" + selection + "]";
  }

  /** Settings of a {@link CachePlugin}; choose at least one resource, or {@link #allResources}. */
  public static final class Builder {
    private Duration ttl = Duration.ofMinutes(5);
    private long maximumSize = 10_000;
    private boolean all;
    private final Set<String> names = new LinkedHashSet<>();
    private final List<Class<?>> types = new ArrayList<>();
    private LongSupplier nanoTime = System::nanoTime;

    private Builder() {}

    /**
     * How long an answer is served after it was read from S3 (default 5 minutes): the longest that
     * other processes' writes go unseen.
     *
     * @param ttl how long an answer lives after it was read; positive
     * @return this builder
     * @throws IllegalArgumentException if {@code ttl} is zero or negative
     */
    public Builder ttl(Duration ttl) {
      Objects.requireNonNull(ttl, "ttl");
      if (ttl.isNegative() || ttl.isZero()) {
        throw new IllegalArgumentException("ttl must be positive, was " + ttl);
      }
      this.ttl = ttl;
      return this;
    }

    /**
     * The most answers kept (default 10 000); beyond it, the least useful are evicted.
     *
     * @param entries how many answers, each counting as one whatever its size; at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code entries} is less than 1
     */
    public Builder maximumSize(long entries) {
      if (entries < 1) {
        throw new IllegalArgumentException("maximumSize must be at least 1, was " + entries);
      }
      this.maximumSize = entries;
      return this;
    }

    /**
     * Caches the resource of this name ({@code @S3Resource(name = …)}).
     *
     * @param name the resource's name; not null
     * @return this builder
     */
    public Builder resource(String name) {
      names.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Caches the resource of this record class; the database fails to build if it has none for it.
     *
     * @param type the resource's record class; not null
     * @return this builder
     */
    public Builder resource(Class<?> type) {
      types.add(Objects.requireNonNull(type, "type"));
      return this;
    }

    /**
     * Caches every resource of the database: say so explicitly, as caching delays other processes'
     * writes for every resource.
     *
     * @return this builder
     */
    public Builder allResources() {
      this.all = true;
      return this;
    }

    /**
     * The time source, in nanoseconds as {@link System#nanoTime()} (the default): for tests.
     *
     * @param nanoTime the current time in nanoseconds, from an arbitrary origin; only differences
     *     count (the TTL); not null
     * @return this builder
     */
    public Builder ticker(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    /**
     * Builds the plugin, to give to {@code S3db.builder().plugin(…)}.
     *
     * @return the plugin, for one database
     * @throws IllegalStateException if no resource was chosen (a cache of nothing is a mistake)
     */
    public CachePlugin build() {
      if (!all && names.isEmpty() && types.isEmpty()) {
        throw new IllegalStateException(
            "A CachePlugin caches the resources you choose: call resource(name), resource(type)"
                + " or allResources()");
      }
      return new CachePlugin(this);
    }
  }
}
