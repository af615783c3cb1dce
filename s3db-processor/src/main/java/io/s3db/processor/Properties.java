package io.s3db.processor;

import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The properties s3db stores of a resource or nested type, in declaration order: a record's
 * components, or the constructor parameters of an immutable class shaped like a Kotlin {@code data
 * class} as kapt shows it to javac (one constructor whose parameters are its properties, a getter
 * per parameter, no setters, final fields). Generated code calls that constructor and the getters.
 */
final class Properties {
  /** kapt puts it on every non-null reference type; non-null is s3db's default already. */
  private static final String KOTLIN_NOT_NULL = "org.jetbrains.annotations.NotNull";

  /**
   * One property.
   *
   * @param element where its annotations are and where diagnostics point: the record component, or
   *     the constructor parameter
   * @param accessor the method that reads it: the component's name, or the getter's
   * @param annotations its annotations by simple name, from wherever they landed
   */
  record Property(
      String name,
      Element element,
      TypeMirror type,
      String accessor,
      Map<String, AnnotationMirror> annotations) {}

  private Properties() {}

  /** Whether s3db can store and build values of this type: a record or a data class. */
  static boolean isStorable(TypeElement type) {
    return type.getKind() == ElementKind.RECORD
        || (type.getKind() == ElementKind.CLASS
            && type.getModifiers().contains(Modifier.FINAL)
            && read(type, null, "") != null);
  }

  /** The properties of a record, or of a class that qualifies; null otherwise. */
  static List<Property> of(TypeElement type) {
    return read(type, null, "");
  }

  /**
   * The properties of a record or a data class, or null after reporting (when {@code reporter} is
   * given) every rule the class breaks, each on its element.
   */
  static List<Property> read(TypeElement type, Reporter reporter, String where) {
    if (type.getKind() == ElementKind.RECORD) {
      List<Property> properties = new ArrayList<>();
      for (RecordComponentElement component : type.getRecordComponents()) {
        properties.add(
            new Property(
                component.getSimpleName().toString(),
                component,
                component.asType(),
                component.getSimpleName().toString(),
                Annotations.of(component)));
      }
      return properties;
    }
    if (type.getKind() != ElementKind.CLASS) {
      return null;
    }
    boolean ok = true;
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      ok = fail(reporter, type, where, type.getSimpleName() + " is abstract");
    }
    List<ExecutableElement> constructors = new ArrayList<>();
    List<VariableElement> fields = new ArrayList<>();
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      boolean instance = !member.getModifiers().contains(Modifier.STATIC);
      if (member.getKind() == ElementKind.CONSTRUCTOR
          && !member.getModifiers().contains(Modifier.PRIVATE)
          && !((ExecutableElement) member).getParameters().isEmpty()) {
        // a no-argument constructor is what Kotlin adds when every parameter has a default value
        constructors.add((ExecutableElement) member);
      } else if (member.getKind() == ElementKind.FIELD && instance) {
        fields.add((VariableElement) member);
      } else if (member.getKind() == ElementKind.METHOD && instance) {
        methods.add((ExecutableElement) member);
      }
    }
    for (VariableElement field : fields) {
      if (!field.getModifiers().contains(Modifier.FINAL)) {
        ok =
            fail(
                reporter,
                field,
                where,
                "its field '"
                    + field.getSimpleName()
                    + "' is not final; s3db stores immutable values (in Kotlin: val, not var)");
      }
    }
    for (ExecutableElement method : methods) {
      String name = method.getSimpleName().toString();
      if (name.length() > 3
          && name.startsWith("set")
          && Character.isUpperCase(name.charAt(3))
          && method.getParameters().size() == 1
          && !method.getModifiers().contains(Modifier.PRIVATE)) {
        ok =
            fail(
                reporter,
                method,
                where,
                "it has the setter "
                    + name
                    + "(); s3db stores immutable values (in Kotlin: val, not var)");
      }
    }
    if (constructors.isEmpty()) {
      fail(
          reporter,
          type,
          where,
          type.getSimpleName()
              + " has no accessible constructor with parameters; s3db builds values through"
              + " the one constructor whose parameters are the properties");
      return null;
    }
    if (constructors.size() > 1) {
      fail(
          reporter,
          constructors.get(1),
          where,
          type.getSimpleName()
              + " has "
              + constructors.size()
              + " constructors with parameters; s3db needs exactly one, whose parameters are"
              + " the properties (in Kotlin: the primary constructor, no @JvmOverloads)");
      return null;
    }
    List<Property> properties = new ArrayList<>();
    for (VariableElement parameter : constructors.get(0).getParameters()) {
      String name = parameter.getSimpleName().toString();
      ExecutableElement getter = getter(methods, name, parameter.asType());
      if (getter == null) {
        ok =
            fail(
                reporter,
                parameter,
                where,
                "the constructor parameter '"
                    + name
                    + "' has no getter "
                    + getterName(name)
                    + "() returning "
                    + TypeName.get(parameter.asType()).withoutAnnotations()
                    + "; every parameter must be a property (in Kotlin: val "
                    + name
                    + ")");
        continue;
      }
      // the getter's type: kapt writes Kotlin's variance as wildcards on parameters only
      // (Map<String, ? extends Object> for Map<String, Any>), its getter says Map<String, Object>
      properties.add(
          new Property(
              name,
              parameter,
              getter.getReturnType(),
              getter.getSimpleName().toString(),
              annotations(type, parameter, getter)));
    }
    return ok ? properties : null;
  }

  private static boolean fail(Reporter reporter, Element at, String where, String rule) {
    if (reporter != null) {
      reporter.report(Message.NOT_A_DATA_CLASS, at, where, rule);
    }
    return false;
  }

  /**
   * {@code getName()}, Kotlin's {@code isActive()} for a property {@code isActive}, or {@code
   * name()}.
   */
  private static ExecutableElement getter(
      List<ExecutableElement> methods, String name, TypeMirror type) {
    TypeName wanted = raw(TypeName.get(type));
    for (String candidate : List.of(getterName(name), name)) {
      for (ExecutableElement method : methods) {
        if (method.getSimpleName().contentEquals(candidate)
            && method.getParameters().isEmpty()
            && !method.getModifiers().contains(Modifier.PRIVATE)
            && raw(TypeName.get(method.getReturnType())).equals(wanted)) {
          return method;
        }
      }
    }
    return null;
  }

  /** Without type arguments, which kapt writes differently on parameters and getters. */
  private static TypeName raw(TypeName type) {
    TypeName plain = type.withoutAnnotations();
    return plain instanceof ParameterizedTypeName parameterizedTypeName
        ? parameterizedTypeName.rawType
        : plain;
  }

  private static String getterName(String name) {
    if (name.length() > 2 && name.startsWith("is") && Character.isUpperCase(name.charAt(2))) {
      return name;
    }
    return "get" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /**
   * A Kotlin property's annotations land on the constructor parameter, the getter or the field
   * (use-site targets {@code @param:}, {@code @get:}, {@code @field:}), and on their types.
   */
  private static Map<String, AnnotationMirror> annotations(
      TypeElement type, VariableElement parameter, ExecutableElement getter) {
    Map<String, AnnotationMirror> all = new LinkedHashMap<>();
    add(all, parameter.getAnnotationMirrors());
    add(all, parameter.asType().getAnnotationMirrors());
    add(all, getter.getAnnotationMirrors());
    add(all, getter.getReturnType().getAnnotationMirrors());
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().equals(parameter.getSimpleName())) {
        add(all, member.getAnnotationMirrors());
      }
    }
    return all;
  }

  private static void add(
      Map<String, AnnotationMirror> all, List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      if (!Annotations.qualifiedName(mirror).equals(KOTLIN_NOT_NULL)) {
        all.putIfAbsent(mirror.getAnnotationType().asElement().getSimpleName().toString(), mirror);
      }
    }
  }
}
