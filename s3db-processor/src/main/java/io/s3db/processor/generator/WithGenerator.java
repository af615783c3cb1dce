package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>With}, a copier that changes some components of a record and keeps the
 * others, so that an update names only what it changes:
 *
 * <pre>{@code
 * dao.update(id, c -> CustomerWith.of(c).orders(c.orders() + 1).build());
 * }</pre>
 *
 * It has the shape of RecordBuilder's copy builder ({@code builder(r).age(n).build()}): a separate
 * class, because a wither on the record itself ({@code r.withAge(n)}) needs the record to implement
 * a generated interface or its bytecode changed. It calls the canonical constructor, so the
 * record's own checks run; s3db's rules are checked when the copy is written.
 */
public final class WithGenerator {
  private final ResourceModel model;

  public WithGenerator(ResourceModel model) {
    this.model = model;
  }

  public JavaFile generate() {
    ClassName record = model.recordType();
    ClassName with = model.generated("With");
    // the Javadoc's example sets a field other than the id when there is one
    FieldModel example =
        model.fields().isEmpty() ? model.components().get(0) : model.fields().get(0);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(with)
            .addJavadoc(
                "$L\n\n<pre>{@code\n$T changed = $T.of(record).$N(…).build();\n}</pre>\n",
                SourceText.wrapJavadoc(
                    "Copies {@link "
                        + Generators.javadocName(record)
                        + "} records with some"
                        + " components changed and the others kept, for updates: {@code dao.update(id, r -> "
                        + with.simpleName()
                        + ".of(r).… .build())}. Not thread-safe; use one per copy.",
                    0),
                record,
                with,
                example.name())
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(record, "record");
    List<CodeBlock> arguments = new ArrayList<>();
    for (FieldModel component : model.components()) {
      TypeName componentType = componentType(component);
      type.addField(FieldSpec.builder(componentType, component.name(), Modifier.PRIVATE).build());
      constructor.addStatement("this.$N = record.$N()", component.name(), component.accessor());
      arguments.add(CodeBlock.of("$N", component.name()));
    }
    type.addMethod(constructor.build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addJavadoc("Starts from {@code record}'s components.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(with)
                .addParameter(record, "record")
                .addStatement("return new $T(record)", with)
                .build());
    for (FieldModel component : model.components()) {
      type.addMethod(
          MethodSpec.methodBuilder(component.name())
              .addJavadoc("Sets {@code $L}.\n", component.name())
              .addModifiers(Modifier.PUBLIC)
              .returns(with)
              .addParameter(componentType(component), component.name())
              .addStatement("this.$N = $N", component.name(), component.name())
              .addStatement("return this")
              .build());
    }
    type.addMethod(
        MethodSpec.methodBuilder("build")
            .addJavadoc(
                "The copy: a new {@code $L} of the components set here and those kept.\n",
                Generators.javadocName(record))
            .addModifiers(Modifier.PUBLIC)
            .returns(record)
            .addStatement("return new $T($L)", record, CodeBlock.join(arguments, ",$W"))
            .build());
    return Generators.file(model, type.build());
  }

  /**
   * The component's type as the record declares it: {@code @Nullable} kept, so tools see the same
   * contract.
   */
  private static TypeName componentType(FieldModel component) {
    return component.nullable() ? Generators.nullable(component.javaType()) : component.javaType();
  }
}
