package io.s3db.internal;

import io.s3db.Page;
import io.s3db.PageRequest;
import io.s3db.PartitionKey;
import io.s3db.internal.format.Utf8;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Lists a resource's records, whole or one partition: ids and counts from LIST alone, records by
 * fetching each listed id (in parallel) and skipping those gone or no longer under the key (stale
 * references).
 */
final class Listing<T> {
  private final ResourceKeys keys;
  private final PartitionIndex<T> partitions;
  private final KeyLister lister;
  private final Parallel parallel;
  private final RecordReader<T> reader;

  Listing(
      ResourceKeys keys,
      PartitionIndex<T> partitions,
      KeyLister lister,
      Parallel parallel,
      RecordReader<T> reader) {
    this.keys = keys;
    this.partitions = partitions;
    this.lister = lister;
    this.parallel = parallel;
    this.reader = reader;
  }

  List<T> list(PartitionKey<T> key) {
    List<Optional<T>> found = parallel.map(listIds(key), id -> reader.fetch(key, id));
    List<T> records = new ArrayList<>(found.size());
    for (Optional<T> record : found) {
      record.ifPresent(records::add); // deleted between the LIST and the HEAD, or a stale reference
    }
    return records;
  }

  List<String> listIds(PartitionKey<T> key) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    List<String> ids = new ArrayList<>();
    lister.forEach(
        prefix,
        object -> {
          String id = ResourceKeys.idOf(prefix, object.key());
          if (id != null) {
            ids.add(id);
          }
        });
    return ids;
  }

  /**
   * The ids after {@code after} up to {@code upTo} (inclusive), in key order: S3 starts the listing
   * after {@code after}'s key and it stops at the first id past {@code upTo}, both compared as S3
   * orders keys (by UTF-8 bytes).
   */
  List<String> listIds(PartitionKey<T> key, @Nullable String after, @Nullable String upTo) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    byte[] last = upTo == null ? null : Utf8.encode(upTo);
    List<String> ids = new ArrayList<>();
    lister.forEachAfter(
        prefix,
        after == null ? "" : prefix + "id=" + after,
        object -> {
          String id = ResourceKeys.idOf(prefix, object.key());
          if (id == null) {
            return true;
          }
          if (last != null && Arrays.compareUnsigned(Utf8.encode(id), last) > 0) {
            return false;
          }
          ids.add(id);
          return true;
        });
    return ids;
  }

  long count(PartitionKey<T> key) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    long[] count = {0};
    lister.forEach(
        prefix,
        object -> {
          if (ResourceKeys.idOf(prefix, object.key()) != null) {
            count[0]++;
          }
        });
    return count[0];
  }

  Page<T> page(PartitionKey<T> key, PageRequest request) {
    partitions.check(key);
    String prefix = keys.prefix(key);
    List<String> ids = new ArrayList<>(request.size());
    PageRequest next;
    if (request.offset() == 0) {
      String token = request.cursor().map(Listing::fromCursor).orElse(null);
      ListObjectsV2Response listed = lister.page(prefix, request.size(), token);
      for (S3Object object : listed.contents()) {
        String id = ResourceKeys.idOf(prefix, object.key());
        if (id != null) {
          ids.add(id);
        }
      }
      String following = KeyLister.next(listed);
      next = following == null ? null : PageRequest.ofCursor(toCursor(following), request.size());
    } else {
      next = offsetPage(prefix, request, ids);
    }
    List<T> items = new ArrayList<>(ids.size());
    parallel.map(ids, id -> reader.fetch(key, id)).forEach(record -> record.ifPresent(items::add));
    return new Page<>(items, next);
  }

  /**
   * Skips {@code offset} keys by listing (not fetching) them, then takes {@code size} ids; the next
   * request.
   */
  private @Nullable PageRequest offsetPage(String prefix, PageRequest request, List<String> ids) {
    long skipped = 0;
    String token = null;
    do {
      ListObjectsV2Response listed = lister.page(prefix, 1000, token);
      token = KeyLister.next(listed);
      for (S3Object object : listed.contents()) {
        String id = ResourceKeys.idOf(prefix, object.key());
        if (id == null) {
          continue;
        }
        if (skipped < request.offset()) {
          skipped++;
        } else if (ids.size() < request.size()) {
          ids.add(id);
        } else {
          return PageRequest.ofOffset(request.offset() + request.size(), request.size());
        }
      }
    } while (token != null);
    return null;
  }

  /** Cursors are S3 continuation tokens, wrapped so that callers treat them as opaque. */
  private static String toCursor(String token) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(token.getBytes(StandardCharsets.UTF_8));
  }

  private static String fromCursor(String cursor) {
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not a page cursor: " + cursor, e);
    }
  }

  List<T> query(PartitionKey<T> key, Predicate<? super T> filter) {
    try (Stream<T> records = stream(key)) {
      return records.filter(filter).toList();
    }
  }

  Stream<T> stream(PartitionKey<T> key) {
    partitions.check(key);
    return new RecordIterator<>(
            lister, keys.prefix(key), parallel, parallel.parallelism(), id -> reader.fetch(key, id))
        .stream();
  }
}
