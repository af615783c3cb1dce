package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.PartitionModel;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads an {@code @S3Resource} record into a {@link ResourceModel}, reporting everything it cannot honour. */
final class ModelReader {
  static final String S3_RESOURCE = "io.s3db.annotations.S3Resource";
  static final String PARTITION = "io.s3db.annotations.Partition";
  static final String PARTITIONS = "io.s3db.annotations.Partitions";
  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern PARTITION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final Reporter reporter;

  ModelReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The model, or null when the record has errors (all of them reported). */
  ResourceModel read(TypeElement type) {
    if (type.getKind() != ElementKind.RECORD) {
      reporter.report(Message.NOT_A_RECORD, type, type.getSimpleName(), article(type.getKind()));
      return null;
    }
    String display = type.getSimpleName().toString();
    checkAccessible(type, display);
    AnnotationMirror annotation = annotation(type);
    String name = stringValue(annotation, "name");
    if (name.isEmpty()) {
      name = Character.toLowerCase(display.charAt(0)) + display.substring(1);
    }
    if (!RESOURCE_NAME.matcher(name).matches()) {
      reporter.report(Message.INVALID_RESOURCE_NAME, type, display, name);
    }
    int idSize = intValue(annotation, "idSize", 22);
    if (idSize < 8 || idSize > 255) {
      reporter.report(Message.INVALID_ID_SIZE, type, display, idSize);
    }
    Deque<String> enclosing = new ArrayDeque<>();
    enclosing.push(type.getQualifiedName().toString());
    List<FieldModel> components = components(type, "", display, enclosing);
    RecordComponentElement id = type.getRecordComponents().stream()
        .filter(c -> c.getSimpleName().contentEquals("id")).findFirst().orElse(null);
    if (id == null) {
      reporter.report(Message.NO_ID, type, display);
    } else if (!isString(id.asType())) {
      reporter.report(Message.ID_NOT_STRING, id, display, id.asType());
    }
    List<PartitionModel> partitions = partitions(type, display, components);
    boolean paranoid = booleanValue(annotation, "paranoid", true);
    return reporter.takeErrors() ? null
        : new ResourceModel(ClassName.get(type), name, idSize, components, partitions, paranoid);
  }

  /** The record's {@code @Partition}s (given directly or in their {@code @Partitions} container), checked. */
  private List<PartitionModel> partitions(TypeElement type, String display, List<FieldModel> components) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      String annotation = qualifiedName(mirror);
      if (annotation.equals(PARTITION)) {
        mirrors.add(mirror);
      } else if (annotation.equals(PARTITIONS)) {
        AnnotationValue value = value(mirror, "value");
        if (value != null) {
          for (Object each : (List<?>) value.getValue()) {
            mirrors.add((AnnotationMirror) ((AnnotationValue) each).getValue());
          }
        }
      }
    }
    Map<String, List<FieldModel>> chains = new LinkedHashMap<>();
    for (FieldModel component : components) {
      if (!component.name().equals("id")) {
        collectChains(component, new ArrayList<>(), chains);
      }
    }
    List<String> leaves = chains.entrySet().stream()
        .filter(e -> !e.getValue().get(e.getValue().size() - 1).isRecord()).map(Map.Entry::getKey).toList();
    boolean suppressed = suppresses(type, Message.NULLABLE_PARTITION_WARNING);
    Map<String, Integer> declared = new LinkedHashMap<>();
    List<PartitionModel> partitions = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      String name = stringValue(mirror, "name");
      int times = declared.merge(name, 1, Integer::sum);
      if (times == 2) {
        reporter.reportAt(Message.DUPLICATE_PARTITION_NAME, type, mirror, display, name,
            mirrors.stream().filter(m -> stringValue(m, "name").equals(name)).count());
      }
      if (!PARTITION_NAME.matcher(name).matches() || SourceVersion.isKeyword(name)) {
        reporter.reportAt(Message.INVALID_PARTITION_NAME, type, mirror, display, name);
      }
      List<String> paths = stringValues(mirror, "fields");
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
        List<FieldModel> chain = chains.get(path);
        if (chain == null) {
          String suggestion = closest(path, leaves);
          reporter.reportAt(Message.PARTITION_UNKNOWN_FIELD, type, mirror, display, name, path,
              suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?", String.join(", ", leaves));
          continue;
        }
        FieldModel leaf = chain.get(chain.size() - 1);
        if (leaf.isRecord()) {
          reporter.reportAt(Message.PARTITION_FIELD_NOT_LEAF, type, mirror, display, name, path,
              leaf.javaType(), leaves.stream().filter(l -> l.startsWith(path + ".")).collect(Collectors.joining(", ")));
          continue;
        }
        PartitionModel.Field field = new PartitionModel.Field(chain);
        if (field.nullable() && !suppressed) {
          reporter.reportAt(Message.NULLABLE_PARTITION_FIELD, type, mirror, display, path, name);
        }
        fields.add(field);
      }
      partitions.add(new PartitionModel(name, fields));
    }
    return partitions;
  }

  private static void collectChains(FieldModel field, List<FieldModel> parents, Map<String, List<FieldModel>> out) {
    List<FieldModel> chain = new ArrayList<>(parents);
    chain.add(field);
    out.put(field.path(), chain);
    for (FieldModel component : field.components()) {
      collectChains(component, chain, out);
    }
  }

  /** The known name nearest to a mistyped one, if it is near enough to be a likely typo. */
  private static String closest(String typed, List<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(typed.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return bestDistance <= Math.max(2, typed.length() / 3) ? best : null;
  }

  /** Levenshtein distance. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** Whether the element or an enclosing one carries {@code @SuppressWarnings(name)}. */
  private static boolean suppresses(Element element, String name) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (qualifiedName(mirror).equals("java.lang.SuppressWarnings")
            && stringValues(mirror, "value").contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<FieldModel> components(TypeElement record, String prefix, String display, Deque<String> enclosing) {
    List<FieldModel> fields = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      FieldModel field = field(component, prefix, display, enclosing);
      if (field != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  private FieldModel field(RecordComponentElement component, String prefix, String display, Deque<String> enclosing) {
    String name = component.getSimpleName().toString();
    String path = prefix + name;
    String where = display + "." + path;
    TypeMirror type = component.asType();
    boolean nullable = isNullable(component);
    if (type.getKind().isPrimitive()) {
      FieldType fieldType = primitive(type.getKind());
      if (fieldType == null) {
        reporter.report(Message.UNSUPPORTED_TYPE, component, where, type);
        return null;
      }
      if (nullable) {
        reporter.report(Message.NULLABLE_PRIMITIVE, component, where,
            type.getKind().name().toLowerCase(java.util.Locale.ROOT), TypeName.get(type).box());
      }
      return new FieldModel(name, path, fieldType, TypeName.get(type), true, false, List.of());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      reporter.report(Message.UNSUPPORTED_TYPE, component, where, type);
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String qualified = element.getQualifiedName().toString();
    TypeName javaType = ClassName.get(element);
    FieldType scalar = boxed(qualified);
    if (scalar != null) {
      return new FieldModel(name, path, scalar, javaType, false, nullable, List.of());
    }
    if (element.getKind() == ElementKind.RECORD && ((DeclaredType) type).getTypeArguments().isEmpty()) {
      if (enclosing.contains(qualified)) {
        reporter.report(Message.RECURSIVE_RECORD, component, where, element.getSimpleName());
        return null;
      }
      checkAccessible(element, where);
      enclosing.push(qualified);
      List<FieldModel> nested = components(element, path + ".", display, enclosing);
      enclosing.pop();
      return new FieldModel(name, path, FieldType.RECORD, ClassName.get(element), false, nullable, nested);
    }
    reporter.report(Message.UNSUPPORTED_TYPE, component, where, type);
    return null;
  }

  private void checkAccessible(TypeElement type, String display) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.report(Message.INACCESSIBLE_RECORD, type, display, type.getSimpleName() + " is private");
    } else if (!type.getTypeParameters().isEmpty()) {
      reporter.report(Message.INACCESSIBLE_RECORD, type, display, type.getSimpleName()
          + " has type parameters, which s3db cannot fill in");
    }
    Element enclosing = type.getEnclosingElement();
    if (enclosing instanceof TypeElement) {
      checkAccessible((TypeElement) enclosing, display);
    }
  }

  private static FieldType primitive(TypeKind kind) {
    switch (kind) {
      case INT: return FieldType.INT;
      case LONG: return FieldType.LONG;
      case DOUBLE: return FieldType.DOUBLE;
      case BOOLEAN: return FieldType.BOOLEAN;
      default: return null;
    }
  }

  private static FieldType boxed(String qualified) {
    switch (qualified) {
      case "java.lang.String": return FieldType.STRING;
      case "java.lang.Integer": return FieldType.INT;
      case "java.lang.Long": return FieldType.LONG;
      case "java.lang.Double": return FieldType.DOUBLE;
      case "java.lang.Boolean": return FieldType.BOOLEAN;
      default: return null;
    }
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  /**
   * Any annotation named {@code Nullable} (JSpecify, JSR 305, Jakarta, AndroidX…), whether javac shows
   * it on the component, its type, or its accessor's return type (type-use annotations on record
   * components surface differently across JDKs).
   */
  private static boolean isNullable(RecordComponentElement component) {
    ExecutableElement accessor = component.getAccessor();
    return hasNullable(component.getAnnotationMirrors())
        || hasNullable(component.asType().getAnnotationMirrors())
        || (accessor != null && hasNullable(accessor.getReturnType().getAnnotationMirrors()));
  }

  private static boolean hasNullable(List<? extends AnnotationMirror> annotations) {
    return annotations.stream().anyMatch(a -> a.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable"));
  }

  private static AnnotationMirror annotation(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(S3_RESOURCE)) {
        return mirror;
      }
    }
    throw new IllegalStateException(type + " has no @S3Resource");
  }

  private static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static boolean booleanValue(AnnotationMirror annotation, String name, boolean fallback) {
    AnnotationValue value = value(annotation, name);
    return value == null ? fallback : (Boolean) value.getValue();
  }

  /** A {@code String[]} attribute, which may also be given as a single string. */
  private static List<String> stringValues(AnnotationMirror annotation, String name) {
    AnnotationValue value = value(annotation, name);
    if (value == null) {
      return List.of();
    }
    if (value.getValue() instanceof List<?> list) {
      List<String> strings = new ArrayList<>();
      for (Object each : list) {
        strings.add((String) ((AnnotationValue) each).getValue());
      }
      return strings;
    }
    return List.of((String) value.getValue());
  }

  private static String stringValue(AnnotationMirror annotation, String name) {
    AnnotationValue value = value(annotation, name);
    return value == null ? "" : (String) value.getValue();
  }

  private static int intValue(AnnotationMirror annotation, String name, int fallback) {
    AnnotationValue value = value(annotation, name);
    return value == null ? fallback : (Integer) value.getValue();
  }

  private static AnnotationValue value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
        : annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String article(ElementKind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
