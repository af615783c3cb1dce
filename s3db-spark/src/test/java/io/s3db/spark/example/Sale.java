package io.s3db.spark.example;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/** The example's records: a sale in one of a few regions (its partition). */
@S3Resource(name = "sales", paranoid = false)
@Partition(name = "byRegion", fields = "region")
public record Sale(
    @Nullable String id, String region, String product, long quantity, double amount) {}
