package io.s3db.processor;

import com.squareup.javapoet.ClassName;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads {@code @S3Resource(idGenerator)}: a class the generated DAO can create with {@code new X()}
 * and hand the record to, so that nothing about it is left to find out at run time.
 */
final class IdGeneratorReader {
  static final String ID_GENERATOR = "io.s3db.ids.IdGenerator";

  private final Reporter reporter;
  private final Elements elements;
  private final Types types;

  IdGeneratorReader(Reporter reporter, ProcessingEnvironment env) {
    this.reporter = reporter;
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
  }

  /**
   * The generator class, or null for none ({@code Void.class}) and when it is reported as unusable.
   */
  ClassName read(TypeElement record, String display, AnnotationMirror annotation, int idSize) {
    AnnotationValue value = Annotations.value(annotation, "idGenerator");
    if (value == null || !(value.getValue() instanceof DeclaredType declared)) {
      return null; // unset, or a class javac cannot resolve, which javac reports itself
    }
    TypeElement generator = (TypeElement) declared.asElement();
    if (generator.getQualifiedName().contentEquals("java.lang.Void")) {
      return null;
    }
    String name = generator.getQualifiedName().toString();
    if (idSize != ResourceModel.DEFAULT_ID_SIZE) {
      report(Message.ID_SIZE_WITH_ID_GENERATOR, record, annotation, display, idSize, name);
    }
    String packageName = elements.getPackageOf(record).getQualifiedName().toString();
    String notConcrete = notConcrete(generator, packageName);
    if (notConcrete != null) {
      report(Message.ID_GENERATOR_NOT_CONCRETE, record, annotation, display, name, notConcrete);
      return null;
    }
    if (!hasNoArgConstructor(generator, packageName)) {
      String simple = generator.getSimpleName().toString();
      report(
          Message.ID_GENERATOR_NO_CONSTRUCTOR, record, annotation, display, name, simple, simple);
      return null;
    }
    String wrongType = wrongType(generator, record);
    if (wrongType != null) {
      report(
          Message.ID_GENERATOR_WRONG_TYPE,
          record,
          annotation,
          display,
          name,
          record.getSimpleName(),
          wrongType);
      return null;
    }
    return ClassName.get(generator);
  }

  private void report(
      Message message, TypeElement record, AnnotationMirror annotation, Object... args) {
    reporter.reportAt(message, record, annotation, args);
  }

  /** Why {@code new X()} cannot be written in {@code packageName}, or null. */
  private static String notConcrete(TypeElement generator, String packageName) {
    if (generator.getKind() != ElementKind.CLASS) {
      return "it is "
          + (generator.getKind() == ElementKind.INTERFACE ? "an interface" : "not a class")
          + "; name a class that implements it";
    }
    if (generator.getModifiers().contains(Modifier.ABSTRACT)) {
      return "it is abstract; name a concrete subclass";
    }
    if (!generator.getTypeParameters().isEmpty()) {
      return "it declares type parameters; name a class that fixes them";
    }
    for (Element e = generator; e instanceof TypeElement type; e = e.getEnclosingElement()) {
      if (!accessible(type, packageName)) {
        return type.getSimpleName()
            + " is not public (or package-private in "
            + (packageName.isEmpty() ? "the unnamed package" : packageName)
            + ")";
      }
      if (type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC)) {
        return type.getSimpleName() + " is an inner class; make it static";
      }
    }
    return null;
  }

  private static boolean hasNoArgConstructor(TypeElement generator, String packageName) {
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(generator.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty() && accessible(constructor, packageName)) {
        return true;
      }
    }
    return false;
  }

  /** Whether code of {@code packageName} (not a subclass) can use the element. */
  private static boolean accessible(Element element, String packageName) {
    if (element.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    if (element.getModifiers().contains(Modifier.PRIVATE)) {
      return false;
    }
    Element outer = element;
    while (!(outer instanceof PackageElement)) {
      outer = outer.getEnclosingElement();
    }
    return ((PackageElement) outer).getQualifiedName().contentEquals(packageName);
  }

  /**
   * Why the generator cannot take the record, or null: it must implement {@code IdGenerator<A>}
   * with the record assignable to {@code A}.
   */
  private String wrongType(TypeElement generator, TypeElement record) {
    TypeElement api = elements.getTypeElement(ID_GENERATOR);
    if (api == null) {
      return ID_GENERATOR + " is not on the class path; add the s3db-runtime dependency";
    }
    DeclaredType implemented = find(generator.asType(), types.erasure(api.asType()));
    if (implemented == null) {
      return "it does not implement " + ID_GENERATOR;
    }
    List<? extends TypeMirror> arguments = implemented.getTypeArguments();
    if (arguments.isEmpty()) {
      return "it implements the raw type IdGenerator; give its type argument";
    }
    TypeMirror argument = arguments.get(0);
    return types.isSubtype(types.erasure(record.asType()), argument)
        ? null
        : "it implements IdGenerator<" + argument + ">";
  }

  /** The parameterization of {@code target} among the supertypes of {@code type}, or null. */
  private DeclaredType find(TypeMirror type, TypeMirror target) {
    Deque<TypeMirror> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.removeFirst();
      if (next.getKind() == TypeKind.DECLARED && types.isSameType(types.erasure(next), target)) {
        return (DeclaredType) next;
      }
      queue.addAll(types.directSupertypes(next));
    }
    return null;
  }
}
