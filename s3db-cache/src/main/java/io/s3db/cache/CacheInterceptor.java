package io.s3db.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import io.s3db.events.CacheEvent;
import io.s3db.events.S3dbListener;
import io.s3db.plugin.Operation;
import io.s3db.plugin.OperationInterceptor;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

/**
 * Answers cacheable reads of the chosen resources from memory, and sends every write through {@link
 * Invalidation}. A read's answer is stored with the {@link Stamp} taken before it was sent, and
 * served only while the stamp is current, so an answer read before a write ended is never served
 * after it: not even one whose read was still in flight when the write ended.
 */
final class CacheInterceptor implements OperationInterceptor {
  private final Cache<CacheKey, Answer> cache;
  private final Versions versions;
  private final Invalidation invalidation;
  private final Predicate<String> cached;
  private final S3dbListener publisher;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  CacheInterceptor(
      Cache<CacheKey, Answer> cache,
      Versions versions,
      Invalidation invalidation,
      Predicate<String> cached,
      S3dbListener publisher) {
    this.cache = cache;
    this.versions = versions;
    this.invalidation = invalidation;
    this.cached = cached;
    this.publisher = publisher;
  }

  @Override
  public <R> R intercept(Operation<R> op) {
    if (op.kind().isWrite()) {
      return invalidation.write(op); // every resource's: cheap, and no race with the choice
    }
    CacheKey key = CacheKey.of(op);
    if (key == null || !cached.test(op.resource())) {
      return op.proceed();
    }
    return read(op, key);
  }

  private <R> R read(Operation<R> op, CacheKey key) {
    Stamp now = versions.stamp(key); // before the lookup, and before any request
    Answer answer = cache.getIfPresent(key);
    if (answer != null && answer.stamp().equals(now)) {
      hits.increment();
      publisher.cacheHit(event(key));
      return served(answer, key);
    }
    if (answer != null) {
      cache.asMap().remove(key, answer); // stale: free its room now rather than at expiry
    }
    misses.increment();
    publisher.cacheMiss(event(key));
    Object result = op.proceed();
    // documents are copied whole, into unmodifiable collections; other answers need only those
    Object frozen = documents(key) ? Answer.copied(result) : Answer.frozen(key.kind(), result);
    Answer fresh = new Answer(frozen, now);
    // kept only if no write began or ended since `now` was taken and none is in flight (checked
    // atomically with the put); else a fresher answer stays, if a later read stored one
    cache
        .asMap()
        .compute(
            key,
            (k, old) -> {
              Stamp current = versions.stamp(k);
              if (current.equals(now) && versions.quiet(k)) {
                return fresh;
              }
              return old != null && old.stamp().equals(current) ? old : null;
            });
    return served(fresh, key);
  }

  // the key's kind and resource fix the answer's type, which the interceptor's R stands for
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  private static <R> R served(Answer answer, CacheKey key) {
    return (R) answer.served(documents(key));
  }

  private static boolean documents(CacheKey key) {
    return JsonNode.class.isAssignableFrom(key.recordType());
  }

  private static CacheEvent event(CacheKey key) {
    return new CacheEvent(key.resource(), key.kind().name(), key.label());
  }

  long hits() {
    return hits.sum();
  }

  long misses() {
    return misses.sum();
  }
}
