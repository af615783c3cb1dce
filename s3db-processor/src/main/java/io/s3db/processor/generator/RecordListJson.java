package io.s3db.processor.generator;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import io.s3db.processor.RuntimeTypes;
import io.s3db.processor.model.FieldModel;
import io.s3db.processor.model.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The codec's helpers turning one element of a {@code List} of records into a JSON object and back
 * ({@code toJsonLine}, {@code fromJsonLine}): one pair per record type, however many lists hold it.
 */
final class RecordListJson {
  private static final ClassName JSON_NODE =
      ClassName.get("com.fasterxml.jackson.databind", "JsonNode");

  private final Names names;
  private final List<MethodSpec> helpers;
  private final Map<TypeName, String> writers = new LinkedHashMap<>();
  private final Map<TypeName, String> readers = new LinkedHashMap<>();

  /**
   * @param helpers where the helpers go, in the order they are first needed
   */
  RecordListJson(Names names, List<MethodSpec> helpers) {
    this.names = names;
    this.helpers = helpers;
  }

  /**
   * The helper writing one element; its name. Validation has run: required components are present.
   */
  String writer(FieldModel record) {
    String known = writers.get(record.javaType());
    if (known != null) {
      return known;
    }
    String name = names.method("toJson", ((ClassName) record.javaType()).simpleName());
    writers.put(record.javaType(), name);
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(
                ParameterizedTypeName.get(
                    ClassName.get(Map.class), ClassName.get(String.class), ClassName.OBJECT))
            .addParameter(record.javaType(), "value")
            .addStatement(
                "$T<$T, $T> json = $T.object()",
                Map.class,
                String.class,
                Object.class,
                RuntimeTypes.JSON_FIELDS);
    for (FieldModel component : record.components()) {
      CodeBlock get = CodeBlock.of("value.$N()", component.accessor());
      CodeBlock json =
          component.isRecord()
              ? CodeBlock.of("$N($L)", writer(component), get)
              : CodeBlock.of("$T.value($L)", RuntimeTypes.JSON_FIELDS, get);
      if (component.nullable()) {
        // absent values are left out, as JSON.stringify leaves out undefined
        method
            .beginControlFlow("if ($L != null)", get)
            .addStatement("json.put($S, $L)", component.name(), json)
            .endControlFlow();
      } else {
        method.addStatement("json.put($S, $L)", component.name(), json);
      }
    }
    helpers.add(method.addStatement("return json").build());
    return name;
  }

  /** The helper reading one element; its name. */
  String reader(FieldModel record) {
    String known = readers.get(record.javaType());
    if (known != null) {
      return known;
    }
    String name = names.method("fromJson", ((ClassName) record.javaType()).simpleName());
    readers.put(record.javaType(), name);
    List<CodeBlock> args = new ArrayList<>();
    for (FieldModel component : record.components()) {
      CodeBlock path = CodeBlock.of("path + $S", "." + component.name());
      CodeBlock read =
          component.isRecord()
              ? CodeBlock.of(
                  "$N($T.object(json, $S, $L),$W$L)",
                  reader(component),
                  RuntimeTypes.JSON_FIELDS,
                  component.name(),
                  path,
                  path)
              : CodeBlock.of(
                  "$T.$N(json, $S, $L$L)",
                  RuntimeTypes.JSON_FIELDS,
                  readMethod(component.type()),
                  component.name(),
                  path,
                  component.type() == FieldType.ENUM
                      ? CodeBlock.of(", $T::valueOf", component.javaType())
                      : CodeBlock.of(""));
      args.add(
          component.nullable()
              ? CodeBlock.of(
                  "$T.has(json, $S)$W? $L$W: null",
                  RuntimeTypes.JSON_FIELDS,
                  component.name(),
                  read)
              : read);
    }
    helpers.add(
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(record.javaType())
            .addParameter(JSON_NODE, "json")
            .addParameter(String.class, "path")
            .addStatement("return new $T(\n$L)", record.javaType(), CodeBlock.join(args, ",\n"))
            .build());
    return name;
  }

  private static String readMethod(FieldType type) {
    return switch (type) {
      case STRING -> "text";
      case BOOLEAN -> "bool";
      case BYTE -> "int8";
      case SHORT -> "int16";
      case INT -> "int32";
      case LONG -> "int64";
      case FLOAT -> "float32";
      case DOUBLE -> "float64";
      case BIG_DECIMAL -> "decimal";
      case UUID -> "uuid";
      case INSTANT -> "instant";
      case OFFSET_DATE_TIME -> "offsetDateTime";
      case LOCAL_DATE -> "localDate";
      case ENUM -> "enumValue";
      default -> throw new IllegalArgumentException("no JSON reader for " + type);
    };
  }
}
