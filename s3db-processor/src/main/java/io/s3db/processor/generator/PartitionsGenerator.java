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
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import io.s3db.processor.model.PartitionModel;
import io.s3db.processor.model.ResourceModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>Partitions}: one typed factory per {@code @Partition}, parameters in the
 * declared field order ({@code byCountryAndPlan(String profileCountry, String plan)}), a second one
 * taking {@code LocalDate}s for partitions with {@code Instant} or {@code OffsetDateTime} fields
 * (whose keys hold UTC dates), and the definitions the runtime needs, each with a method computing
 * a record's own key. Rendering values into keys is the runtime's job.
 */
public final class PartitionsGenerator {
  private final ResourceModel model;
  private final Names names;

  public PartitionsGenerator(ResourceModel model) {
    this.model = model;
    this.names =
        new Names(model.partitions().stream().map(PartitionModel::name).toArray(String[]::new));
  }

  public JavaFile generate() {
    ClassName record = model.recordType();
    TypeName key = ParameterizedTypeName.get(RuntimeTypes.PARTITION_KEY, record);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.generated("Partitions"))
            .addJavadoc(
                "$L\n<pre>{@code\nlong n = dao.count($T.$N(…));\n}</pre>\n",
                SourceText.wrapJavadoc(
                    "Typed keys of the partitions of {@link "
                        + Generators.javadocName(record)
                        + "}, for the DAO's {@code list}, {@code count}, {@code page}, {@code stream} and {@code query}:",
                    0),
                model.generated("Partitions"),
                model.partitions().get(0).name())
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    List<CodeBlock> definitions = new ArrayList<>();
    List<MethodSpec> keyOfs = new ArrayList<>();
    for (PartitionModel partition : model.partitions()) {
      type.addMethod(factory(partition, key, false));
      if (partition.hasDateTimeField()) {
        type.addMethod(factory(partition, key, true));
      }
      String keyOf = names.method("keyOf", partition.name());
      keyOfs.add(keyOf(partition, keyOf, key));
      List<CodeBlock> fields = new ArrayList<>();
      for (PartitionModel.Field field : partition.fields()) {
        fields.add(
            CodeBlock.of("$T.of($S, $S)", RuntimeTypes.ATTRIBUTE, field.path(), field.rule()));
      }
      definitions.add(
          CodeBlock.of(
              "new $T<>($S,$W$T.of($L),$W$T::$N)",
              RuntimeTypes.PARTITION_DEFINITION,
              partition.name(),
              List.class,
              CodeBlock.join(fields, ",$W"),
              model.generated("Partitions"),
              keyOf));
    }
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(
                    ClassName.get(List.class),
                    ParameterizedTypeName.get(RuntimeTypes.PARTITION_DEFINITION, record)),
                "DEFINITIONS",
                Modifier.PUBLIC,
                Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(
                "The partitions as {@code s3db.json} declares them. Generated; not for direct use.\n")
            .initializer("$T.of(\n$>$>$L$<$<)", List.class, CodeBlock.join(definitions, ",\n"))
            .build());
    keyOfs.forEach(type::addMethod);
    return Generators.file(model, type.build());
  }

  /**
   * The factory taking the fields' own types, or (with {@code byDate}) the one taking a {@code
   * LocalDate} for each {@code Instant} and {@code OffsetDateTime} field, whose keys hold a UTC
   * date.
   */
  private MethodSpec factory(PartitionModel partition, TypeName key, boolean byDate) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(partition.name())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(key);
    CodeBlock.Builder build =
        CodeBlock.builder()
            .add(
                "return $T.<$T>builder($S, $S)",
                RuntimeTypes.PARTITION_KEYS,
                model.recordType(),
                model.resourceName(),
                partition.name());
    List<String> described = new ArrayList<>();
    for (PartitionModel.Field field : partition.fields()) {
      String parameter = Names.local(field.path()).substring(1);
      FieldType type = field.leaf().type();
      boolean dateTime = type == FieldType.INSTANT || type == FieldType.OFFSET_DATE_TIME;
      method.addParameter(
          byDate && dateTime ? ClassName.get(LocalDate.class) : parameterType(field.leaf()),
          parameter);
      build.add(
          "\n$>$>.$N($S, $N)$<$<", type.isTemporal() ? "addDate" : "add", field.path(), parameter);
      if (dateTime) {
        described.add(
            "{@code "
                + field.path()
                + "} falls on the UTC day "
                + (byDate ? "" : "of ")
                + "{@code "
                + parameter
                + "}");
      } else {
        described.add("{@code " + field.path() + "} is {@code " + parameter + "}");
      }
    }
    String javadoc =
        "Partition {@code "
            + partition.name()
            + "}: the records of resource {@code "
            + model.resourceName()
            + "} whose "
            + String.join(" and ", described)
            + ".";
    return method
        .addJavadoc("$L\n", SourceText.wrapJavadoc(javadoc, 2))
        .addCode(build.add("\n$>$>.build();\n$<$<").build())
        .build();
  }

  /**
   * A record's own key in the partition, or null when a value on the way is null (then it has
   * none).
   */
  private MethodSpec keyOf(PartitionModel partition, String name, TypeName key) {
    boolean canLack = partition.fields().stream().anyMatch(PartitionModel.Field::nullable);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(canLack ? Generators.nullable(key) : key)
            .addParameter(model.recordType(), "record");
    Set<String> declared = new HashSet<>();
    List<CodeBlock> arguments = new ArrayList<>();
    for (PartitionModel.Field field : partition.fields()) {
      // follow the path; only @Nullable steps need a local and a check (the rest cannot be null in
      // a record that passed validation or was decoded)
      CodeBlock value = CodeBlock.of("record");
      for (FieldModel step : field.chain()) {
        value = CodeBlock.of("$L.$N()", value, step.accessor());
        if (step.nullable()) {
          String local = Names.local(step.path());
          if (declared.add(local)) {
            method
                .addStatement("$T $N = $L", step.javaType(), local, value)
                .beginControlFlow("if ($N == null)", local)
                .addStatement("return null")
                .endControlFlow();
          }
          value = CodeBlock.of("$N", local);
        }
      }
      arguments.add(value);
    }
    return method
        .addStatement("return $N($L)", partition.name(), CodeBlock.join(arguments, ", "))
        .build();
  }

  /** The leaf's type, unboxed: a key needs a value, so the parameter cannot be null. */
  private static TypeName parameterType(FieldModel leaf) {
    return leaf.javaType().isBoxedPrimitive() ? leaf.javaType().unbox() : leaf.javaType();
  }
}
