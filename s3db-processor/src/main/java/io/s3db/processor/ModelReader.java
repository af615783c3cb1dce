package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import io.s3db.annotations.BehaviorMode;
import io.s3db.processor.model.Constraints;
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
import javax.lang.model.type.WildcardType;

/** Reads an {@code @S3Resource} record into a {@link ResourceModel}, reporting everything it cannot honour. */
final class ModelReader {
  static final String S3_RESOURCE = "io.s3db.annotations.S3Resource";
  static final String PARTITION = "io.s3db.annotations.Partition";
  static final String BEHAVIOR = "io.s3db.annotations.Behavior";
  static final String PARTITIONS = "io.s3db.annotations.Partitions";
  private static final Pattern RESOURCE_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern PARTITION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

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
    AnnotationMirror annotation = Annotations.find(type.getAnnotationMirrors(), S3_RESOURCE);
    String name = Annotations.string(annotation, "name", "");
    if (name.isEmpty()) {
      name = Character.toLowerCase(display.charAt(0)) + display.substring(1);
    }
    if (!RESOURCE_NAME.matcher(name).matches()) {
      reporter.report(Message.INVALID_RESOURCE_NAME, type, display, name);
    }
    int idSize = Annotations.integer(annotation, "idSize", 22);
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
    boolean timestamps = Annotations.bool(annotation, "timestamps", false);
    if (timestamps) {
      checkTimestamps(type, display, components);
    }
    List<PartitionModel> partitions = partitions(type, display, components);
    if (timestamps) {
      addTimestampPartitions(components, partitions);
    }
    boolean paranoid = Annotations.bool(annotation, "paranoid", true);
    return reporter.takeErrors() ? null
        : new ResourceModel(ClassName.get(type), name, idSize, components, partitions, paranoid, behavior(type),
            timestamps, Annotations.bool(annotation, "versioning", false));
  }

  /** The record's {@code @Behavior}, {@code USER_MANAGED} without one. */
  private static BehaviorMode behavior(TypeElement type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      if (Annotations.qualifiedName(mirror).equals(BEHAVIOR)) {
        return BehaviorMode.valueOf(Annotations.string(mirror, "value", BehaviorMode.USER_MANAGED.name()));
      }
    }
    return BehaviorMode.USER_MANAGED;
  }

  /**
   * {@code timestamps = true} needs {@code @Nullable Instant createdAt} and {@code updatedAt}, whose rule is
   * then exactly s3db.js's {@code datetime|optional}. Nullable, because a record is built before s3db
   * stamps it, and records written before timestamps were turned on have none.
   */
  private void checkTimestamps(TypeElement type, String display, List<FieldModel> components) {
    for (String name : ResourceModel.TIMESTAMP_FIELDS) {
      RecordComponentElement element = type.getRecordComponents().stream()
          .filter(c -> c.getSimpleName().contentEquals(name)).findFirst().orElse(null);
      FieldModel field = components.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
      if (element == null) {
        reporter.report(Message.TIMESTAMPS_COMPONENTS, type, display, name, "no such component");
      } else if (field != null && !(field.type() == FieldType.INSTANT && field.rule().equals("datetime|optional"))) {
        String found = field.javaType() + " " + name;
        if (field.type() == FieldType.INSTANT) {
          found += field.nullable() ? " with the rule " + field.rule() : " (not @Nullable)";
        }
        reporter.report(Message.TIMESTAMPS_COMPONENTS, element, display, name, found);
      }
    }
  }

  /**
   * s3db.js's automatic partitions of timestamped resources, unless the record declares partitions of
   * those names itself (s3db.js keeps the user's, too). A missing component is reported already.
   */
  private static void addTimestampPartitions(List<FieldModel> components, List<PartitionModel> partitions) {
    Map<String, String> automatic = new LinkedHashMap<>();
    automatic.put("byCreatedDate", "createdAt");
    automatic.put("byUpdatedDate", "updatedAt");
    automatic.forEach((partition, field) -> {
      FieldModel component = components.stream().filter(c -> c.name().equals(field)).findFirst().orElse(null);
      if (component != null && partitions.stream().noneMatch(p -> p.name().equals(partition))) {
        partitions.add(new PartitionModel(partition,
            List.of(new PartitionModel.Field(List.of(component), PartitionModel.TIMESTAMP_RULE))));
      }
    });
  }

  /** The record's {@code @Partition}s (given directly or in their {@code @Partitions} container), checked. */
  private List<PartitionModel> partitions(TypeElement type, String display, List<FieldModel> components) {
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
      String name = Annotations.string(mirror, "name", "");
      int times = declared.merge(name, 1, Integer::sum);
      if (times == 2) {
        reporter.reportAt(Message.DUPLICATE_PARTITION_NAME, type, mirror, display, name,
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
        String noSingleValue = noSingleValue(leaf);
        if (noSingleValue != null) {
          reporter.reportAt(Message.PARTITION_FIELD_NO_SINGLE_VALUE, type, mirror, display, name, path,
              describe(leaf), noSingleValue);
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

  /** Why a leaf's value cannot be a key segment, or null if it can. */
  private static String noSingleValue(FieldModel leaf) {
    if (leaf.secret()) {
      return "its stored ciphertext changes on every write, and the key would show the secret in plain text.";
    }
    if (leaf.type().isCollection()) {
      return "s3db.js would write all its items joined with ',' as one value, so a record would be found by"
          + " its whole list, never by one item.";
    }
    if (leaf.type() == FieldType.JSON || leaf.type() == FieldType.STRING_MAP || leaf.type() == FieldType.RECORD_LIST) {
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
        if (Annotations.qualifiedName(mirror).equals("java.lang.SuppressWarnings")
            && Annotations.strings(mirror, "value").contains(name)) {
          return true;
        }
      }
    }
    return false;
  }

  private List<FieldModel> components(TypeElement record, String prefix, String display, Deque<String> enclosing) {
    List<FieldModel> fields = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      FieldModel field = component(component, prefix, display, enclosing);
      if (field != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  private FieldModel component(RecordComponentElement component, String prefix, String display,
      Deque<String> enclosing) {
    String name = component.getSimpleName().toString();
    String path = prefix + name;
    String where = display + "." + path;
    Map<String, AnnotationMirror> annotations = Annotations.of(component);
    boolean nullable = annotations.containsKey("Nullable") && !annotations.containsKey("NotNull");
    TypeMirror type = component.asType();
    boolean secret = annotations.containsKey("Secret");
    if (secret && !isString(type)) {
      reporter.report(Message.SECRET_NOT_STRING, component, where, type);
      return null;
    }
    if (type.getKind().isPrimitive() && annotations.containsKey("Nullable")) {
      reporter.report(Message.NULLABLE_PRIMITIVE, component, where,
          type.getKind().name().toLowerCase(java.util.Locale.ROOT), TypeName.get(type).box());
      return null;
    }
    if (type.getKind() == TypeKind.DECLARED && isRecord(type) && !isScalar(type)) {
      return nested(component, name, path, where, display, nullable, enclosing);
    }
    FieldModel resolved = resolve(component, type, name, path, where, nullable, secret, true);
    if (resolved == null) {
      return null;
    }
    Constraints constraints = new ConstraintReader(reporter, component, where, resolved).read(annotations);
    return constraints == null ? null : new FieldModel(name, path, resolved.type(), resolved.javaType(),
        resolved.primitive(), nullable, secret, List.of(), resolved.element(), resolved.enumConstants(), constraints);
  }

  private FieldModel nested(RecordComponentElement component, String name, String path, String where,
      String display, boolean nullable, Deque<String> enclosing) {
    TypeElement element = (TypeElement) ((DeclaredType) component.asType()).asElement();
    String qualified = element.getQualifiedName().toString();
    if (enclosing.contains(qualified)) {
      reporter.report(Message.RECURSIVE_RECORD, component, where, element.getSimpleName());
      return null;
    }
    if (element.getRecordComponents().isEmpty()) {
      reporter.report(Message.EMPTY_RECORD, component, where, element.getSimpleName());
      return null;
    }
    checkAccessible(element, where);
    enclosing.push(qualified);
    List<FieldModel> nested = components(element, path + ".", display, enclosing);
    enclosing.pop();
    return new FieldModel(name, path, FieldType.RECORD, ClassName.get(element), false, nullable, false, nested,
        null, List.of(), Constraints.NONE);
  }

  /**
   * The type of a scalar, collection or JSON value, or null (reported) when unsupported. Collections
   * may hold scalars only: s3db.js stores them as one {@code |}-separated value.
   */
  private FieldModel resolve(Element at, TypeMirror type, String name, String path, String where,
      boolean nullable, boolean secret, boolean allowCollections) {
    if (type.getKind().isPrimitive()) {
      FieldType primitive = primitive(type.getKind());
      if (primitive == null) {
        reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
        return null;
      }
      return leaf(name, path, primitive, TypeName.get(type).withoutAnnotations(), true, List.of());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String qualified = element.getQualifiedName().toString();
    FieldType scalar = boxedOrValue(qualified);
    if (scalar != null) {
      return leaf(name, path, scalar, ClassName.get(element), false, List.of());
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return leaf(name, path, FieldType.ENUM, ClassName.get(element), false, constants);
    }
    if (qualified.equals(JSON_NODE)) {
      return leaf(name, path, FieldType.JSON, ClassName.get(element), false, List.of());
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (qualified.equals("java.util.Map") && arguments.size() == 2 && isString(arguments.get(0))) {
      TypeMirror value = arguments.get(1);
      ClassName map = ClassName.get(java.util.Map.class);
      ClassName string = ClassName.get(String.class);
      if (isString(value)) {
        return leaf(name, path, FieldType.STRING_MAP, ParameterizedTypeName.get(map, string, string), false, List.of());
      }
      if (isObject(value) || value.getKind() == TypeKind.WILDCARD && ((WildcardType) value).getExtendsBound() == null
          && ((WildcardType) value).getSuperBound() == null) {
        TypeName valueType = isObject(value) ? ClassName.OBJECT : WildcardTypeName.subtypeOf(Object.class);
        return leaf(name, path, FieldType.JSON, ParameterizedTypeName.get(map, string, valueType), false, List.of());
      }
    }
    boolean list = qualified.equals("java.util.List");
    if (allowCollections && list && arguments.size() == 1 && arguments.get(0).getKind() == TypeKind.DECLARED
        && isRecord(arguments.get(0)) && !isScalar(arguments.get(0))) {
      return recordList(at, (TypeElement) ((DeclaredType) arguments.get(0)).asElement(), name, path, where, nullable);
    }
    if (allowCollections && (list || qualified.equals("java.util.Set")) && arguments.size() == 1) {
      FieldModel item = resolve(at, arguments.get(0), name, path, where, false, false, false);
      if (item == null) {
        return null;
      }
      if (item.type().isTemporal() || item.type() == FieldType.JSON || item.type() == FieldType.STRING_MAP) {
        reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
        return null;
      }
      TypeName boxed = item.javaType().box();
      FieldModel element1 = new FieldModel(name, path, item.type(), boxed, false, false, false, List.of(), null,
          item.enumConstants(), Constraints.NONE);
      TypeName collection = ParameterizedTypeName.get(ClassName.get(list ? java.util.List.class : java.util.Set.class),
          boxed);
      return new FieldModel(name, path, list ? FieldType.LIST : FieldType.SET, collection, false, nullable, secret,
          List.of(), element1, List.of(), Constraints.NONE);
    }
    reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
    return null;
  }

  /**
   * A {@code List} of records, stored as one JSON array. Its records hold scalars and nested records only:
   * no collections, maps or secrets inside an element.
   */
  private FieldModel recordList(Element at, TypeElement record, String name, String path, String where,
      boolean nullable) {
    String display = where.substring(0, where.indexOf('.'));
    if (record.getRecordComponents().isEmpty()) {
      reporter.report(Message.EMPTY_RECORD, at, where, record.getSimpleName());
      return null;
    }
    checkAccessible(record, where);
    Deque<String> enclosing = new ArrayDeque<>();
    enclosing.push(record.getQualifiedName().toString());
    List<FieldModel> components = components(record, path + ".", display, enclosing);
    if (!allJsonScalars(components, at, where)) {
      return null;
    }
    FieldModel element = new FieldModel(name, path, FieldType.RECORD, ClassName.get(record), false, false, false,
        components, null, List.of(), Constraints.NONE);
    return new FieldModel(name, path, FieldType.RECORD_LIST,
        ParameterizedTypeName.get(ClassName.get(java.util.List.class), ClassName.get(record)), false, nullable,
        false, List.of(), element, List.of(), Constraints.NONE);
  }

  private boolean allJsonScalars(List<FieldModel> components, Element at, String where) {
    for (FieldModel component : components) {
      if (component.isRecord()) {
        if (!allJsonScalars(component.components(), at, where)) {
          return false;
        }
      } else if (component.type().isCollection() || component.type() == FieldType.JSON
          || component.type() == FieldType.STRING_MAP || component.type() == FieldType.RECORD_LIST
          || component.secret()) {
        reporter.report(Message.UNSUPPORTED_TYPE, at, where + " (in a list of records: " + component.path() + ")",
            component.javaType());
        return false;
      }
    }
    return true;
  }

  private static FieldModel leaf(String name, String path, FieldType type, TypeName javaType, boolean primitive,
      List<String> constants) {
    return new FieldModel(name, path, type, javaType, primitive, false, false, List.of(), null, constants,
        Constraints.NONE);
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
      case BYTE: return FieldType.BYTE;
      case SHORT: return FieldType.SHORT;
      case INT: return FieldType.INT;
      case LONG: return FieldType.LONG;
      case FLOAT: return FieldType.FLOAT;
      case DOUBLE: return FieldType.DOUBLE;
      case BOOLEAN: return FieldType.BOOLEAN;
      default: return null;
    }
  }

  private static FieldType boxedOrValue(String qualified) {
    switch (qualified) {
      case "java.lang.String": return FieldType.STRING;
      case "java.lang.Byte": return FieldType.BYTE;
      case "java.lang.Short": return FieldType.SHORT;
      case "java.lang.Integer": return FieldType.INT;
      case "java.lang.Long": return FieldType.LONG;
      case "java.lang.Float": return FieldType.FLOAT;
      case "java.lang.Double": return FieldType.DOUBLE;
      case "java.lang.Boolean": return FieldType.BOOLEAN;
      case "java.math.BigDecimal": return FieldType.BIG_DECIMAL;
      case "java.util.UUID": return FieldType.UUID;
      case "java.time.Instant": return FieldType.INSTANT;
      case "java.time.OffsetDateTime": return FieldType.OFFSET_DATE_TIME;
      case "java.time.LocalDate": return FieldType.LOCAL_DATE;
      default: return null;
    }
  }

  private static boolean isRecord(TypeMirror type) {
    return ((DeclaredType) type).asElement().getKind() == ElementKind.RECORD
        && ((DeclaredType) type).getTypeArguments().isEmpty();
  }

  private static boolean isScalar(TypeMirror type) {
    return boxedOrValue(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString()) != null;
  }

  static boolean isString(TypeMirror type) {
    return isClass(type, "java.lang.String");
  }

  private static boolean isObject(TypeMirror type) {
    return isClass(type, "java.lang.Object");
  }

  private static boolean isClass(TypeMirror type, String name) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(name);
  }

  private static String article(ElementKind kind) {
    String name = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }

  /** Annotations by simple name, from wherever javac put them for a record component. */
  static final class Annotations {
    private Annotations() {}

    /**
     * A record component's annotations land on the component, its field, its accessor or its type,
     * depending on each annotation's {@code @Target} (Jakarta constraints, for one, do not target
     * record components): gather them all.
     */
    static Map<String, AnnotationMirror> of(RecordComponentElement component) {
      Map<String, AnnotationMirror> all = new LinkedHashMap<>();
      add(all, component.getAnnotationMirrors());
      add(all, component.asType().getAnnotationMirrors());
      ExecutableElement accessor = component.getAccessor();
      if (accessor != null) {
        add(all, accessor.getAnnotationMirrors());
        add(all, accessor.getReturnType().getAnnotationMirrors());
      }
      for (Element member : component.getEnclosingElement().getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD && member.getSimpleName().equals(component.getSimpleName())) {
          add(all, member.getAnnotationMirrors());
        }
      }
      return all;
    }

    private static void add(Map<String, AnnotationMirror> all, List<? extends AnnotationMirror> mirrors) {
      for (AnnotationMirror mirror : mirrors) {
        all.putIfAbsent(mirror.getAnnotationType().asElement().getSimpleName().toString(), mirror);
      }
    }

    static AnnotationMirror find(List<? extends AnnotationMirror> mirrors, String qualifiedName) {
      for (AnnotationMirror mirror : mirrors) {
        if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName)) {
          return mirror;
        }
      }
      throw new IllegalStateException("no @" + qualifiedName);
    }

    static String qualifiedName(AnnotationMirror mirror) {
      return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    static AnnotationValue value(AnnotationMirror annotation, String name) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
          : annotation.getElementValues().entrySet()) {
        if (entry.getKey().getSimpleName().contentEquals(name)) {
          return entry.getValue();
        }
      }
      return null;
    }

    static String string(AnnotationMirror annotation, String name, String fallback) {
      AnnotationValue value = value(annotation, name);
      return value == null ? fallback : String.valueOf(value.getValue());
    }

    static Integer integer(AnnotationMirror annotation, String name, Integer fallback) {
      AnnotationValue value = value(annotation, name);
      return value == null ? fallback : (Integer) value.getValue();
    }

    static boolean bool(AnnotationMirror annotation, String name, boolean fallback) {
      AnnotationValue value = value(annotation, name);
      return value == null ? fallback : (Boolean) value.getValue();
    }

    /** A {@code String[]} attribute, which may also be given as a single string. */
    static List<String> strings(AnnotationMirror annotation, String name) {
      AnnotationValue value = value(annotation, name);
      List<String> out = new ArrayList<>();
      if (value != null && value.getValue() instanceof List<?>) {
        for (Object item : (List<?>) value.getValue()) {
          out.add(String.valueOf(((AnnotationValue) item).getValue()));
        }
      } else if (value != null) {
        out.add(String.valueOf(value.getValue()));
      }
      return out;
    }
  }
}
