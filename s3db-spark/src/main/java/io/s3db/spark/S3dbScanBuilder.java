package io.s3db.spark;

import io.s3db.documents.PartitionDescription;
import java.util.List;
import org.apache.spark.sql.connector.read.Scan;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.read.SupportsPushDownFilters;
import org.apache.spark.sql.connector.read.SupportsPushDownRequiredColumns;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.types.StructType;

/**
 * Takes Spark's filters ({@link FilterPlanner}) and the columns it needs. Pruning columns saves no
 * request (a HEAD returns every attribute) but the decoding of unused ones, and a read of {@code
 * id} alone sends no HEAD at all.
 */
final class S3dbScanBuilder
    implements ScanBuilder, SupportsPushDownFilters, SupportsPushDownRequiredColumns {
  private final S3dbOptions options;
  private final StructType fullSchema;
  private final List<PartitionDescription> partitions;
  private StructType schema;
  private ReadPlan plan = ReadPlan.ALL;
  private Filter[] pushed = new Filter[0];

  S3dbScanBuilder(S3dbOptions options, StructType schema, List<PartitionDescription> partitions) {
    this.options = options;
    this.fullSchema = schema;
    this.schema = schema;
    this.partitions = partitions;
  }

  @Override
  public Filter[] pushFilters(Filter[] filters) {
    FilterPlanner.Result result = new FilterPlanner(partitions).plan(filters);
    plan = result.plan();
    pushed = result.pushed().toArray(new Filter[0]);
    return result.postScan().toArray(new Filter[0]);
  }

  @Override
  public Filter[] pushedFilters() {
    return pushed.clone();
  }

  @Override
  public void pruneColumns(StructType required) {
    schema = SchemaMapping.prune(fullSchema, required);
  }

  @Override
  public Scan build() {
    return new S3dbScan(options, schema, plan);
  }
}
