package io.s3db.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/** The one way diagnostics leave the processor; remembers whether the current record had errors. */
final class Reporter {
  private final Messager messager;
  private boolean errors;

  Reporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * @param element where the error is; null only for problems of the whole compilation
   */
  void report(Message message, Element element, Object... args) {
    messager.printMessage(message.kind(), message.format(args), positioned(element));
    errors |= message.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }

  /** Reports at one annotation of the element (e.g. the {@code @Partition} in question). */
  void reportAt(Message message, Element element, AnnotationMirror annotation, Object... args) {
    messager.printMessage(message.kind(), message.format(args), element, annotation);
    errors |= message.kind() == javax.tools.Diagnostic.Kind.ERROR;
  }

  /**
   * javac (17–21) knows no source position for a record component element, so its diagnostics would
   * point at no file; the component's field, declared at the same spot in the record header, has
   * one.
   */
  private static Element positioned(Element element) {
    if (element != null && element.getKind() == ElementKind.RECORD_COMPONENT) {
      for (Element member : element.getEnclosingElement().getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && member.getSimpleName().equals(element.getSimpleName())) {
          return member;
        }
      }
    }
    return element;
  }

  /** Whether an error was reported since the last call, which resets it. */
  boolean takeErrors() {
    boolean had = errors;
    errors = false;
    return had;
  }
}
