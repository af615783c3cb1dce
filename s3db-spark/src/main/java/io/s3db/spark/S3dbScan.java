package io.s3db.spark;

import io.s3db.S3db;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.connector.read.Batch;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.types.StructType;

/** A planned read: its columns and {@link ReadPlan}; lists once on the driver to cut slices. */
final class S3dbScan implements Scan, Batch {
  private final S3dbOptions options;
  private final StructType schema;
  private final ReadPlan plan;

  S3dbScan(S3dbOptions options, StructType schema, ReadPlan plan) {
    this.options = options;
    this.schema = schema;
    this.plan = plan;
  }

  ReadPlan plan() {
    return plan;
  }

  @Override
  public StructType readSchema() {
    return schema;
  }

  @Override
  public String description() {
    return "s3db " + options.resource() + ": " + plan;
  }

  @Override
  public Batch toBatch() {
    return this;
  }

  @Override
  public InputPartition[] planInputPartitions() {
    try (S3db db = options.open()) {
      List<IdSlice> slices = SlicePlanner.slices(db.documents(options.resource()), plan, splits());
      return slices.toArray(new InputPartition[0]);
    }
  }

  /**
   * The option, or two slices per core Spark has, so that a slow slice does not hold a core idle.
   */
  private int splits() {
    if (options.splits() > 0) {
      return options.splits();
    }
    return Math.max(1, SparkContext.getOrCreate().defaultParallelism()) * 2;
  }

  @Override
  public PartitionReaderFactory createReaderFactory() {
    return new SliceReaderFactory(options, schema);
  }
}
