package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.annotations.BehaviorMode;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.ResourceModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Dao}, what users hold: the resource's descriptor as a constant, and {@code
 * of(db)}, which needs no lookup. The operations themselves live in the runtime.
 */
public final class DaoGenerator {
  private final ResourceModel model;

  public DaoGenerator(ResourceModel model) {
    this.model = model;
  }

  public JavaFile generate() {
    ClassName record = model.recordType();
    ClassName dao = model.generated("Dao");
    FieldSpec descriptor =
        FieldSpec.builder(
                ParameterizedTypeName.get(RuntimeTypes.RESOURCE_DESCRIPTOR, record),
                "DESCRIPTOR",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "Resource {@code $L}: its schema, codec and validator.\n", model.resourceName())
            .initializer(descriptor())
            .build();
    TypeSpec type =
        TypeSpec.classBuilder(dao)
            .addJavadoc(
                "$L\n\n<pre>{@code\n$T dao = $T.of(db);\n}</pre>\n",
                SourceText.wrapJavadoc(
                    "The records of"
                        + " resource {@code "
                        + model.resourceName()
                        + "}, stored as {@link "
                        + Generators.javadocName(record)
                        + "}. Thread-safe.",
                    0),
                dao,
                dao)
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.DAO_SUPPORT, record))
            .addField(descriptor)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .addParameter(RuntimeTypes.S3DB, "db")
                    .addStatement("super(db, DESCRIPTOR)")
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addJavadoc(
                        "The DAO of {@code $L} in this database; registers the resource on first use.\n",
                        model.resourceName())
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(dao)
                    .addParameter(RuntimeTypes.S3DB, "db")
                    .addStatement("return new $T(db)", dao)
                    .build())
            .build();
    return Generators.file(model, type);
  }

  /**
   * The descriptor's builder chain, on a line of its own after the {@code =}: one setting a line,
   * those left at s3db.js's defaults left out.
   */
  private CodeBlock descriptor() {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .indent()
            .indent()
            .add(
                "\n$T.builder($T.class, $S)",
                RuntimeTypes.RESOURCE_DESCRIPTOR,
                model.recordType(),
                model.resourceName())
            .indent()
            .indent();
    if (model.idSize() != ResourceModel.DEFAULT_ID_SIZE) {
      code.add("\n.idSize($L)", model.idSize());
    }
    if (model.idGenerator() != null) {
      code.add("\n.idGenerator(new $T())", model.idGenerator());
    }
    ClassName codec = model.generated("Codec");
    code.add("\n.attributes($T.ATTRIBUTES)", codec)
        .add("\n.codec(new $T())", codec)
        .add("\n.validator(new $T())", model.generated("Validator"));
    if (!model.partitions().isEmpty()) {
      code.add("\n.partitions($T.DEFINITIONS)", model.generated("Partitions"));
    }
    if (!model.paranoid()) {
      code.add("\n.paranoid(false)");
    }
    if (model.behavior() != BehaviorMode.USER_MANAGED) {
      code.add("\n.behavior($T.$N)", RuntimeTypes.BEHAVIOR_MODE, model.behavior().name());
    }
    if (model.timestamps()) {
      code.add("\n.timestamps(true)");
    }
    if (model.versioning()) {
      code.add("\n.versioning(true)");
    }
    return code.add("\n.build()").unindent().unindent().unindent().unindent().build();
  }
}
