package io.s3db.processor.generator;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.ResourceModel;

/** What every generator shares. */
final class Generators {
  private Generators() {}

  static AnnotationSpec generated() {
    return AnnotationSpec.builder(RuntimeTypes.GENERATED)
        .addMember("value", "$S", RuntimeTypes.GENERATOR)
        .build();
  }

  static TypeName nullable(TypeName type) {
    return type.annotated(AnnotationSpec.builder(RuntimeTypes.NULLABLE).build());
  }

  /**
   * How Javadoc in the record's package names it ({@code Outer.Record}): {@code $T} cannot be used
   * in text that is wrapped before JavaPoet writes it.
   */
  static String javadocName(ClassName type) {
    return String.join(".", type.simpleNames());
  }

  static JavaFile file(ResourceModel model, TypeSpec type) {
    return JavaFile.builder(model.recordType().packageName(), type)
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }
}
