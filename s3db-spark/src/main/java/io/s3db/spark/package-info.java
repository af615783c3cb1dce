/**
 * A Spark DataSource V2 for s3db: {@code spark.read.format("s3db").option("uri",
 * …).option("resource", "orders").load()} reads any resource of the catalog as a DataFrame, and
 * {@code df.write.format("s3db").mode("append")} inserts rows through the resource's validation.
 * Start with {@link io.s3db.spark.S3dbDataSource}.
 */
@NullMarked
package io.s3db.spark;

import org.jspecify.annotations.NullMarked;
