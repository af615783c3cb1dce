package io.s3db.processor;

import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.PartitionModel;
import io.s3db.processor.model.ResourceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** What {@code @S3Resource(timestamps = true)} asks of a record, and the partitions it adds. */
final class TimestampRules {
  private TimestampRules() {}

  /**
   * {@code timestamps = true} needs {@code @Nullable Instant createdAt} and {@code updatedAt},
   * whose rule is then exactly s3db.js's {@code datetime|optional}. Nullable, because a record is
   * built before s3db stamps it, and records written before timestamps were turned on have none.
   */
  static void check(
      Reporter reporter,
      TypeElement type,
      String display,
      List<Properties.Property> properties,
      List<FieldModel> components) {
    for (String name : ResourceModel.TIMESTAMP_FIELDS) {
      Element element =
          properties.stream()
              .filter(c -> c.name().equals(name))
              .map(Properties.Property::element)
              .findFirst()
              .orElse(null);
      FieldModel field = find(components, name);
      if (element == null) {
        reporter.report(Message.TIMESTAMPS_COMPONENTS, type, display, name, "no such component");
      } else if (field != null
          && !(field.type() == FieldType.INSTANT && field.rule().equals("datetime|optional"))) {
        String found = field.javaType() + " " + name;
        if (field.type() == FieldType.INSTANT) {
          found += field.nullable() ? " with the rule " + field.rule() : " (not @Nullable)";
        }
        reporter.report(Message.TIMESTAMPS_COMPONENTS, element, display, name, found);
      }
    }
  }

  /**
   * s3db.js's automatic partitions of timestamped resources, unless the record declares partitions
   * of those names itself (s3db.js keeps the user's, too). A missing component is reported already.
   */
  static void addPartitions(List<FieldModel> components, List<PartitionModel> partitions) {
    Map<String, String> automatic = new LinkedHashMap<>();
    automatic.put("byCreatedDate", "createdAt");
    automatic.put("byUpdatedDate", "updatedAt");
    automatic.forEach(
        (partition, field) -> {
          FieldModel component = find(components, field);
          if (component != null && partitions.stream().noneMatch(p -> p.name().equals(partition))) {
            partitions.add(
                new PartitionModel(
                    partition,
                    List.of(
                        new PartitionModel.Field(
                            List.of(component), PartitionModel.TIMESTAMP_RULE))));
          }
        });
  }

  private static FieldModel find(List<FieldModel> components, String name) {
    return components.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
  }
}
