package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.ResourceModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Codec}: the metadata key of every field as a constant (base36 of its
 * position, FORMAT.md §4.1), the schema in s3db.js terms, and straight-line encode/decode code per
 * field.
 */
public final class CodecGenerator {
  private final ResourceModel model;
  private final Names names = new Names("ATTRIBUTES");
  private final MetadataKeys keys;
  private final List<MethodSpec> helpers = new ArrayList<>();
  private final RecordListJson json = new RecordListJson(names, helpers);

  public CodecGenerator(ResourceModel model) {
    this.model = model;
    this.keys = new MetadataKeys(model.keyedPaths(), names);
  }

  public JavaFile generate() {
    ClassName record = model.recordType();
    TypeSpec.Builder codec =
        TypeSpec.classBuilder(model.generated("Codec"))
            .addJavadoc(
                "$L\n",
                SourceText.wrapJavadoc(
                    "Reads and writes {@link "
                        + Generators.javadocName(record)
                        + "} as S3 user metadata, in the s3db.js 21.x format. Each key is the base36 position of its path"
                        + " (FORMAT.md §4.1). Generated; not for direct use.",
                    0))
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(RuntimeTypes.RESOURCE_CODEC, record));
    FieldModel id =
        model.components().stream().filter(c -> c.name().equals("id")).findFirst().orElseThrow();
    codec.addMethod(
        MethodSpec.methodBuilder("id")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(
                id.nullable()
                    ? Generators.nullable(ClassName.get(String.class))
                    : ClassName.get(String.class))
            .addParameter(record, "record")
            .addStatement("return record.$N()", id.accessor())
            .build());
    codec.addMethod(withId());
    if (model.timestamps()) {
      codec.addMethod(withTimestamps());
      codec.addMethod(
          MethodSpec.methodBuilder("createdAt")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(Generators.nullable(ClassName.get(Instant.class)))
              .addParameter(record, "record")
              .addStatement(
                  "return record.$N()",
                  model.components().stream()
                      .filter(c -> c.name().equals("createdAt"))
                      .findFirst()
                      .orElseThrow()
                      .accessor())
              .build());
    }
    codec.addMethod(new DefaultsCode(model, names, helpers).applyDefaults());
    codec.addMethod(encode());
    codec.addMethod(decode());
    helpers.forEach(codec::addMethod);
    // after the code: only the keys it uses become constants
    keys.fields().forEach(codec::addField);
    codec.addField(attributes(model.keyedPaths()));
    return Generators.file(model, codec.build());
  }

  private FieldSpec attributes(List<FieldModel> paths) {
    CodeBlock.Builder list = CodeBlock.builder().add("$T.of(", List.class).indent().indent();
    List<FieldModel> leaves = paths.stream().filter(f -> !f.isRecord()).toList();
    for (int i = 0; i < leaves.size(); i++) {
      FieldModel leaf = leaves.get(i);
      list.add(
          "\n$T.$N($S, $S)$L",
          RuntimeTypes.ATTRIBUTE,
          attributeFactory(leaf),
          leaf.path(),
          leaf.rule(),
          i < leaves.size() - 1 ? "," : "");
    }
    list.unindent().unindent().add(")");
    return FieldSpec.builder(
            ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.ATTRIBUTE),
            "ATTRIBUTES",
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "The schema as s3db.js declares it in {@code s3db.json}, its leaves in key order.\n")
        .initializer(list.build())
        .build();
  }

  /** The {@code Attribute} factory telling the runtime how the leaf is stored. */
  private static String attributeFactory(FieldModel leaf) {
    return leaf.secret() ? "encrypted" : leaf.truncatable() ? "text" : "of";
  }

  private MethodSpec withId() {
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : model.components()) {
      args.add(
          component.name().equals("id")
              ? CodeBlock.of("id")
              : CodeBlock.of("record.$N()", component.accessor()));
    }
    return MethodSpec.methodBuilder("withId")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.recordType())
        .addParameter(model.recordType(), "record")
        .addParameter(String.class, "id")
        .addStatement("return new $T($L)", model.recordType(), CodeBlock.join(args, ",$W"))
        .build();
  }

  private MethodSpec withTimestamps() {
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : model.components()) {
      args.add(
          ResourceModel.TIMESTAMP_FIELDS.contains(component.name())
              ? CodeBlock.of("$N", component.name())
              : CodeBlock.of("record.$N()", component.accessor()));
    }
    return MethodSpec.methodBuilder("withTimestamps")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(model.recordType())
        .addParameter(model.recordType(), "record")
        .addParameter(Generators.nullable(ClassName.get(Instant.class)), "createdAt")
        .addParameter(Generators.nullable(ClassName.get(Instant.class)), "updatedAt")
        .addStatement("return new $T($L)", model.recordType(), CodeBlock.join(args, ",$W"))
        .build();
  }

  private MethodSpec encode() {
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

  private MethodSpec decode() {
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
