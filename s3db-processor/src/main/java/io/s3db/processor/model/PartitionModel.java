package io.s3db.processor.model;

import java.util.List;

/**
 * One {@code @Partition} of a resource.
 *
 * @param name the partition name, also the generated factory's name ({@code byRegion})
 * @param fields the partitioned leaves in declaration order, which is the factory's parameter order
 */
public record PartitionModel(String name, List<Field> fields) {

  public PartitionModel {
    fields = List.copyOf(fields);
  }

  /**
   * One partitioned leaf, with the components leading to it.
   *
   * @param chain from the resource's top-level component to the leaf ({@code profile}, {@code country})
   */
  public record Field(List<FieldModel> chain) {

    public Field {
      chain = List.copyOf(chain);
    }

    public FieldModel leaf() {
      return chain.get(chain.size() - 1);
    }

    public String path() {
      return leaf().path();
    }

    /**
     * The rule s3db.js writes for the field in {@code s3db.json}: the attribute's base type
     * ({@code string}, {@code number}, {@code boolean}), as its array form {@code partitions: ['region']} does.
     */
    public String rule() {
      return leaf().type().baseRule();
    }

    /** Whether the value can be null somewhere along the path, so that a record can lack a reference. */
    public boolean nullable() {
      return chain.stream().anyMatch(FieldModel::nullable);
    }
  }
}
