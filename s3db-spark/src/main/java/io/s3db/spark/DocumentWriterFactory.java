package io.s3db.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.write.DataWriter;
import org.apache.spark.sql.connector.write.DataWriterFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Shipped to the executors: the options and the rows' schema, from which each task opens its
 * writer.
 *
 * @param options the write's options
 * @param schema the rows' columns, with the table's metadata
 */
record DocumentWriterFactory(S3dbOptions options, StructType schema) implements DataWriterFactory {
  private static final long serialVersionUID = 1L;

  @Override
  public DataWriter<InternalRow> createWriter(int partitionId, long taskId) {
    return new DocumentWriter(options, schema);
  }
}
