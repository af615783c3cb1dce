package io.s3db.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.BulkResult;
import io.s3db.S3db;
import io.s3db.documents.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.WriterCommitMessage;
import org.apache.spark.sql.types.StructType;

/**
 * Inserts one task's rows through {@code Documents.insertMany} (validated as every insert, at most
 * {@code parallelism} requests in flight), a batch at a time. A row that fails validation or finds
 * its id taken fails the task; {@link #abort()} then deletes what the task had inserted, so that a
 * retried task (or the job's failure) leaves none of its rows behind.
 */
final class DocumentWriter implements DataWriter<InternalRow> {
  private static final int SHOWN_FAILURES = 5;

  private final S3db db;
  private final Documents documents;
  private final RowDocuments rows;
  private final int batchSize;
  private final List<ObjectNode> batch = new ArrayList<>();
  private final List<String> inserted = new ArrayList<>();

  DocumentWriter(S3dbOptions options, StructType schema) {
    this.db = options.open();
    this.documents = options.documentsOn(db);
    this.rows = new RowDocuments(schema);
    this.batchSize = Math.max(100, options.parallelism() * 20);
  }

  @Override
  public void write(InternalRow row) {
    batch.add(rows.document(row));
    if (batch.size() >= batchSize) {
      flush();
    }
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    BulkResult<ObjectNode> result = documents.insertMany(List.copyOf(batch));
    batch.clear();
    for (ObjectNode document : result.succeeded()) {
      inserted.add(document.path(SchemaMapping.ID).asText());
    }
    if (!result.isSuccess()) {
      List<BulkResult.Failure<ObjectNode>> failures = result.failures();
      throw new IllegalStateException(
          failures.size()
              + " rows were refused by "
              + documents.name()
              + ": "
              + failures.stream()
                  .limit(SHOWN_FAILURES)
                  .map(f -> f.id() + ": " + f.error().getMessage())
                  .collect(Collectors.joining("; ")),
          failures.get(0).error());
    }
  }

  @Override
  public WriterCommitMessage commit() {
    flush();
    return new Appended(List.copyOf(inserted));
  }

  @Override
  public void abort() {
    batch.clear();
    if (!inserted.isEmpty()) {
      documents.deleteMany(List.copyOf(inserted));
      inserted.clear();
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
