package io.s3db.interop;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * A partitioned resource: one field ({@code byRegion}), two with a number ({@code byTierLevel},
 * whose key holds {@code level} before {@code tier}, s3db.js's field order) and a nested field
 * ({@code byCountry}). The s3db.js side is {@link PartitionsTest#NODE_OPTIONS}.
 */
@S3Resource(name = "shoppers")
@Partition(name = "byRegion", fields = "region")
@Partition(
    name = "byTierLevel",
    fields = {"tier", "level"})
@Partition(name = "byCountry", fields = "profile.country")
public record Shopper(
    @Nullable String id, String name, String region, String tier, int level, Profile profile) {

  public record Profile(String country, @Nullable String city) {}
}
