package io.s3db.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.s3db.S3db;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Appends through Spark, validated as every insert is. */
@Tag("spark")
class SparkWriteTest {

  private static Dataset<Row> read(String uri, String resource) {
    return SparkFixture.spark()
        .read()
        .format("s3db")
        .option("uri", uri)
        .option("resource", resource)
        .load();
  }

  @Test
  void appendInsertsEveryRow() {
    String uri = SparkFixture.seeded(12);
    // snippet: append
    Dataset<Row> copies = read(uri, "orders").withColumn("id", concat(lit("copy-"), col("id")));
    copies
        .repartition(3)
        .write()
        .format("s3db")
        .option("uri", uri)
        .option("resource", "orders")
        .mode("append")
        .save();
    // end snippet: append

    assertEquals(24, read(uri, "orders").count());
    try (S3db db = S3db.builder().uri(uri).passphrase(SparkFixture.PASSPHRASE).build()) {
      assertEquals(
          db.documents("orders").get("o-007").without(List.of("id", "createdAt", "updatedAt")),
          db.documents("orders")
              .get("copy-o-007")
              .without(List.of("id", "createdAt", "updatedAt")));
    }
  }

  @Test
  void aRefusedRowFailsTheWriteAndLeavesNothing() {
    String uri = SparkFixture.seeded(6);
    // status is required: a null is refused by validation, after other rows may have gone in
    Dataset<Row> rows =
        read(uri, "orders")
            .withColumn("id", concat(lit("new-"), col("id")))
            .withColumn(
                "status",
                org.apache
                    .spark
                    .sql
                    .functions
                    .when(col("id").equalTo("new-o-005"), lit(null))
                    .otherwise(col("status")));
    Exception failed =
        assertThrows(
            Exception.class,
            () ->
                rows.coalesce(1)
                    .write()
                    .format("s3db")
                    .option("uri", uri)
                    .option("resource", "orders")
                    .mode("append")
                    .save());
    assertTrue(String.valueOf(failed.getMessage()).contains("refused"), failed.toString());
    assertEquals(6, read(uri, "orders").count());
  }
}
