package io.s3db.spark;

import io.s3db.documents.PartitionDescription;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.connector.catalog.Column;
import org.apache.spark.sql.connector.catalog.SupportsRead;
import org.apache.spark.sql.connector.catalog.SupportsWrite;
import org.apache.spark.sql.connector.catalog.TableCapability;
import org.apache.spark.sql.connector.read.ScanBuilder;
import org.apache.spark.sql.connector.write.LogicalWriteInfo;
import org.apache.spark.sql.connector.write.WriteBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * One resource as a Spark table: batch reads, and appends when the catalog's rules can be enforced
 * ({@code ResourceDescription.writable()}); a read-only resource refuses writes with the rule that
 * makes it so.
 */
final class S3dbTable implements SupportsRead, SupportsWrite {
  private final S3dbOptions options;
  private final StructType schema;
  private final List<PartitionDescription> partitions;
  private final String readOnlyReason;

  S3dbTable(
      S3dbOptions options,
      StructType schema,
      List<PartitionDescription> partitions,
      String readOnlyReason) {
    this.options = options;
    this.schema = schema;
    this.partitions = partitions;
    this.readOnlyReason = readOnlyReason;
  }

  @Override
  public String name() {
    return "s3db." + options.resource();
  }

  /** Table.schema() is deprecated for columns(); the rule and type metadata go along. */
  @Override
  public Column[] columns() {
    StructField[] fields = schema.fields();
    Column[] columns = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      StructField f = fields[i];
      columns[i] = Column.create(f.name(), f.dataType(), f.nullable(), null, f.metadata().json());
    }
    return columns;
  }

  @Override
  public Set<TableCapability> capabilities() {
    return EnumSet.of(TableCapability.BATCH_READ, TableCapability.BATCH_WRITE);
  }

  @Override
  public ScanBuilder newScanBuilder(CaseInsensitiveStringMap readOptions) {
    return new S3dbScanBuilder(options, schema, partitions);
  }

  @Override
  public WriteBuilder newWriteBuilder(LogicalWriteInfo info) {
    if (!readOnlyReason.isEmpty()) {
      throw new UnsupportedOperationException(
          "resource " + options.resource() + " is read-only: " + readOnlyReason);
    }
    return new AppendWrite(options, SchemaMapping.prune(schema, info.schema()));
  }
}
