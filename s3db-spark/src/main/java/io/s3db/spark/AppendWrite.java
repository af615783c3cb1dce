package io.s3db.spark;

import io.s3db.S3db;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.connector.write.BatchWrite;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.connector.write.PhysicalWriteInfo;
import org.apache.spark.sql.connector.write.Write;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;

/**
 * An append ({@code mode("append")}): every task inserts its rows; there is nothing to commit at
 * the end (each insert is durable when it returns). A failed task deletes its own rows (see {@link
 * DocumentWriter}), a failed job those of the tasks that had committed.
 */
final class AppendWrite implements WriteBuilder, Write, BatchWrite {
  private final S3dbOptions options;
  private final StructType schema;

  AppendWrite(S3dbOptions options, StructType schema) {
    this.options = options;
    this.schema = schema;
  }

  @Override
  public Write build() {
    return this;
  }

  @Override
  public BatchWrite toBatch() {
    return this;
  }

  @Override
  public DataWriterFactory createBatchWriterFactory(PhysicalWriteInfo info) {
    return new DocumentWriterFactory(options, schema);
  }

  @Override
  public void commit(WriterCommitMessage[] messages) {}

  /** Deletes what the tasks that did commit inserted: a failed append leaves no row behind. */
  @Override
  public void abort(WriterCommitMessage[] messages) {
    List<String> ids = new ArrayList<>();
    for (WriterCommitMessage message : messages) {
      if (message instanceof Appended appended) {
        ids.addAll(appended.ids());
      }
    }
    if (ids.isEmpty()) {
      return;
    }
    try (S3db db = options.open()) {
      db.documents(options.resource()).deleteMany(ids);
    }
  }
}
