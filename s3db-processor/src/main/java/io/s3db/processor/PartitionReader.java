package io.s3db.processor;

import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.PartitionModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Reads a record's {@code @Partition}s (given directly or in their {@code @Partitions} container)
 * and checks them: names, and fields that exist, are leaves, and have one value a key can hold.
 */
final class PartitionReader {
  static final String PARTITION = "io.s3db.annotations.Partition";
  static final String PARTITIONS = "io.s3db.annotations.Partitions";
  private static final Pattern PARTITION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Reporter reporter;
  private final TypeElement type;
  private final String display;
  private final boolean warns;

  /**
   * @param warns whether to warn of nullable fields; see {@link ModelReader#ModelReader}
   */
  PartitionReader(Reporter reporter, TypeElement type, String display, boolean warns) {
    this.reporter = reporter;
    this.type = type;
    this.display = display;
    this.warns = warns;
  }

  /** The partitions in declaration order, each with the fields that passed the checks. */
  List<PartitionModel> read(List<FieldModel> components) {
    Map<String, List<FieldModel>> chains = new LinkedHashMap<>();
    for (FieldModel component : components) {
      if (!component.name().equals("id")) {
        collectChains(component, new ArrayList<>(), chains);
      }
    }
    List<String> leaves =
        chains.entrySet().stream()
            .filter(e -> !e.getValue().get(e.getValue().size() - 1).isRecord())
            .map(Map.Entry::getKey)
            .toList();
    boolean warnNullable =
        warns && !Annotations.suppresses(type, Message.NULLABLE_PARTITION_WARNING);
    List<AnnotationMirror> mirrors = mirrors();
    Map<String, Integer> declared = new LinkedHashMap<>();
    List<PartitionModel> partitions = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      String name = Annotations.string(mirror, "name", "");
      int times = declared.merge(name, 1, Integer::sum);
      if (times == 2) {
        reporter.reportAt(
            Message.DUPLICATE_PARTITION_NAME,
            type,
            mirror,
            display,
            name,
            mirrors.stream().filter(m -> Annotations.string(m, "name", "").equals(name)).count());
      }
      if (!PARTITION_NAME.matcher(name).matches() || SourceVersion.isKeyword(name)) {
        reporter.reportAt(Message.INVALID_PARTITION_NAME, type, mirror, display, name);
      }
      List<String> paths = Annotations.strings(mirror, "fields");
      if (paths.isEmpty()) {
        reporter.reportAt(Message.PARTITION_WITHOUT_FIELDS, type, mirror, display, name);
      }
      Set<String> seen = new HashSet<>();
      List<PartitionModel.Field> fields = new ArrayList<>();
      for (String path : paths) {
        if (!seen.add(path)) {
          reporter.reportAt(Message.PARTITION_REPEATED_FIELD, type, mirror, display, name, path);
          continue;
        }
        PartitionModel.Field field = field(mirror, name, path, chains.get(path), leaves);
        if (field != null) {
          if (field.nullable() && warnNullable) {
            reporter.reportAt(Message.NULLABLE_PARTITION_FIELD, type, mirror, display, path, name);
          }
          fields.add(field);
        }
      }
      partitions.add(new PartitionModel(name, fields));
    }
    return partitions;
  }

  /** The {@code @Partition} mirrors, those inside {@code @Partitions} included. */
  private List<AnnotationMirror> mirrors() {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String annotation = Annotations.qualifiedName(mirror);
      if (annotation.equals(PARTITION)) {
        mirrors.add(mirror);
      } else if (annotation.equals(PARTITIONS)) {
        AnnotationValue value = Annotations.value(mirror, "value");
        if (value != null) {
          for (Object each : (List<?>) value.getValue()) {
            mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
          }
        }
      }
    }
    return mirrors;
  }

  /** The partitioned field at {@code path}, or null (reported) when it cannot be one. */
  private PartitionModel.Field field(
      AnnotationMirror mirror,
      String name,
      String path,
      List<FieldModel> chain,
      List<String> leaves) {
    if (chain == null) {
      String suggestion = Suggestions.closest(path, leaves);
      reporter.reportAt(
          Message.PARTITION_UNKNOWN_FIELD,
          type,
          mirror,
          display,
          name,
          path,
          suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?",
          String.join(", ", leaves));
      return null;
    }
    FieldModel leaf = chain.get(chain.size() - 1);
    if (leaf.isRecord()) {
      reporter.reportAt(
          Message.PARTITION_FIELD_NOT_LEAF,
          type,
          mirror,
          display,
          name,
          path,
          leaf.javaType(),
          leaves.stream().filter(l -> l.startsWith(path + ".")).collect(Collectors.joining(", ")));
      return null;
    }
    String noSingleValue = noSingleValue(leaf);
    if (noSingleValue != null) {
      reporter.reportAt(
          Message.PARTITION_FIELD_NO_SINGLE_VALUE,
          type,
          mirror,
          display,
          name,
          path,
          describe(leaf),
          noSingleValue);
      return null;
    }
    return new PartitionModel.Field(chain);
  }

  /** Why a leaf's value cannot be a key segment, or null if it can. */
  private static String noSingleValue(FieldModel leaf) {
    if (leaf.secret()) {
      return "its stored ciphertext changes on every write, and the key would show the secret in plain text.";
    }
    if (leaf.type().isCollection()) {
      return "s3db.js would write all its items joined with ',' as one value, so a record would be found by"
          + " its whole list, never by one item.";
    }
    if (leaf.type() == FieldType.JSON
        || leaf.type() == FieldType.STRING_MAP
        || leaf.type() == FieldType.RECORD_LIST) {
      return "s3db.js would write '[object Object]' for every value.";
    }
    return null;
  }

  private static String describe(FieldModel leaf) {
    if (leaf.secret()) {
      return "a @Secret";
    }
    return (leaf.type().isCollection() ? "the collection " : "the JSON value ") + leaf.javaType();
  }

  /** Every path beneath {@code field}, each with the fields leading to it. */
  private static void collectChains(
      FieldModel field, List<FieldModel> parents, Map<String, List<FieldModel>> out) {
    List<FieldModel> chain = new ArrayList<>(parents);
    chain.add(field);
    out.put(field.path(), chain);
    for (FieldModel component : field.components()) {
      collectChains(component, chain, out);
    }
  }
}
