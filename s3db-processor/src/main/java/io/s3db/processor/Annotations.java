package io.s3db.processor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads annotation mirrors: a record component's annotations by simple name (from wherever javac
 * put them), attribute values with their defaults, and {@code @SuppressWarnings}.
 */
final class Annotations {
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
      if (member.getKind() == ElementKind.FIELD
          && member.getSimpleName().equals(component.getSimpleName())) {
        add(all, member.getAnnotationMirrors());
      }
    }
    return all;
  }

  private static void add(
      Map<String, AnnotationMirror> all, List<? extends AnnotationMirror> mirrors) {
    for (AnnotationMirror mirror : mirrors) {
      all.putIfAbsent(mirror.getAnnotationType().asElement().getSimpleName().toString(), mirror);
    }
  }

  static AnnotationMirror find(List<? extends AnnotationMirror> mirrors, String qualifiedName) {
    for (AnnotationMirror mirror : mirrors) {
      if (((TypeElement) mirror.getAnnotationType().asElement())
          .getQualifiedName()
          .contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    throw new IllegalStateException("no @" + qualifiedName);
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  static AnnotationValue value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
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

  /** Whether the element or an enclosing one carries {@code @SuppressWarnings(name)}. */
  static boolean suppresses(Element element, String name) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (qualifiedName(mirror).equals("java.lang.SuppressWarnings")
            && strings(mirror, "value").contains(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
