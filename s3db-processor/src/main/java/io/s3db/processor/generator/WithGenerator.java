package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.ResourceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Record>With}, a copier that changes some components of a record and keeps the
 * others, so that an update names only what it changes:
 *
 * <pre>{@code
 * dao.update(id, c -> CustomerWith.of(c).orders(c.orders() + 1).build());
 * dao.update(id, c -> CustomerWith.of(c).address(a -> a.city("Porto")).build());
 * }</pre>
 *
 * It has the shape of RecordBuilder's copy builder ({@code builder(r).age(n).build()}): a separate
 * class, because a wither on the record itself ({@code r.withAge(n)}) needs the record to implement
 * a generated interface or its bytecode changed. It calls the canonical constructor, so the
 * record's own checks run; s3db's rules are checked when the copy is written.
 *
 * <p>Each nested record type gets a copier of the same shape, nested in this one ({@code
 * CustomerWith.AddressWith}), and a nested record component that cannot be null a second setter
 * that changes it through that copier, as RecordBuilder's {@code with(Consumer)} does. A
 * {@code @Nullable} one has no such setter, which would make {@code address(null)} ambiguous; its
 * setter's Javadoc shows the nested copier's {@code of} instead.
 */
public final class WithGenerator {
  private final ResourceModel model;

  /** The copier of each nested record type, in the order the components first reach them. */
  private final Map<ClassName, Nested> nested = new LinkedHashMap<>();

  /** A nested record type, its copier and the components the copier sets. */
  private record Nested(ClassName record, ClassName copier, List<FieldModel> components) {}

  public WithGenerator(ResourceModel model) {
    this.model = model;
  }

  public JavaFile generate() {
    ClassName record = model.recordType();
    ClassName with = model.generated("With");
    Set<String> names = new HashSet<>(Set.of(with.simpleName()));
    collectNested(model.components(), with, names);
    // the Javadoc's example sets a field other than the id when there is one
    FieldModel example =
        model.fields().isEmpty() ? model.components().get(0) : model.fields().get(0);
    CodeBlock.Builder examples =
        CodeBlock.builder()
            .add("$T changed = $T.of(record).$N(…).build();\n", record, with, example.name());
    model.components().stream()
        .filter(this::changeable)
        .findFirst()
        .ifPresent(
            component ->
                examples.add(
                    "$T moved = $T.of(record).$N($L).build();\n",
                    record,
                    with,
                    component.name(),
                    change(component)));
    TypeSpec.Builder type =
        TypeSpec.classBuilder(with)
            .addJavadoc(
                "$L\n\n<pre>{@code\n$L}</pre>\n",
                SourceText.wrapJavadoc(
                    "Copies {@link "
                        + Generators.javadocName(record)
                        + "} records with some"
                        + " components changed and the others kept, for updates: {@code dao.update(id, r -> "
                        + with.simpleName()
                        + ".of(r).… .build())}. Not thread-safe; use one per copy.",
                    0),
                examples.build())
            .addAnnotation(Generators.generated())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    addCopier(type, record, with, model.components());
    for (Nested copier : nested.values()) {
      type.addType(nestedCopier(copier));
    }
    return Generators.file(model, type.build());
  }

  /**
   * Names a copier for each nested record type below {@code components}: {@code AddressWith}, or
   * {@code OrderAddressWith} when another type or the enclosing copier has that name.
   */
  private void collectNested(List<FieldModel> components, ClassName with, Set<String> names) {
    for (FieldModel component : components) {
      if (!component.isRecord()
          || !(component.javaType() instanceof ClassName type)
          || nested.containsKey(type)) {
        continue;
      }
      String name = type.simpleName() + "With";
      if (names.contains(name)) {
        name = String.join("", type.simpleNames()) + "With";
      }
      String candidate = name;
      for (int i = 2; names.contains(candidate); i++) {
        candidate = name + i;
      }
      names.add(candidate);
      nested.put(type, new Nested(type, with.nestedClass(candidate), component.components()));
      collectNested(component.components(), with, names);
    }
  }

  /** {@code AddressWith}: a copier of one nested record type, nested in the resource's. */
  private TypeSpec nestedCopier(Nested copier) {
    FieldModel user = firstChangeable(copier.record());
    String javadoc =
        "Copies {@link "
            + Generators.javadocName(copier.record())
            + "} records with some components changed and the others kept"
            + (user == null ? "" : ", as in {@code " + user.name() + "(" + change(user) + ")}")
            + ".";
    TypeSpec.Builder type =
        TypeSpec.classBuilder(copier.copier())
            .addJavadoc("$L\n", SourceText.wrapJavadoc(javadoc, 2))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    addCopier(type, copier.record(), copier.copier(), copier.components());
    return type.build();
  }

  /** The first component, of the resource or of a nested record, that changes a {@code record}. */
  private FieldModel firstChangeable(ClassName record) {
    List<List<FieldModel>> levels = new ArrayList<>();
    levels.add(model.components());
    nested.values().forEach(n -> levels.add(n.components()));
    for (List<FieldModel> components : levels) {
      for (FieldModel component : components) {
        if (changeable(component) && component.javaType().equals(record)) {
          return component;
        }
      }
    }
    return null;
  }

  /** Whether {@code component} has a setter that takes a change: a nested record, never null. */
  private boolean changeable(FieldModel component) {
    return !component.nullable()
        && component.isRecord()
        && component.javaType() instanceof ClassName type
        && nested.containsKey(type);
  }

  /** The Javadoc's change of {@code component}: {@code a -> a.city(…)}. */
  private static String change(FieldModel component) {
    ClassName type = (ClassName) component.javaType();
    String parameter = type.simpleName().substring(0, 1).toLowerCase(Locale.ROOT);
    return parameter + " -> " + parameter + "." + component.components().get(0).name() + "(…)";
  }

  /**
   * The members of a copier of {@code record} named {@code with}: a field per component, {@code
   * of}, a setter per component (two for a nested record that cannot be null), and {@code build}.
   */
  private void addCopier(
      TypeSpec.Builder type, ClassName record, ClassName with, List<FieldModel> components) {
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(record, "record");
    List<CodeBlock> arguments = new ArrayList<>();
    for (FieldModel component : components) {
      type.addField(
          FieldSpec.builder(componentType(component), component.name(), Modifier.PRIVATE).build());
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
    for (FieldModel component : components) {
      type.addMethod(
          MethodSpec.methodBuilder(component.name())
              .addJavadoc("$L\n", setterJavadoc(component))
              .addModifiers(Modifier.PUBLIC)
              .returns(with)
              .addParameter(componentType(component), component.name())
              .addStatement("this.$N = $N", component.name(), component.name())
              .addStatement("return this")
              .build());
      if (changeable(component)) {
        type.addMethod(changingSetter(component, with));
      }
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
  }

  /**
   * The setter's Javadoc; for a {@code @Nullable} nested record, also how to change some of its
   * components without a setter that takes a change.
   */
  private String setterJavadoc(FieldModel component) {
    String javadoc = "Sets {@code " + component.name() + "}.";
    if (component.nullable()
        && component.isRecord()
        && component.javaType() instanceof ClassName type
        && nested.containsKey(type)) {
      javadoc +=
          " As it may be null, there is no {@code "
              + component.name()
              + "(change)}; to change some components of a present one: {@code "
              + component.name()
              + "("
              + nested.get(type).copier().simpleName()
              + ".of(r."
              + component.accessor()
              + "())."
              + component.components().get(0).name()
              + "(…).build())}.";
    }
    return SourceText.wrapJavadoc(javadoc, 2);
  }

  /**
   * {@code shipTo(Consumer<AddressWith> change)}: changes some components of a nested record
   * through its copier, starting from the value set so far.
   */
  private MethodSpec changingSetter(FieldModel component, ClassName with) {
    ClassName copier = nested.get((ClassName) component.javaType()).copier();
    return MethodSpec.methodBuilder(component.name())
        .addJavadoc(
            "$L\n",
            SourceText.wrapJavadoc(
                "Changes some components of {@code "
                    + component.name()
                    + "}, as set so far, and keeps the others: {@code "
                    + component.name()
                    + "("
                    + change(component)
                    + ")}.",
                2))
        .addModifiers(Modifier.PUBLIC)
        .returns(with)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), copier), "change")
        .addStatement(
            "$T copier =$W$T.of($T.requireNonNull(this.$N, $S))",
            copier,
            copier,
            Objects.class,
            component.name(),
            component.name() + " is null")
        .addStatement("change.accept(copier)")
        .addStatement("this.$N = copier.build()", component.name())
        .addStatement("return this")
        .build();
  }

  /**
   * The component's type as the record declares it: {@code @Nullable} kept, so tools see the same
   * contract.
   */
  private static TypeName componentType(FieldModel component) {
    return component.nullable() ? Generators.nullable(component.javaType()) : component.javaType();
  }
}
