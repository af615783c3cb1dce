package io.s3db.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a read lists, from the filters pushed: one partition's keys (for each combination of the
 * values its fields are compared to) or every record's, within an id range; or, for {@code id IN
 * (…)} and {@code id = …}, just those ids, without any listing.
 *
 * @param partition the partition listed, or null for all records
 * @param keys the partition's field values, one map per key listed (a {@code String}, {@code Long},
 *     {@code Double}, {@code Boolean}, {@code LocalDate} or {@code Instant} per field); one empty
 *     map when {@code partition} is null
 * @param ids the only ids to read, or null to list
 * @param range the ids kept
 */
record ReadPlan(
    @Nullable String partition,
    List<Map<String, Object>> keys,
    @Nullable List<String> ids,
    IdRange range)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  static final ReadPlan ALL = new ReadPlan(null, List.of(Map.of()), null, IdRange.ALL);

  @Override
  public String toString() {
    String what =
        ids != null
            ? "ids " + ids
            : partition == null ? "all records" : "partition " + partition + " " + keys;
    return range.isAll() ? what : what + ", " + range;
  }
}
