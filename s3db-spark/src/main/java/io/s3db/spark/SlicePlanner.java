package io.s3db.spark;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.documents.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cuts a read into slices on the driver. It lists the ids once (1 LIST per 1 000: a thousandth of
 * the HEADs the tasks then send) and cuts them into runs of equal length, so slices are even
 * whatever the ids look like: generated nanoids, sortable ids or an application's own. Cutting by
 * first characters instead would save that listing but skew on any id that is not uniformly random.
 *
 * <p>Up to {@link #MAX_SHIPPED_IDS} ids, a slice carries its ids, so tasks only HEAD: listing twice
 * costs more than the HEADs where LIST is slow (S3Proxy's in-memory store). Beyond, a slice carries
 * its bounds and its task lists them again, so that a task's payload stays small however large the
 * resource.
 */
final class SlicePlanner {
  /** About 20 bytes each in the tasks' payloads: a few MB in all. */
  static final int MAX_SHIPPED_IDS = 1_000_000;

  private SlicePlanner() {}

  static List<IdSlice> slices(Documents documents, ReadPlan plan, int splits) {
    return slices(documents, plan, splits, MAX_SHIPPED_IDS);
  }

  static List<IdSlice> slices(Documents documents, ReadPlan plan, int splits, int maxShipped) {
    List<IdSlice> slices = new ArrayList<>();
    IdRange range = plan.range();
    List<String> only = plan.ids();
    if (only != null) {
      for (List<String> run : runs(only, splits)) {
        slices.add(new IdSlice(null, Map.of(), null, null, run, false, range));
      }
      return slices;
    }
    int perKey = Math.max(1, (splits + plan.keys().size() - 1) / plan.keys().size());
    for (Map<String, Object> values : plan.keys()) {
      String partition = plan.partition();
      PartitionKey<ObjectNode> key =
          partition == null ? PartitionKey.all() : documents.partition(partition, values);
      List<String> ids =
          range.isAll()
              ? documents.listIds(key)
              : documents.listIds(key, range.listAfter(), range.listUpTo()).stream()
                  .filter(range::contains)
                  .toList();
      List<List<String>> runs = runs(ids, perKey);
      if (ids.size() <= maxShipped / plan.keys().size()) {
        for (List<String> run : runs) {
          slices.add(new IdSlice(partition, values, null, null, run, true, range));
        }
        continue;
      }
      for (int i = 0; i < runs.size(); i++) {
        List<String> previous = i == 0 ? null : runs.get(i - 1);
        String after = previous == null ? range.listAfter() : previous.get(previous.size() - 1);
        List<String> run = runs.get(i);
        String upTo = i == runs.size() - 1 ? range.listUpTo() : run.get(run.size() - 1);
        slices.add(new IdSlice(partition, values, after, upTo, null, false, range));
      }
    }
    return slices;
  }

  /** At most {@code count} runs of nearly equal length; none for no ids. */
  static List<List<String>> runs(List<String> ids, int count) {
    List<List<String>> runs = new ArrayList<>();
    int n = Math.max(1, Math.min(count, ids.size()));
    for (int i = 0; i < n && !ids.isEmpty(); i++) {
      int from = (int) ((long) ids.size() * i / n);
      int to = (int) ((long) ids.size() * (i + 1) / n);
      runs.add(List.copyOf(ids.subList(from, to)));
    }
    return runs;
  }
}
