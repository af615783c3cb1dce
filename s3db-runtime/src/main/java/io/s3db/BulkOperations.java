package io.s3db;

import java.util.Collection;
import java.util.Map;

/**
 * Calls on many records at once, with at most {@code parallelism} requests in flight: getMany,
 * insertMany, deleteMany, deleteAll, and a writer for imports of unknown length. Part of every
 * {@link S3Dao}.
 *
 * @param <T> the record type
 */
public interface BulkOperations<T> {

  /**
   * The records with these ids, in the order given; ids without a record are absent from the map.
   * Cost: 1 HEAD per id, in parallel.
   *
   * @param ids the ids to read
   * @return the records found, keyed by id, iterating in the order of {@code ids}
   */
  Map<String, T> getMany(Collection<String> ids);

  /**
   * Inserts every record as {@link S3Dao#insert} does, in parallel; records with a null id get one.
   * Cost: per record, as {@code insert}.
   *
   * @param records the records to store
   * @return the records stored and, for each failed one, why: one record's failure does not stop
   *     the others
   */
  default BulkResult<T> insertMany(Collection<? extends T> records) {
    return insertMany(records, ProgressListener.NONE);
  }

  /**
   * {@link #insertMany(Collection)}, telling {@code progress} of every finished record.
   *
   * @param records the records to store
   * @param progress told after each record, stored or failed, with the total known in advance
   * @return the records stored and, for each failed one, why
   */
  BulkResult<T> insertMany(Collection<? extends T> records, ProgressListener progress);

  /**
   * Deletes the records with these ids and their partition references; ids without a record
   * succeed. Cost: 1 DeleteObjects per 1 000 ids; with partitions, + 1 HEAD per id (in parallel, to
   * learn the references) + 1 DeleteObjects per 1 000 references. (s3db.js 21: 6 requests per id.)
   *
   * @param ids the ids of the records to delete
   * @return the ids deleted and, for each failed one, why
   */
  default BulkResult<String> deleteMany(Collection<String> ids) {
    return deleteMany(ids, ProgressListener.NONE);
  }

  /**
   * {@link #deleteMany(Collection)}, telling {@code progress} as batches finish.
   *
   * @param ids the ids of the records to delete
   * @param progress told after each batch of up to 1 000 ids, with the total known in advance
   * @return the ids deleted and, for each failed one, why
   */
  BulkResult<String> deleteMany(Collection<String> ids, ProgressListener progress);

  /**
   * Deletes every record of the resource and every partition reference, and returns how many
   * records there were. Refused with {@link S3dbConfigurationException} while the resource is
   * paranoid, the default ({@code @S3Resource(paranoid = false)} allows it). Cost: per 1 000
   * records 1 LIST + 1 DeleteObjects, and the same per 1 000 references.
   *
   * @return how many records were deleted
   * @throws S3dbException naming the keys S3 refused to delete, after trying them all
   * @throws S3dbConfigurationException while the resource is paranoid
   */
  long deleteAll();

  /**
   * A writer for long imports: inserts with bounded concurrency and back-pressure, and collects
   * failures. Cost: per record, as {@link S3Dao#insert}.
   *
   * @param options the writer's concurrency, queue size, progress listener and whether it keeps the
   *     stored records
   * @return a new writer; close it to wait for the records added
   */
  BulkWriter<T> writer(BulkWriter.Options options);
}
