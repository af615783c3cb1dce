package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Validator}: the record's rules as plain code, checked before anything is sent.
 * Every non-{@code @Nullable} reference must be present; numbers must be finite (JavaScript, and so
 * s3db.js, has no way to store NaN or infinities); text must be valid Unicode (S3 metadata is UTF-8, which
 * has no encoding for a lone surrogate).
 */
public final class ValidatorGenerator {
  private static final TypeName VIOLATIONS = ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION);

  private final ResourceModel model;
  private final Names names = new Names("validate");
  private final List<MethodSpec> helpers = new ArrayList<>();

  public ValidatorGenerator(ResourceModel model) {
    this.model = model;
  }

  public JavaFile generate() {
    MethodSpec.Builder validate = MethodSpec.methodBuilder("validate")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(VIOLATIONS)
        .addParameter(model.recordType(), "record");
    CodeBlock checks = checks(model.fields(), "record");
    if (checks.isEmpty()) {
      validate.addComment("nothing in $T can be invalid: every field is a primitive that S3 can store", model.recordType())
          .addStatement("return $T.of()", List.class);
    } else {
      validate.addStatement("$T violations = new $T<>()", VIOLATIONS, ArrayList.class)
          .addCode(checks)
          .addStatement("return violations");
    }
    TypeSpec.Builder type = TypeSpec.classBuilder(model.generated("Validator"))
        .addJavadoc("Checks {@link $T} before it is written. Generated; not for direct use.\n", model.recordType())
        .addAnnotation(Generators.generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.RESOURCE_VALIDATOR, model.recordType()))
        .addMethod(validate.build());
    helpers.forEach(type::addMethod);
    return Generators.file(model, type.build());
  }

  private CodeBlock checks(List<FieldModel> fields, String owner) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (FieldModel field : fields) {
      code.add(check(field, CodeBlock.of("$N.$N()", owner, field.name())));
    }
    return code.build();
  }

  private CodeBlock check(FieldModel field, CodeBlock value) {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock inner = field.isRecord() ? nested(field, value)
        : field.type() == FieldType.DOUBLE ? finite(field, value)
        : field.type() == FieldType.STRING ? wellFormed(field, value) : CodeBlock.of("");
    if (field.primitive()) {
      return inner;
    }
    if (field.nullable()) {
      if (!inner.isEmpty()) {
        code.beginControlFlow("if ($L != null)", value).add(inner).endControlFlow();
      }
      return code.build();
    }
    code.beginControlFlow("if ($L == null)", value)
        .addStatement("violations.add($T.missing($S))", RuntimeTypes.CHECKS, field.path());
    if (!inner.isEmpty()) {
      code.nextControlFlow("else").add(inner);
    }
    return code.endControlFlow().build();
  }

  private static CodeBlock finite(FieldModel field, CodeBlock value) {
    return CodeBlock.builder()
        .beginControlFlow("if (!$T.isFinite($L))", Double.class, value)
        .addStatement("violations.add($T.notFinite($S, $L))", RuntimeTypes.CHECKS, field.path(), value)
        .endControlFlow()
        .build();
  }

  private static CodeBlock wellFormed(FieldModel field, CodeBlock value) {
    return CodeBlock.builder()
        .beginControlFlow("if (!$T.isWellFormed($L))", RuntimeTypes.CHECKS, value)
        .addStatement("violations.add($T.unpairedSurrogate($S))", RuntimeTypes.CHECKS, field.path())
        .endControlFlow()
        .build();
  }

  private CodeBlock nested(FieldModel field, CodeBlock value) {
    CodeBlock checks = checks(field.components(), "value");
    if (checks.isEmpty()) {
      return checks;
    }
    String method = names.method("validate", field.path());
    helpers.add(MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(field.javaType(), "value")
        .addParameter(VIOLATIONS, "violations")
        .addCode(checks)
        .build());
    return CodeBlock.of("$N($L, violations);\n", method, value);
  }
}
