package io.s3db.cache;

/**
 * What a {@link CachePlugin} did since its database was built.
 *
 * @param hits reads answered from memory (each saved the requests of that call)
 * @param misses cacheable reads sent to S3 (not there, expired, or made stale by a write)
 * @param evictions answers dropped for the size bound or the TTL (not those made stale by writes)
 * @param entries answers held now (an estimate while reads run)
 */
public record CacheStats(long hits, long misses, long evictions, long entries) {

  /**
   * {@return the hits per cacheable read ({@code hits / (hits + misses)}), 0 to 1; 0 before any}
   */
  public double hitRate() {
    long reads = hits + misses;
    return reads == 0 ? 0 : (double) hits / reads;
  }
}
