package io.s3db.internal;

import io.s3db.BulkResult;
import io.s3db.ProgressListener;
import io.s3db.S3dbException;
import io.s3db.ValidationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The bulk operations of one resource: many records per call, with at most {@code parallelism}
 * requests in flight, and per-item failures reported in a {@link BulkResult} instead of thrown.
 */
final class Bulk<T> {
  private static final System.Logger LOG = System.getLogger(Bulk.class.getName());

  private final String resource;
  private final ResourceKeys keys;
  private final RecordStore store;
  private final CodecBridge<T> bridge;
  private final References<T> refs;
  private final RecordReader<T> reader;
  private final OperationPipeline<T> pipeline;
  private final BatchDeleter deleter;
  private final Parallel parallel;

  Bulk(
      ResourceKeys keys,
      RecordStore store,
      CodecBridge<T> bridge,
      References<T> refs,
      RecordReader<T> reader,
      OperationPipeline<T> pipeline,
      BatchDeleter deleter,
      Parallel parallel) {
    this.resource = bridge.resource();
    this.keys = keys;
    this.store = store;
    this.bridge = bridge;
    this.refs = refs;
    this.reader = reader;
    this.pipeline = pipeline;
    this.deleter = deleter;
    this.parallel = parallel;
  }

  String resource() {
    return resource;
  }

  /** The records found, by id in the order given; missing ids are left out. */
  Map<String, T> getMany(Collection<String> ids) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    unique.forEach(keys::checkId);
    List<Optional<T>> found = parallel.map(unique, reader::fetchListed);
    Map<String, T> records = new LinkedHashMap<>();
    for (int i = 0; i < unique.size(); i++) {
      String id = unique.get(i);
      found.get(i).ifPresent(record -> records.put(id, record));
    }
    return records;
  }

  BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress) {
    List<T> items = new ArrayList<>(records);
    Progress counter = new Progress(progress, items.size());
    return BulkOutcome.collect(
        parallel.map(
            items,
            record -> {
              try {
                return insertOne(record);
              } finally {
                counter.done(1);
              }
            }));
  }

  /** The id the record comes with, null when its insert is to generate one. */
  @Nullable String givenId(T record) {
    return bridge.givenId(record);
  }

  /**
   * Inserts one record of a bulk call through the pipeline (its hooks run as for {@code insert}); a
   * failure, a before hook's abort included, is its outcome, not thrown. An after hook's failure is
   * logged by the pipeline: the record is stored.
   */
  BulkOutcome<T> insertOne(T record) {
    // a failure names the record as given: by its id, or by none when one was to be generated
    String id = bridge.givenId(record);
    try {
      T withId = bridge.withId(record);
      return new BulkOutcome.Stored<>(
          pipeline.namedAsGiven(
              record,
              withId,
              () -> pipeline.insertBulk(bridge.withId(pipeline.beforeInsert(withId)))));
    } catch (RuntimeException e) {
      return BulkOutcome.insertFailed(resource, id, record, e);
    }
  }

  /**
   * Deletes records, 1 000 per DeleteObjects request; with partitions, a HEAD per record first
   * tells its references (cheaper than listing whole partitions), which go after the data.
   */
  BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress) {
    List<String> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    Progress counter = new Progress(progress, unique.size());
    Map<String, S3dbException> failed = new LinkedHashMap<>();
    List<String> valid = new ArrayList<>();
    for (String id : unique) {
      try {
        keys.checkId(id);
        valid.add(id);
      } catch (ValidationException e) {
        failed.put(id, e);
        counter.done(1);
      }
    }
    if (pipeline.hasBeforeDelete()) {
      valid = beforeDelete(valid, failed, counter);
    }
    Map<String, Set<String>> refsById = storedRefs(valid, failed, counter);
    List<String> dataKeys = new ArrayList<>();
    refsById.keySet().forEach(id -> dataKeys.add(keys.dataKey(id)));
    List<String> toDelete = new ArrayList<>();
    for (int from = 0; from < dataKeys.size(); from += BatchDeleter.MAX_KEYS) {
      List<String> batch =
          dataKeys.subList(from, Math.min(dataKeys.size(), from + BatchDeleter.MAX_KEYS));
      Map<String, S3dbException> refused = deleter.delete(batch);
      for (String key : batch) {
        String id = keys.idOf(key);
        S3dbException error = refused.get(key);
        if (error != null) {
          failed.put(id, error);
        } else {
          toDelete.addAll(refsById.get(id));
        }
      }
      counter.done(batch.size());
    }
    // references go after the data, so a failure here leaves stale references, not unlisted records
    if (!toDelete.isEmpty()) {
      deleter
          .delete(toDelete)
          .forEach(
              (key, error) ->
                  LOG.log(
                      System.Logger.Level.WARNING,
                      "Stale partition reference {0} left behind: {1}",
                      key,
                      error.getMessage()));
      List<String> withRefs = new ArrayList<>();
      refsById.forEach(
          (id, stored) -> {
            if (!stored.isEmpty() && !failed.containsKey(id)) {
              withRefs.add(id);
            }
          });
      parallel.forEach(
          withRefs,
          // a record inserted again meanwhile gets its references back
          id -> refs.settle(id, Objects.requireNonNull(refsById.get(id))));
    }
    for (String id : unique) {
      if (!failed.containsKey(id)) {
        pipeline.afterDeleteBulk(id);
      }
    }
    List<BulkOutcome<String>> outcomes = new ArrayList<>();
    for (String id : unique) {
      S3dbException error = failed.get(id);
      outcomes.add(
          error == null
              ? new BulkOutcome.Stored<>(id)
              : new BulkOutcome.Failed<>(new BulkResult.Failure<>(id, id, error)));
    }
    return BulkOutcome.collect(outcomes);
  }

  /**
   * Runs the before-delete hooks of each id, in parallel; the ids they let through. An id whose
   * hook throws fails into {@code failed} with the hook's exception (wrapped when it is no {@link
   * S3dbException}) and is not deleted.
   */
  private List<String> beforeDelete(
      List<String> ids, Map<String, S3dbException> failed, Progress counter) {
    List<@Nullable S3dbException> aborted =
        parallel.map(
            ids,
            id -> {
              try {
                pipeline.beforeDelete(id);
                return null;
              } catch (S3dbException e) {
                return e;
              } catch (RuntimeException e) {
                return new S3dbException("Delete refused by a hook: " + e, resource, id, e);
              }
            });
    List<String> allowed = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      S3dbException error = aborted.get(i);
      if (error == null) {
        allowed.add(ids.get(i));
      } else {
        failed.put(ids.get(i), error);
        counter.done(1);
      }
    }
    return allowed;
  }

  /**
   * The references of each record to delete, by id; a record that cannot be read fails into {@code
   * failed}.
   */
  private Map<String, Set<String>> storedRefs(
      List<String> ids, Map<String, S3dbException> failed, Progress counter) {
    Map<String, Set<String>> refsById = new LinkedHashMap<>();
    if (!refs.any()) {
      ids.forEach(id -> refsById.put(id, Set.of()));
      return refsById;
    }
    record Read(Set<String> refs, @Nullable S3dbException error) {}
    List<Read> reads =
        parallel.map(
            ids,
            id -> {
              try {
                RecordStore.Loaded loaded = store.read(id);
                return new Read(loaded == null ? Set.of() : refs.ofStoredOrNone(id, loaded), null);
              } catch (S3dbException e) {
                return new Read(Set.of(), e);
              }
            });
    for (int i = 0; i < ids.size(); i++) {
      Read read = reads.get(i);
      if (read.error() != null) {
        failed.put(ids.get(i), read.error());
        counter.done(1);
      } else {
        refsById.put(ids.get(i), read.refs());
      }
    }
    return refsById;
  }
}
