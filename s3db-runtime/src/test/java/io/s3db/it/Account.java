package io.s3db.it;

import io.s3db.annotations.Partition;
import io.s3db.annotations.S3Resource;
import org.jspecify.annotations.Nullable;

/**
 * The partitions' record: one-field, composite with a nested field, numeric and boolean, and
 * nullable.
 */
@S3Resource(name = "accounts", paranoid = false)
@Partition(name = "byRegion", fields = "region")
@Partition(
    name = "byCountryAndPlan",
    fields = {"profile.country", "plan"})
@Partition(
    name = "byScoreAndVip",
    fields = {"vip", "score"})
@Partition(name = "byNickname", fields = "nickname")
@SuppressWarnings("s3db:nullable-partition")
public record Account(
    @Nullable String id,
    String name,
    String region,
    String plan,
    int tier,
    double score,
    boolean vip,
    Profile profile,
    @Nullable String nickname) {

  public record Profile(String country, @Nullable String city) {}

  public static Account of(@Nullable String id, String region, String plan) {
    return new Account(id, "n-" + id, region, plan, 1, 0.5, false, new Profile("PT", null), null);
  }

  public Account withRegion(String newRegion) {
    return new Account(id, name, newRegion, plan, tier, score, vip, profile, nickname);
  }
}
