package io.s3db.processor.model;

import java.util.List;

/**
 * One partition of a resource: a {@code @Partition}, or one of the automatic {@code byCreatedDate}
 * and {@code byUpdatedDate} of {@code @S3Resource(timestamps = true)}.
 *
 * @param name the partition name, also the generated factory's name ({@code byRegion})
 * @param fields the partitioned leaves in declaration order, which is the factory's parameter order
 */
public record PartitionModel(String name, List<Field> fields) {

  /** The automatic partitions' rule, exactly as s3db.js 21.x writes it (FORMAT.md §6). */
  public static final String TIMESTAMP_RULE = "date|maxlength:10";

  public PartitionModel {
    fields = List.copyOf(fields);
  }

  /** Whether a field is rendered as its UTC date, so the factory also takes a {@code LocalDate}. */
  public boolean hasDateTimeField() {
    return fields.stream()
        .anyMatch(
            f ->
                f.leaf().type() == FieldType.INSTANT
                    || f.leaf().type() == FieldType.OFFSET_DATE_TIME);
  }

  /**
   * One partitioned leaf, with the components leading to it.
   *
   * @param chain from the resource's top-level component to the leaf ({@code profile}, {@code
   *     country})
   * @param rule the rule written into {@code s3db.json}, or null for the attribute's base type
   */
  public record Field(List<FieldModel> chain, String rule) {

    public Field {
      chain = List.copyOf(chain);
    }

    public Field(List<FieldModel> chain) {
      this(chain, null);
    }

    public FieldModel leaf() {
      return chain.get(chain.size() - 1);
    }

    public String path() {
      return leaf().path();
    }

    /**
     * The rule s3db.js writes for the field in {@code s3db.json}: the attribute's base type ({@code
     * string}, {@code number}, {@code boolean}, {@code uuid}, {@code datetime}, {@code dateonly}),
     * as its array form {@code partitions: ['region']} does, unless given. s3db.js renders a value
     * whose rule contains {@code date} as its UTC date ({@code YYYY-MM-DD}), so {@code datetime}
     * and {@code dateonly} fields need no rule of their own.
     */
    @Override
    public String rule() {
      return rule != null ? rule : leaf().type().baseRule();
    }

    /**
     * Whether the value can be null somewhere along the path, so that a record can lack a
     * reference.
     */
    public boolean nullable() {
      return chain.stream().anyMatch(FieldModel::nullable);
    }
  }
}
