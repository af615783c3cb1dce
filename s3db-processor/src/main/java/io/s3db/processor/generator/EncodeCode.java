package io.s3db.processor.generator;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The codec's {@code encode}: straight-line code writing each field under its key, with a helper
 * per nested record.
 */
record EncodeCode(
    ResourceModel model,
    Names names,
    MetadataKeys keys,
    List<MethodSpec> helpers,
    RecordListJson json) {

  MethodSpec encode() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("encode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(model.recordType(), "record")
            .addParameter(RuntimeTypes.METADATA_WRITER, "out");
    for (FieldModel field : model.fields()) {
      method.addCode(write(field, CodeBlock.of("record.$N()", field.accessor())));
    }
    return method.build();
  }

  /** Code writing one field whose value is {@code value}. */
  private CodeBlock write(FieldModel field, CodeBlock value) {
    CodeBlock.Builder code = CodeBlock.builder();
    if (field.isRecord()) {
      String encoder = names.method("encode", field.path());
      helpers.add(recordEncoder(encoder, field));
      if (field.nullable()) {
        String local = Names.local(field.path());
        code.addStatement("$T $N = $L", field.javaType(), local, value)
            .beginControlFlow("if ($N != null)", local)
            .addStatement("$N($N, out)", encoder, local)
            .endControlFlow();
      } else {
        code.addStatement("$N($L, out)", encoder, value);
      }
      return code.build();
    }
    String key = keys.of(field.path());
    if (field.nullable()) {
      String local = Names.local(field.path());
      code.addStatement("$T $N = $L", field.javaType(), local, value)
          .beginControlFlow("if ($N != null)", local)
          .add(writeValue(field, key, CodeBlock.of("$N", local)))
          .endControlFlow();
    } else {
      code.add(writeValue(field, key, value));
    }
    return code.build();
  }

  private CodeBlock writeValue(FieldModel field, String key, CodeBlock value) {
    if (field.type() != FieldType.RECORD_LIST) {
      return ValueCode.write(field, key, value);
    }
    return CodeBlock.of(
        "out.putJson($N, $L.stream().map($T::$N).toList());\n",
        key,
        value,
        model.generated("Codec"),
        json.writer(field.element()));
  }

  private MethodSpec recordEncoder(String name, FieldModel field) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(field.javaType(), "value")
            .addParameter(RuntimeTypes.METADATA_WRITER, "out");
    for (FieldModel component : field.components()) {
      method.addCode(write(component, CodeBlock.of("value.$N()", component.accessor())));
    }
    if (keys.has(field.path()) && field.components().stream().allMatch(FieldModel::canBeEmpty)) {
      method
          .addComment("s3db.js stores a present but empty nested object as {} under its own key")
          .beginControlFlow("if ($L)", empty(field.components(), CodeBlock.of("value")))
          .addStatement("out.putEmptyObject($N)", keys.of(field.path()))
          .endControlFlow();
    }
    return method.build();
  }

  /** True when every value beneath {@code owner} is absent. */
  private static CodeBlock empty(List<FieldModel> components, CodeBlock owner) {
    List<CodeBlock> conditions = new ArrayList<>();
    for (FieldModel component : components) {
      CodeBlock value = CodeBlock.of("$L.$N()", owner, component.accessor());
      if (!component.isRecord()) {
        conditions.add(CodeBlock.of("$L == null", value));
      } else if (component.nullable()) {
        conditions.add(
            CodeBlock.of("($L == null || $L)", value, empty(component.components(), value)));
      } else {
        conditions.add(empty(component.components(), value));
      }
    }
    return conditions.isEmpty() ? CodeBlock.of("true") : CodeBlock.join(conditions, " && ");
  }
}
