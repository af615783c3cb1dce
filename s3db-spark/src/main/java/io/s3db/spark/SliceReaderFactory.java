package io.s3db.spark;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Shipped to the executors: the options and the columns read, from which each task opens its
 * reader.
 *
 * @param options the read's options
 * @param schema the columns the query needs
 */
record SliceReaderFactory(S3dbOptions options, StructType schema)
    implements PartitionReaderFactory {

  private static final long serialVersionUID = 1L;

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new SliceReader(options, schema, (IdSlice) partition);
  }
}
