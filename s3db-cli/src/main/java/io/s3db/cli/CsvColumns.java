package io.s3db.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.ResourceDescription;
import io.s3db.documents.ValueType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The CSV columns of a resource: {@code id}, then one per leaf attribute of the catalog, by its
 * dotted path ({@code shipTo.city}), so that every file of a resource has the same header whatever
 * its records hold. Text, numbers and booleans are written as they are; {@code json} values and
 * arrays as compact JSON, so that they read back as the same value. An empty cell is an absent
 * value.
 */
final class CsvColumns {
  private final List<String> names = new ArrayList<>();
  private final Map<String, ValueType> types = new LinkedHashMap<>();

  CsvColumns(ResourceDescription description) {
    names.add("id");
    types.put("id", ValueType.STRING);
    for (AttributeDescription attribute : description.attributes()) {
      if (!types.containsKey(attribute.path())) {
        names.add(attribute.path());
        types.put(attribute.path(), attribute.type());
      }
    }
    if (description.timestamps()) {
      for (String stamp : List.of("createdAt", "updatedAt")) {
        if (!types.containsKey(stamp)) {
          names.add(stamp);
          types.put(stamp, ValueType.DATETIME);
        }
      }
    }
  }

  List<String> names() {
    return names;
  }

  /** {@return the document's cells, in column order} */
  List<String> row(ObjectNode document) {
    List<String> cells = new ArrayList<>(names.size());
    for (String name : names) {
      JsonNode value = at(document, name);
      cells.add(
          value == null || value.isNull()
              ? ""
              : cell(value, types.getOrDefault(name, ValueType.STRING)));
    }
    return cells;
  }

  private static String cell(JsonNode value, ValueType type) {
    return switch (type) {
      case JSON, STRING_ARRAY, INTEGER_ARRAY, NUMBER_ARRAY, BOOLEAN_ARRAY -> Json.compact(value);
      default -> value.isValueNode() ? value.asText() : Json.compact(value);
    };
  }

  /**
   * {@return the document of a row read under {@code header}}
   *
   * @throws IllegalArgumentException naming the column whose cell is not of its attribute's type
   */
  ObjectNode document(List<String> header, List<String> cells) {
    if (cells.size() != header.size()) {
      throw new IllegalArgumentException(
          "has " + cells.size() + " fields, the header " + header.size());
    }
    ObjectNode document = Json.MAPPER.createObjectNode();
    for (int i = 0; i < header.size(); i++) {
      String cell = cells.get(i);
      if (cell.isEmpty()) {
        continue;
      }
      String column = header.get(i);
      String[] path = column.split("\\.");
      ObjectNode parent = document;
      for (int p = 0; p < path.length - 1; p++) {
        parent = parent.has(path[p]) ? (ObjectNode) parent.get(path[p]) : parent.putObject(path[p]);
      }
      parent.set(
          path[path.length - 1], value(column, types.getOrDefault(column, ValueType.STRING), cell));
    }
    return document;
  }

  /**
   * Checks a file's header before any row is read.
   *
   * @throws CliException naming the columns the resource does not have
   */
  void checkHeader(List<String> header) {
    List<String> unknown = header.stream().filter(h -> !types.containsKey(h)).toList();
    if (!unknown.isEmpty()) {
      throw CliException.failed(
          "the CSV header has columns the resource does not have: "
              + String.join(", ", unknown)
              + " (it has "
              + String.join(", ", names)
              + ")");
    }
  }

  private static JsonNode value(String column, ValueType type, String cell) {
    return switch (type) {
      case INTEGER,
          NUMBER,
          BOOLEAN,
          JSON,
          STRING_ARRAY,
          INTEGER_ARRAY,
          NUMBER_ARRAY,
          BOOLEAN_ARRAY -> {
        JsonNode parsed;
        try {
          parsed = Json.MAPPER.readTree(cell);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              "column "
                  + column
                  + ": '"
                  + cell
                  + "' is not a "
                  + type.name().toLowerCase(Locale.ROOT));
        }
        yield parsed;
      }
      default -> Json.MAPPER.getNodeFactory().textNode(cell);
    };
  }

  private static @Nullable JsonNode at(ObjectNode document, String path) {
    @Nullable JsonNode node = document;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node;
  }
}
