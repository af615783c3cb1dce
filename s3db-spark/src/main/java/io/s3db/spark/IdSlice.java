package io.s3db.spark;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.connector.read.InputPartition;
import org.jspecify.annotations.Nullable;

/**
 * One input partition: a slice of one key's id space, read by one task. Slices of a key are cut at
 * ids the driver listed, so they do not overlap and together cover the key. A slice carries its
 * ids, or, for a large resource, its bounds, which its task lists again (1 LIST per 1 000 ids).
 *
 * @param partition the partition listed, or null for all records
 * @param key the partition's field values; empty for all records
 * @param after the id the slice starts after; null for the key's start
 * @param upTo the last id of the slice; null for the key's end
 * @param ids the ids to read without listing, or null to list
 * @param listed whether {@code ids} came from listing the key (so each has a record, for all
 *     records), rather than from an {@code id IN (…)}
 * @param range the ids kept, which the listing bounds may exceed
 */
record IdSlice(
    @Nullable String partition,
    Map<String, Object> key,
    @Nullable String after,
    @Nullable String upTo,
    @Nullable List<String> ids,
    boolean listed,
    IdRange range)
    implements InputPartition {

  private static final long serialVersionUID = 1L;
}
