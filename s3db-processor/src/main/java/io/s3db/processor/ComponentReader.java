package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import io.s3db.processor.model.Constraints;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Resolves a record's components into {@link FieldModel}s: each component's Java type into a field
 * type, nested records into their components, and the annotations that make a field nullable,
 * secret or constrained. Reports every type s3db cannot store and drops that component.
 */
final class ComponentReader {
  private static final String JSON_NODE = "com.fasterxml.jackson.databind.JsonNode";

  private final Reporter reporter;
  private final String display;

  /**
   * @param display the resource record's simple name, which starts every message's path
   */
  ComponentReader(Reporter reporter, String display) {
    this.reporter = reporter;
    this.display = display;
  }

  /** The fields of a resource record, in declaration order. */
  List<FieldModel> read(TypeElement record) {
    Deque<String> enclosing = new ArrayDeque<>();
    enclosing.push(record.getQualifiedName().toString());
    return components(record, "", enclosing);
  }

  /** Reports a record s3db cannot instantiate: private, generic, or inside such a class. */
  void checkAccessible(TypeElement type, String where) {
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      reporter.report(
          Message.INACCESSIBLE_RECORD, type, where, type.getSimpleName() + " is private");
    } else if (!type.getTypeParameters().isEmpty()) {
      reporter.report(
          Message.INACCESSIBLE_RECORD,
          type,
          where,
          type.getSimpleName() + " has type parameters, which s3db cannot fill in");
    }
    Element enclosing = type.getEnclosingElement();
    if (enclosing instanceof TypeElement typeElement) {
      checkAccessible(typeElement, where);
    }
  }

  /**
   * @param enclosing the records being read, innermost first: a record inside itself is recursion
   */
  private List<FieldModel> components(TypeElement record, String prefix, Deque<String> enclosing) {
    List<FieldModel> fields = new ArrayList<>();
    for (Properties.Property component : Properties.of(record)) {
      FieldModel field = component(component, prefix, enclosing);
      if (field != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  private FieldModel component(
      Properties.Property property, String prefix, Deque<String> enclosing) {
    FieldModel field = componentField(property, prefix, enclosing);
    return field == null || field.accessor().equals(property.accessor())
        ? field
        : field.withAccessor(property.accessor());
  }

  private FieldModel componentField(
      Properties.Property property, String prefix, Deque<String> enclosing) {
    Element component = property.element();
    String name = property.name();
    String path = prefix + name;
    String where = display + "." + path;
    Map<String, AnnotationMirror> annotations = property.annotations();
    boolean nullable = annotations.containsKey("Nullable") && !annotations.containsKey("NotNull");
    TypeMirror type = property.type();
    boolean secret = annotations.containsKey("Secret");
    if (secret && !JavaTypes.isString(type)) {
      reporter.report(Message.SECRET_NOT_STRING, component, where, type);
      return null;
    }
    if (type.getKind().isPrimitive() && annotations.containsKey("Nullable")) {
      reporter.report(
          Message.NULLABLE_PRIMITIVE,
          component,
          where,
          type.getKind().name().toLowerCase(Locale.ROOT),
          TypeName.get(type).box());
      return null;
    }
    if (JavaTypes.isNestableRecord(type)) {
      return nested(component, type, name, path, where, nullable, enclosing);
    }
    FieldModel resolved = resolve(component, type, name, path, where, nullable, true);
    if (resolved == null) {
      return null;
    }
    Constraints constraints =
        new ConstraintReader(reporter, component, where, resolved).read(annotations);
    return constraints == null ? null : resolved.declared(nullable, secret, constraints);
  }

  private FieldModel nested(
      Element component,
      TypeMirror type,
      String name,
      String path,
      String where,
      boolean nullable,
      Deque<String> enclosing) {
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    String qualified = element.getQualifiedName().toString();
    if (enclosing.contains(qualified)) {
      reporter.report(Message.RECURSIVE_RECORD, component, where, element.getSimpleName());
      return null;
    }
    if (Properties.of(element).isEmpty()) {
      reporter.report(Message.EMPTY_RECORD, component, where, element.getSimpleName());
      return null;
    }
    checkAccessible(element, where);
    enclosing.push(qualified);
    List<FieldModel> nested = components(element, path + ".", enclosing);
    enclosing.pop();
    return FieldModel.record(name, path, ClassName.get(element), nullable, nested);
  }

  /**
   * The type of a scalar, collection or JSON value, or null (reported) when unsupported.
   * Collections may hold scalars only: s3db.js stores them as one {@code |}-separated value.
   */
  private FieldModel resolve(
      Element at,
      TypeMirror type,
      String name,
      String path,
      String where,
      boolean nullable,
      boolean allowCollections) {
    if (type.getKind().isPrimitive()) {
      FieldType primitive = JavaTypes.primitive(type.getKind());
      if (primitive == null) {
        reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
        return null;
      }
      return FieldModel.scalar(name, path, primitive, TypeName.get(type).withoutAnnotations());
    }
    if (type.getKind() != TypeKind.DECLARED) {
      reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    String qualified = element.getQualifiedName().toString();
    FieldType scalar = JavaTypes.boxedOrValue(qualified);
    if (scalar != null) {
      return FieldModel.scalar(name, path, scalar, ClassName.get(element));
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(member.getSimpleName().toString());
        }
      }
      return FieldModel.enumeration(name, path, ClassName.get(element), constants);
    }
    if (qualified.equals(JSON_NODE)) {
      return FieldModel.scalar(name, path, FieldType.JSON, ClassName.get(element));
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    if (qualified.equals("java.util.Map")
        && arguments.size() == 2
        && JavaTypes.isString(arguments.get(0))) {
      FieldModel map = JavaTypes.map(name, path, arguments.get(1));
      if (map != null) {
        return map;
      }
    }
    boolean list = qualified.equals("java.util.List");
    if (allowCollections
        && list
        && arguments.size() == 1
        && JavaTypes.isNestableRecord(arguments.get(0))) {
      return recordList(
          at,
          (TypeElement) ((DeclaredType) arguments.get(0)).asElement(),
          name,
          path,
          where,
          nullable);
    }
    if (allowCollections && (list || qualified.equals("java.util.Set")) && arguments.size() == 1) {
      FieldModel item = resolve(at, arguments.get(0), name, path, where, false, false);
      if (item == null) {
        return null;
      }
      if (item.type().isTemporal()
          || item.type() == FieldType.JSON
          || item.type() == FieldType.STRING_MAP) {
        reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
        return null;
      }
      FieldModel itemElement = item.asElement();
      TypeName collection =
          ParameterizedTypeName.get(
              ClassName.get(list ? List.class : Set.class), itemElement.javaType());
      return FieldModel.collection(
          name, path, list ? FieldType.LIST : FieldType.SET, collection, nullable, itemElement);
    }
    reporter.report(Message.UNSUPPORTED_TYPE, at, where, type);
    return null;
  }

  /**
   * A {@code List} of records, stored as one JSON array. Its records hold scalars and nested
   * records only: no collections, maps or secrets inside an element.
   */
  private FieldModel recordList(
      Element at, TypeElement record, String name, String path, String where, boolean nullable) {
    if (Properties.of(record).isEmpty()) {
      reporter.report(Message.EMPTY_RECORD, at, where, record.getSimpleName());
      return null;
    }
    checkAccessible(record, where);
    Deque<String> enclosing = new ArrayDeque<>();
    enclosing.push(record.getQualifiedName().toString());
    List<FieldModel> components = components(record, path + ".", enclosing);
    if (!allJsonScalars(components, at, where)) {
      return null;
    }
    FieldModel element = FieldModel.record(name, path, ClassName.get(record), false, components);
    return FieldModel.collection(
        name,
        path,
        FieldType.RECORD_LIST,
        ParameterizedTypeName.get(ClassName.get(List.class), ClassName.get(record)),
        nullable,
        element);
  }

  private boolean allJsonScalars(List<FieldModel> components, Element at, String where) {
    for (FieldModel component : components) {
      if (component.isRecord()) {
        if (!allJsonScalars(component.components(), at, where)) {
          return false;
        }
      } else if (component.type().isCollection()
          || component.type() == FieldType.JSON
          || component.type() == FieldType.STRING_MAP
          || component.type() == FieldType.RECORD_LIST
          || component.secret()) {
        reporter.report(
            Message.UNSUPPORTED_TYPE,
            at,
            where + " (in a list of records: " + component.path() + ")",
            component.javaType());
        return false;
      }
    }
    return true;
  }
}
