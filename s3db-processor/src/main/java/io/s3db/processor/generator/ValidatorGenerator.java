package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.Constraints;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.ResourceModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Validator}: the record's rules as plain code, checked before anything is
 * sent, every violation collected. Beyond the declared constraints, it checks what S3 and s3db.js
 * cannot store: absent required values, NaN and infinities, text that is not Unicode, datetimes
 * finer than a millisecond or off UTC, a list holding one empty string.
 */
public final class ValidatorGenerator {
  private static final TypeName VIOLATIONS =
      ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.VIOLATION);

  private final ResourceModel model;
  private final Names names = new Names("validate");
  private final List<MethodSpec> helpers = new ArrayList<>();
  private final List<FieldSpec> patterns = new ArrayList<>();

  public ValidatorGenerator(ResourceModel model) {
    this.model = model;
  }

  public JavaFile generate() {
    MethodSpec.Builder validate =
        MethodSpec.methodBuilder("validate")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(VIOLATIONS)
            .addParameter(model.recordType(), "record");
    CodeBlock checks = checks(model.fields(), "record");
    if (checks.isEmpty()) {
      validate
          .addComment(
              "nothing in $T can be invalid: every field is a primitive that S3 can store",
              model.recordType())
          .addStatement("return $T.of()", List.class);
    } else {
      validate
          .addStatement("$T violations = new $T<>()", VIOLATIONS, ArrayList.class)
          .addCode(checks)
          .addStatement("return violations");
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.generated("Validator"))
            .addJavadoc(
                "$L\n",
                SourceText.wrapJavadoc(
                    "Checks {@link "
                        + Generators.javadocName(model.recordType())
                        + "} before it is written. Generated; not for direct use.",
                    0))
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    patterns.forEach(type::addField);
    type.addSuperinterface(
            ParameterizedTypeName.get(RuntimeTypes.RESOURCE_VALIDATOR, model.recordType()))
        .addMethod(validate.build());
    helpers.forEach(type::addMethod);
    return Generators.file(model, type.build());
  }

  private CodeBlock checks(List<FieldModel> fields, String owner) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (FieldModel field : fields) {
      code.add(check(field, CodeBlock.of("$N.$N()", owner, field.accessor())));
    }
    return code.build();
  }

  private CodeBlock check(FieldModel field, CodeBlock value) {
    CodeBlock inner = field.isRecord() ? nested(field, value) : valueChecks(field, value);
    if (field.primitive()) {
      return inner;
    }
    CodeBlock.Builder code = CodeBlock.builder();
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

  /** The checks of a present value. */
  private CodeBlock valueChecks(FieldModel field, CodeBlock value) {
    CodeBlock.Builder code = CodeBlock.builder();
    Constraints c = field.constraints();
    String path = field.path();
    ClassName checks = RuntimeTypes.CHECKS;
    FieldType type = field.type();
    if (type == FieldType.STRING) {
      code.addStatement("$T.text(violations, $S, $L)", checks, path, value);
      if (field.secret()) {
        code.addStatement("$T.secret(violations, $S, $L)", checks, path, value);
      }
      if (c.notBlank()) {
        code.addStatement(
            "$T.notBlank(violations, $S,$W$L, $L)", checks, path, value, field.secret());
      }
      if (c.notEmpty()) {
        code.addStatement("$T.notEmpty(violations, $S, $L.length())", checks, path, value);
      }
      if (c.sizeMin() != null || c.sizeMax() != null) {
        code.addStatement(
            "$T.size(violations, $S,$W$L.length(),$W$L, $L)", checks, path, value, min(c), max(c));
      }
      if (c.email()) {
        code.addStatement("$T.email(violations, $S, $L)", checks, path, value);
      }
      if (c.pattern() != null) {
        String constant = names.constant(path) + "_PATTERN";
        patterns.add(
            FieldSpec.builder(
                    Pattern.class, constant, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.compile($S)", Pattern.class, c.pattern())
                .build());
        code.addStatement(
            "$T.pattern(violations, $S,$W$L,$W$N, $L)",
            checks,
            path,
            value,
            constant,
            field.secret());
      }
      if (!c.oneOf().isEmpty()) {
        code.addStatement(
            "$T.oneOf(violations, $S,$W$L,$W$T.of($L))",
            checks,
            path,
            value,
            List.class,
            CodeBlock.join(c.oneOf().stream().map(v -> CodeBlock.of("$S", v)).toList(), ", "));
      }
    }
    if (type == FieldType.FLOAT || type == FieldType.DOUBLE) {
      code.addStatement("$T.finite(violations, $S, $L)", checks, path, value);
    }
    CodeBlock.Builder numeric = CodeBlock.builder();
    if (type.isNumber() && (c.min() != null || c.max() != null)) {
      numeric.addStatement(
          "$T.range(violations, $S,$W$L,$W$L, $L,$W$L, $L)",
          checks,
          path,
          decimal(type, value),
          bound(c.min()),
          c.minInclusive(),
          bound(c.max()),
          c.maxInclusive());
    }
    if (type.isNumber() && c.fractionDigits() != null) {
      numeric.addStatement(
          "$T.digits(violations, $S,$W$L,$W$L, $L)",
          checks,
          path,
          decimal(type, value),
          c.integerDigits(),
          c.fractionDigits());
    }
    if (!numeric.isEmpty() && (type == FieldType.FLOAT || type == FieldType.DOUBLE)) {
      // NaN and infinities have no decimal value to compare; finite() reported them
      code.beginControlFlow("if ($T.isFinite($L))", Double.class, value)
          .add(numeric.build())
          .endControlFlow();
    } else {
      code.add(numeric.build());
    }
    if (type == FieldType.INSTANT || type == FieldType.OFFSET_DATE_TIME) {
      code.addStatement("$T.datetime(violations, $S, $L)", checks, path, value);
    }
    if (type == FieldType.LOCAL_DATE) {
      code.addStatement("$T.dateOnly(violations, $S, $L)", checks, path, value);
    }
    if (c.temporal() != null) {
      code.addStatement(
          "$T.temporal(violations, $S, $L, $S)",
          checks,
          path,
          type == FieldType.OFFSET_DATE_TIME ? CodeBlock.of("$L.toInstant()", value) : value,
          c.temporal());
    }
    if (type.isCollection() || type == FieldType.RECORD_LIST) {
      code.addStatement("$T.items(violations, $S, $L)", checks, path, value);
    }
    if (type == FieldType.RECORD_LIST) {
      CodeBlock each = nested(field.element(), CodeBlock.of("_element"));
      if (!each.isEmpty()) {
        code.beginControlFlow("for ($T _element : $L)", field.element().javaType(), value)
            .beginControlFlow("if (_element != null)")
            .add(each)
            .endControlFlow()
            .endControlFlow();
      }
    }
    if (type == FieldType.JSON && !field.javaType().toString().endsWith("JsonNode")) {
      code.addStatement("$T.json(violations, $S, $L)", checks, path, value);
    }
    if (type.isCollection()
        || type == FieldType.JSON
        || type == FieldType.STRING_MAP
        || type == FieldType.RECORD_LIST) {
      if (c.notEmpty()) {
        code.addStatement("$T.notEmpty(violations, $S, $L.size())", checks, path, value);
      }
      if (c.sizeMin() != null || c.sizeMax() != null) {
        code.addStatement(
            "$T.size(violations, $S,$W$L.size(),$W$L, $L)", checks, path, value, min(c), max(c));
      }
    }
    return code.build();
  }

  private static int min(Constraints c) {
    return c.sizeMin() == null ? 0 : c.sizeMin();
  }

  private static CodeBlock max(Constraints c) {
    return c.sizeMax() == null
        ? CodeBlock.of("$T.MAX_VALUE", Integer.class)
        : CodeBlock.of("$L", c.sizeMax());
  }

  /** The value as a BigDecimal, for bounds that may not fit the value's own type. */
  private static CodeBlock decimal(FieldType type, CodeBlock value) {
    return switch (type) {
      case BIG_DECIMAL -> value;
      case FLOAT, DOUBLE -> CodeBlock.of("$T.valueOf($L)", BigDecimal.class, value);
      default -> CodeBlock.of("$T.valueOf((long) $L)", BigDecimal.class, value);
    };
  }

  private static CodeBlock bound(BigDecimal bound) {
    return bound == null
        ? CodeBlock.of("null")
        : CodeBlock.of("new $T($S)", BigDecimal.class, bound.toPlainString());
  }

  private CodeBlock nested(FieldModel field, CodeBlock value) {
    CodeBlock checks = checks(field.components(), "value");
    if (checks.isEmpty()) {
      return checks;
    }
    String method = names.method("validate", field.path());
    helpers.add(
        MethodSpec.methodBuilder(method)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(field.javaType(), "value")
            .addParameter(VIOLATIONS, "violations")
            .addCode(checks)
            .build());
    return CodeBlock.of("$N($L, violations);\n", method, value);
  }
}
