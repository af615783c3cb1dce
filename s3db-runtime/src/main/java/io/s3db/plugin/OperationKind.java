package io.s3db.plugin;

/** The DAO calls an {@link OperationInterceptor} sees, named as {@code S3Dao}'s methods are. */
public enum OperationKind {
  /** {@link io.s3db.S3Dao#get S3Dao.get}: one record by id. */
  GET(false),
  /** {@link io.s3db.S3Dao#find S3Dao.find}: one record by id, if there is one. */
  FIND(false),
  /** {@link io.s3db.S3Dao#exists S3Dao.exists}: whether a record exists. */
  EXISTS(false),
  /**
   * {@link io.s3db.S3Dao#list(io.s3db.PartitionKey) S3Dao.list}, also {@code list()} and {@code
   * getAll()}: the records of a partition.
   */
  LIST(false),
  /**
   * {@link io.s3db.S3Dao#listIds(io.s3db.PartitionKey) S3Dao.listIds}, with or without a partition
   * key.
   */
  LIST_IDS(false),
  /**
   * {@code listIds(key, after, upTo)} of {@link io.s3db.documents.Documents}: the ids of one slice
   * of the key space.
   */
  LIST_ID_RANGE(false),
  /**
   * {@link io.s3db.S3Dao#count(io.s3db.PartitionKey) S3Dao.count}, with or without a partition key.
   */
  COUNT(false),
  /** {@link io.s3db.S3Dao#page S3Dao.page}: one page of a partition. */
  PAGE(false),
  /**
   * {@link io.s3db.S3Dao#query(io.s3db.PartitionKey, java.util.function.Predicate) S3Dao.query},
   * with or without a partition key.
   */
  QUERY(false),
  /** {@link io.s3db.S3Dao#stream S3Dao.stream}: a lazy stream of a partition. */
  STREAM(false),
  /** {@link io.s3db.S3Dao#getMany S3Dao.getMany}: records by their ids. */
  GET_MANY(false),
  /** {@link io.s3db.S3Dao#content S3Dao.content}: a record's binary content. */
  CONTENT(false),
  /** {@link io.s3db.S3Dao#hasContent S3Dao.hasContent}. */
  HAS_CONTENT(false),
  /** {@link io.s3db.S3Dao#insert S3Dao.insert}. */
  INSERT(true),
  /** {@link io.s3db.S3Dao#update S3Dao.update}, all its attempts together. */
  UPDATE(true),
  /** {@link io.s3db.S3Dao#upsert S3Dao.upsert}. */
  UPSERT(true),
  /** {@link io.s3db.S3Dao#delete S3Dao.delete}. */
  DELETE(true),
  /** {@link io.s3db.S3Dao#insertMany(java.util.Collection) S3Dao.insertMany}, the whole batch. */
  INSERT_MANY(true),
  /** {@link io.s3db.S3Dao#deleteMany(java.util.Collection) S3Dao.deleteMany}, the whole batch. */
  DELETE_MANY(true),
  /** {@link io.s3db.S3Dao#deleteAll S3Dao.deleteAll}. */
  DELETE_ALL(true),
  /** One record of a {@link io.s3db.BulkWriter}: its insert runs on the writer's threads. */
  WRITER_INSERT(true),
  /**
   * {@link io.s3db.S3Dao#setContent(String, byte[], String) S3Dao.setContent}, from bytes or a
   * stream.
   */
  SET_CONTENT(true),
  /** {@link io.s3db.S3Dao#deleteContent S3Dao.deleteContent}. */
  DELETE_CONTENT(true),
  /**
   * {@link io.s3db.S3Dao#repair() S3Dao.repair}: fixes partition references only, never a record's
   * data.
   */
  REPAIR(true);

  private final boolean write;

  OperationKind(boolean write) {
    this.write = write;
  }

  /**
   * Whether the call may change what is stored (so caches must forget what they read before).
   *
   * @return true for the writes, from {@link #INSERT} on; false for the reads
   */
  public boolean isWrite() {
    return write;
  }
}
