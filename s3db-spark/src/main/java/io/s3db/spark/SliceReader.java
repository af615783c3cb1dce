package io.s3db.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.S3db;
import io.s3db.documents.Documents;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Reads one slice in a task: opens its own database, lists the slice's ids if it does not carry
 * them, then reads the documents in chunks through {@code getMany}, which keeps at most {@code
 * parallelism} HEADs in flight; a chunk bounds the task's memory. A read that needs no column but
 * {@code id} (a {@code count()}) of all records sends no HEAD: the listing of the data keys is
 * exact.
 */
final class SliceReader implements PartitionReader<InternalRow> {
  private final S3db db;
  private final Documents documents;
  private final IdSlice slice;
  private final DocumentRows rows;
  private final boolean idsOnly;
  private final int chunk;
  private @Nullable Iterator<String> ids;
  private Iterator<ObjectNode> documentsRead = Collections.emptyIterator();
  private @Nullable InternalRow current;

  SliceReader(S3dbOptions options, StructType schema, IdSlice slice) {
    this.db = options.open();
    this.documents = options.documentsOn(db);
    this.slice = slice;
    this.rows = new DocumentRows(schema);
    // ids given (IN) may name no record, and a partition's references may be stale: HEAD those
    this.idsOnly =
        slice.partition() == null && (slice.ids() == null || slice.listed()) && onlyId(schema);
    // enough ids per getMany to keep every connection busy, few enough to hold in memory
    this.chunk = Math.max(100, options.parallelism() * 20);
  }

  private static boolean onlyId(StructType schema) {
    for (StructField field : schema.fields()) {
      if (!field.name().equals(SchemaMapping.ID)) {
        return false;
      }
    }
    return true;
  }

  private Iterator<String> ids() {
    Iterator<String> listed = ids;
    if (listed == null) {
      List<String> only = slice.ids();
      if (only != null) {
        listed = only.iterator();
      } else {
        String partition = slice.partition();
        PartitionKey<ObjectNode> key =
            partition == null ? PartitionKey.all() : documents.partition(partition, slice.key());
        listed =
            documents.listIds(key, slice.after(), slice.upTo()).stream()
                .filter(slice.range()::contains)
                .iterator();
      }
      ids = listed;
    }
    return listed;
  }

  @Override
  public boolean next() {
    Iterator<String> pending = ids();
    if (idsOnly) {
      current = pending.hasNext() ? rows.idRow(pending.next()) : null;
      return current != null;
    }
    while (!documentsRead.hasNext() && pending.hasNext()) {
      List<String> batch = new ArrayList<>(chunk);
      while (batch.size() < chunk && pending.hasNext()) {
        batch.add(pending.next());
      }
      documentsRead = documents.getMany(batch).values().iterator();
    }
    current = documentsRead.hasNext() ? rows.row(documentsRead.next()) : null;
    return current != null;
  }

  @Override
  public InternalRow get() {
    InternalRow row = current;
    if (row == null) {
      throw new IllegalStateException("get() before a next() that returned true");
    }
    return row;
  }

  @Override
  public void close() {
    db.close();
  }
}
