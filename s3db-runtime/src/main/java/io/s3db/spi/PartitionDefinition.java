package io.s3db.spi;

import io.s3db.PartitionKey;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One {@code @Partition} of a resource, generated into {@code <Record>Partitions.DEFINITIONS}.
 *
 * @param name the partition name ({@code byRegion})
 * @param fields the fields in declaration order, each with the s3db.js rule written into {@code
 *     s3db.json} (the attribute's base type: {@code string}, {@code number}, {@code boolean})
 * @param keyOf the record's key in this partition, or null when a field on its path is null (then
 *     the record has no reference, as in s3db.js)
 */
public record PartitionDefinition<T>(
    String name, List<Attribute> fields, Function<T, @Nullable PartitionKey<T>> keyOf) {

  public PartitionDefinition {
    fields = List.copyOf(fields);
  }
}
