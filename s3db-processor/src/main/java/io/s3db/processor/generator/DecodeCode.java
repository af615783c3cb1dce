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
 * The codec's {@code decode}: one constructor call reading each field from its key, with a helper
 * per nested record.
 */
record DecodeCode(
    ResourceModel model,
    Names names,
    MetadataKeys keys,
    List<MethodSpec> helpers,
    RecordListJson json) {

  MethodSpec decode() {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("decode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(model.recordType())
            .addParameter(String.class, "id")
            .addParameter(RuntimeTypes.METADATA_READER, "in");
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : model.components()) {
      args.add(component.name().equals("id") ? CodeBlock.of("id") : read(component));
    }
    return method
        .addStatement("return new $T(\n$L)", model.recordType(), CodeBlock.join(args, ",\n"))
        .build();
  }

  /** An expression reading one field. */
  private CodeBlock read(FieldModel field) {
    if (field.isRecord()) {
      String decoder = names.method("decode", field.path());
      helpers.add(recordDecoder(decoder, field));
      if (!field.nullable()) {
        return CodeBlock.of("$N(in)", decoder);
      }
      List<CodeBlock> present = new ArrayList<>();
      if (keys.has(field.path())) {
        present.add(CodeBlock.of("$N", keys.of(field.path())));
      }
      leafKeys(field, present);
      return CodeBlock.of(
          "in.hasAny($L)$W? $N(in)$W: null", CodeBlock.join(present, ",$W"), decoder);
    }
    String key = keys.of(field.path());
    if (field.type() == FieldType.RECORD_LIST) {
      CodeBlock list =
          CodeBlock.of(
              "in.jsonItems($N, $S).stream()$Z.map(json -> $N(json, $S))$Z.toList()",
              key,
              field.path(),
              json.reader(field.element()),
              field.path());
      return field.nullable() ? CodeBlock.of("in.has($N)$W? $L$W: null", key, list) : list;
    }
    if (field.constraints().defaultValue() != null) {
      // objects written before the field existed (an older version) read as its default
      return CodeBlock.of(
          "in.has($N)$W? $L$W: $L", key, ValueCode.read(field, key), ValueCode.defaultValue(field));
    }
    if (field.nullable()) {
      if (field.type() == FieldType.STRING) {
        return field.secret()
            ? CodeBlock.of("in.secret($N, $S)", key, field.path())
            : CodeBlock.of("in.string($N)", key);
      }
      return CodeBlock.of("in.has($N)$W? $L$W: null", key, ValueCode.read(field, key));
    }
    return ValueCode.read(field, key);
  }

  private void leafKeys(FieldModel field, List<CodeBlock> out) {
    for (FieldModel component : field.components()) {
      if (component.isRecord()) {
        leafKeys(component, out);
      } else {
        out.add(CodeBlock.of("$N", keys.of(component.path())));
      }
    }
  }

  private MethodSpec recordDecoder(String name, FieldModel field) {
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : field.components()) {
      args.add(read(component));
    }
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(field.javaType())
        .addParameter(RuntimeTypes.METADATA_READER, "in")
        .addStatement("return new $T(\n$L)", field.javaType(), CodeBlock.join(args, ",\n"))
        .build();
  }
}
