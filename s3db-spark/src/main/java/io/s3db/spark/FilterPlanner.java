package io.s3db.spark;

import io.s3db.documents.PartitionDescription;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.sources.EqualNullSafe;
import org.apache.spark.sql.sources.EqualTo;
import org.apache.spark.sql.sources.Filter;
import org.apache.spark.sql.sources.GreaterThan;
import org.apache.spark.sql.sources.GreaterThanOrEqual;
import org.apache.spark.sql.sources.In;
import org.apache.spark.sql.sources.LessThan;
import org.apache.spark.sql.sources.LessThanOrEqual;
import org.jspecify.annotations.Nullable;

/**
 * Turns the filters Spark offers into a {@link ReadPlan}. Comparisons of {@code id} become the
 * listing's bounds (or the ids to read) and are handled: keys are exact. Equality (or {@code IN})
 * on every field of a partition lists that partition's prefix; those filters are used and still
 * returned to Spark, which checks them on the rows: a partition reference may be stale (the class
 * comment of {@code S3Dao}), and a {@code datetime} field's key holds only its day. Anything else
 * is left to Spark.
 */
final class FilterPlanner {
  /** Beyond this many keys (the product of the IN lists) one full listing is cheaper. */
  static final int MAX_KEYS = 64;

  private final List<PartitionDescription> partitions;

  FilterPlanner(List<PartitionDescription> partitions) {
    this.partitions = partitions;
  }

  /**
   * The plan, the filters it used (what {@code pushedFilters} reports), and those Spark must still
   * evaluate (partition equalities are in both).
   */
  record Result(ReadPlan plan, List<Filter> pushed, List<Filter> postScan) {}

  Result plan(Filter[] filters) {
    IdRange range = IdRange.ALL;
    @Nullable Set<String> ids = null;
    List<Filter> pushed = new ArrayList<>();
    List<Filter> rest = new ArrayList<>();
    Map<String, List<Object>> equalities = new LinkedHashMap<>();
    Map<String, List<Filter>> equalityFilters = new LinkedHashMap<>();
    for (Filter filter : filters) {
      String idValue = idValue(filter);
      if (filter instanceof In in && in.attribute().equals(SchemaMapping.ID) && strings(in)) {
        Set<String> these = new LinkedHashSet<>();
        for (Object v : in.values()) {
          these.add((String) v);
        }
        ids = intersect(ids, these);
        pushed.add(filter);
      } else if (idValue != null
          && (filter instanceof EqualTo || filter instanceof EqualNullSafe)) {
        ids = intersect(ids, new LinkedHashSet<>(List.of(idValue)));
        pushed.add(filter);
      } else if (idValue != null && filter instanceof GreaterThan) {
        range = range.above(idValue, false);
        pushed.add(filter);
      } else if (idValue != null && filter instanceof GreaterThanOrEqual) {
        range = range.above(idValue, true);
        pushed.add(filter);
      } else if (idValue != null && filter instanceof LessThan) {
        range = range.below(idValue, false);
        pushed.add(filter);
      } else if (idValue != null && filter instanceof LessThanOrEqual) {
        range = range.below(idValue, true);
        pushed.add(filter);
      } else {
        rest.add(filter);
        collectEquality(filter, equalities, equalityFilters);
      }
    }
    if (ids != null) {
      IdRange kept = range;
      List<String> read = ids.stream().filter(kept::contains).toList();
      return new Result(new ReadPlan(null, List.of(Map.of()), read, range), pushed, rest);
    }
    PartitionDescription best = choose(equalities);
    if (best == null) {
      return new Result(new ReadPlan(null, List.of(Map.of()), null, range), pushed, rest);
    }
    List<Map<String, Object>> keys = keys(best, equalities);
    for (String field : best.fields()) {
      pushed.addAll(equalityFilters.getOrDefault(field, List.of()));
    }
    return new Result(new ReadPlan(best.name(), keys, null, range), pushed, rest);
  }

  /** The partition whose every field is compared, most fields first, then fewest keys. */
  private @Nullable PartitionDescription choose(Map<String, List<Object>> equalities) {
    PartitionDescription best = null;
    long bestKeys = Long.MAX_VALUE;
    for (PartitionDescription partition : partitions) {
      if (partition.fields().isEmpty() || !equalities.keySet().containsAll(partition.fields())) {
        continue;
      }
      long count = 1;
      for (String field : partition.fields()) {
        count *= equalities.getOrDefault(field, List.of()).size();
      }
      if (count == 0 || count > MAX_KEYS) {
        continue;
      }
      boolean better =
          best == null
              || partition.fields().size() > best.fields().size()
              || (partition.fields().size() == best.fields().size() && count < bestKeys);
      if (better) {
        best = partition;
        bestKeys = count;
      }
    }
    return best;
  }

  private static List<Map<String, Object>> keys(
      PartitionDescription partition, Map<String, List<Object>> equalities) {
    List<Map<String, Object>> keys = new ArrayList<>();
    keys.add(Map.of());
    for (String field : partition.fields()) {
      List<Map<String, Object>> next = new ArrayList<>();
      for (Map<String, Object> key : keys) {
        for (Object value : equalities.getOrDefault(field, List.of())) {
          Map<String, Object> longer = new LinkedHashMap<>(key);
          longer.put(field, value);
          next.add(longer);
        }
      }
      keys = next;
    }
    return keys;
  }

  private static void collectEquality(
      Filter filter, Map<String, List<Object>> equalities, Map<String, List<Filter>> filters) {
    String attribute;
    List<Object> values = new ArrayList<>();
    if (filter instanceof EqualTo eq) {
      attribute = eq.attribute();
      values.add(eq.value());
    } else if (filter instanceof EqualNullSafe eq) {
      attribute = eq.attribute();
      values.add(eq.value());
    } else if (filter instanceof In in) {
      attribute = in.attribute();
      values.addAll(List.of(in.values()));
    } else {
      return;
    }
    List<Object> keyValues = new ArrayList<>();
    for (Object value : values) {
      Object keyValue = keyValue(value);
      if (keyValue == null) {
        return; // null (no reference is written for it) or a type no key holds
      }
      if (!keyValues.contains(keyValue)) {
        keyValues.add(keyValue);
      }
    }
    List<Object> known = equalities.get(attribute);
    if (known != null) {
      keyValues.retainAll(known); // a = 1 AND a IN (1, 2): the keys both allow
    }
    equalities.put(attribute, keyValues);
    filters.computeIfAbsent(attribute, a -> new ArrayList<>()).add(filter);
  }

  /** A filter's value as {@code Documents.partition} takes it, serializable. */
  private static @Nullable Object keyValue(@Nullable Object value) {
    if (value instanceof String || value instanceof Boolean || value instanceof Double) {
      return value;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float f) {
      return f.doubleValue();
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.LocalDate || value instanceof java.time.Instant) {
      return value;
    }
    return null;
  }

  private static @Nullable String idValue(Filter filter) {
    Object value = null;
    String attribute = null;
    if (filter instanceof EqualTo f) {
      attribute = f.attribute();
      value = f.value();
    } else if (filter instanceof EqualNullSafe f) {
      attribute = f.attribute();
      value = f.value();
    } else if (filter instanceof GreaterThan f) {
      attribute = f.attribute();
      value = f.value();
    } else if (filter instanceof GreaterThanOrEqual f) {
      attribute = f.attribute();
      value = f.value();
    } else if (filter instanceof LessThan f) {
      attribute = f.attribute();
      value = f.value();
    } else if (filter instanceof LessThanOrEqual f) {
      attribute = f.attribute();
      value = f.value();
    }
    return SchemaMapping.ID.equals(attribute) && value instanceof String s ? s : null;
  }

  private static boolean strings(In in) {
    for (Object value : in.values()) {
      if (!(value instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> intersect(@Nullable Set<String> ids, Set<String> these) {
    if (ids == null) {
      return these;
    }
    ids.retainAll(these);
    return ids;
  }
}
