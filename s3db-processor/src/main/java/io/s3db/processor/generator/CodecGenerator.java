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
    codec.addMethod(new EncodeCode(model, names, keys, helpers, json).encode());
    codec.addMethod(new DecodeCode(model, names, keys, helpers, json).decode());
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
}
