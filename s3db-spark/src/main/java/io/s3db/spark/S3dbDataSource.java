package io.s3db.spark;

import io.s3db.S3db;
import io.s3db.documents.ResourceDescription;
import java.util.Map;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.connector.catalog.TableProvider;
import org.apache.spark.sql.connector.expressions.Transform;
import org.apache.spark.sql.sources.DataSourceRegister;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.util.CaseInsensitiveStringMap;

/**
 * The {@code s3db} data source: any resource of an s3db database (one declared by s3db.js too) as a
 * Spark table, its schema read from the catalog {@code s3db.json}.
 *
 * <pre>{@code
 * Dataset<Row> orders = spark.read().format("s3db")
 *     .option("uri", "s3://KEY:SECRET@bucket/databases/shop")
 *     .option("resource", "orders")
 *     .load();
 * orders.where("status = 'PAID'").groupBy("region").count().show();
 * }</pre>
 *
 * <p>Options: {@code uri} and {@code resource} (required); {@code passphrase}, for a resource with
 * secrets; {@code parallelism}, the most S3 requests one task has in flight (default 10); {@code
 * splits}, how many input partitions a read is cut into (default twice Spark's default
 * parallelism). Equality on every field of a partition lists only that partition, comparisons of
 * {@code id} bound the listing; see {@code docs/guides/spark.md}.
 *
 * <p>Spark finds this class by its short name through {@code
 * META-INF/services/org.apache.spark.sql.sources.DataSourceRegister}.
 */
public final class S3dbDataSource implements TableProvider, DataSourceRegister {

  /** Made by Spark, through the service file. */
  public S3dbDataSource() {}

  /** {@return {@code s3db}, the name {@code format(…)} takes} */
  @Override
  public String shortName() {
    return "s3db";
  }

  /**
   * Reads the resource's schema from the catalog (1 GET).
   *
   * @param options the read's options
   * @return {@code id}, then the attributes as Spark columns
   */
  @Override
  public StructType inferSchema(CaseInsensitiveStringMap options) {
    return SchemaMapping.schema(describe(S3dbOptions.of(options)));
  }

  /**
   * The resource as a table.
   *
   * @param schema the schema {@link #inferSchema} returned
   * @param partitioning ignored: the partitions are the catalog's
   * @param properties the read's or write's options
   * @return the table
   */
  @Override
  public Table getTable(
      StructType schema, Transform[] partitioning, Map<String, String> properties) {
    S3dbOptions options = S3dbOptions.of(properties);
    ResourceDescription description = describe(options);
    return new S3dbTable(
        options, schema, description.partitions(), description.whyReadOnly().orElse(""));
  }

  private static ResourceDescription describe(S3dbOptions options) {
    try (S3db db = options.open()) {
      return db.documents(options.resource()).describe();
    }
  }
}
