package io.s3db.plugin;

/** The DAO calls an {@link OperationInterceptor} sees, named as {@code S3Dao}'s methods are. */
public enum OperationKind {
  GET(false),
  FIND(false),
  EXISTS(false),
  LIST(false),
  LIST_IDS(false),
  COUNT(false),
  PAGE(false),
  QUERY(false),
  STREAM(false),
  GET_MANY(false),
  CONTENT(false),
  HAS_CONTENT(false),
  INSERT(true),
  UPDATE(true),
  UPSERT(true),
  DELETE(true),
  INSERT_MANY(true),
  DELETE_MANY(true),
  DELETE_ALL(true),
  /** One record of a {@code BulkWriter}: its insert runs on the writer's threads. */
  WRITER_INSERT(true),
  SET_CONTENT(true),
  DELETE_CONTENT(true),
  /** {@code repair()}: removes stale references only, never a record's data. */
  REPAIR(true);

  private final boolean write;

  OperationKind(boolean write) {
    this.write = write;
  }

  /** Whether the call may change what is stored (so caches must forget what they read before). */
  public boolean isWrite() {
    return write;
  }
}
