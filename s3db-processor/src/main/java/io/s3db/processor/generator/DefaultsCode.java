package io.s3db.processor.generator;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The codec's {@code applyDefaults}: a copy of the record with every missing {@code @Default}
 * filled in, and every missing required {@code @Secret} given a generated password; one helper per
 * nested record that holds such a field.
 */
final class DefaultsCode {
  private final ResourceModel model;
  private final Names names;
  private final List<MethodSpec> helpers;

  /**
   * @param helpers where the helpers go
   */
  DefaultsCode(ResourceModel model, Names names, List<MethodSpec> helpers) {
    this.model = model;
    this.names = names;
    this.helpers = helpers;
  }

  MethodSpec applyDefaults() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("applyDefaults")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(model.recordType())
            .addParameter(model.recordType(), "record")
            .addParameter(RuntimeTypes.DEFAULTS, "defaults");
    if (model.fields().stream().noneMatch(DefaultsCode::hasDefaults)) {
      return method.addStatement("return record").build();
    }
    return method
        .addStatement("return $L", construct(model.recordType(), model.components(), "record"))
        .build();
  }

  private static boolean hasDefaults(FieldModel field) {
    return field.isRecord()
        ? field.components().stream().anyMatch(DefaultsCode::hasDefaults)
        : field.constraints().defaultValue() != null || (field.secret() && !field.nullable());
  }

  /** {@code new Type(…)} copying {@code owner}'s components, defaults filled in. */
  private CodeBlock construct(TypeName type, List<FieldModel> components, String owner) {
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : components) {
      CodeBlock value = CodeBlock.of("$N.$N()", owner, component.accessor());
      if (!hasDefaults(component)) {
        args.add(value);
      } else if (component.isRecord()) {
        String helper = names.method("applyDefaults", component.path());
        // before validation, so even a required record may be missing
        helpers.add(
            MethodSpec.methodBuilder(helper)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Generators.nullable(component.javaType()))
                .addParameter(Generators.nullable(component.javaType()), "value")
                .addParameter(RuntimeTypes.DEFAULTS, "defaults")
                .addStatement(
                    "return value == null$W? null$W: $L",
                    construct(component.javaType(), component.components(), "value"))
                .build());
        args.add(CodeBlock.of("$N($L, defaults)", helper, value));
      } else {
        CodeBlock fallback =
            component.constraints().defaultValue() != null
                ? ValueCode.defaultValue(component)
                : CodeBlock.of("defaults.password()");
        args.add(CodeBlock.of("$L != null$W? $L$W: $L", value, value, fallback));
      }
    }
    return CodeBlock.of("new $T(\n$L)", type, CodeBlock.join(args, ",\n"));
  }
}
