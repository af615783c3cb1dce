package io.s3db.internal.documents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.Violation;
import io.s3db.spi.ResourceValidator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a document against its resource's rules as s3db.js's validator (fastest-validator and
 * s3db.js's own types) checks a record, plus what the stored form cannot hold (an item of an
 * integer array with a fraction, text no UTF-8 can carry). Every violation names the field, the
 * rule and the value (never a secret's). A field the resource does not declare is refused rather
 * than stored under a key nobody maps.
 */
final class DocumentValidator implements ResourceValidator<ObjectNode> {
  private final DocumentSchema schema;
  private final Set<String> leaves = new HashSet<>();
  private final Set<String> objects = new HashSet<>();

  DocumentValidator(DocumentSchema schema) {
    this.schema = schema;
    for (Field field : schema.fields()) {
      leaves.add(field.path());
      String[] segments = field.segments();
      StringBuilder prefix = new StringBuilder();
      for (int i = 0; i < segments.length - 1; i++) {
        prefix.append(i == 0 ? "" : ".").append(segments[i]);
        objects.add(prefix.toString());
      }
    }
  }

  @Override
  public List<Violation> validate(ObjectNode document) {
    List<Violation> out = new ArrayList<>();
    JsonNode id = document.get("id");
    if (id != null && !id.isNull() && !id.isTextual()) {
      out.add(new Violation("id", "string", "must be a string", id.toString()));
    }
    unknown("", document, out);
    for (Field field : schema.fields()) {
      String[] segments = field.segments();
      if (field.rule().notEnforced() != null) {
        out.add(
            new Violation(
                field.path(),
                "unsupported",
                "has the rule '" + field.rule().text() + "', which this library cannot enforce",
                null));
        continue;
      }
      if (segments.length > 1 && !parentPresent(document, segments, field.path(), out)) {
        continue;
      }
      JsonNode value = Nodes.at(document, segments);
      if (value == null) {
        if (!field.rule().optional()) {
          out.add(
              new Violation(
                  field.path(),
                  "required",
                  "is required (rule '" + field.rule().text() + "')",
                  null));
        }
        continue;
      }
      RuleChecks.check(field, value, out);
    }
    return out;
  }

  /**
   * Whether the objects holding a nested field are there; absent ones are fine when s3db.js makes
   * nested objects optional, and required otherwise.
   */
  private boolean parentPresent(
      JsonNode document, String[] segments, String path, List<Violation> out) {
    JsonNode node = document;
    for (int i = 0; i < segments.length - 1; i++) {
      node = node.get(segments[i]);
      if (node == null || node.isNull()) {
        String parent = path.substring(0, path.lastIndexOf('.'));
        boolean reported =
            out.stream().anyMatch(v -> v.path().equals(parent) && v.rule().equals("required"));
        if (!schema.nestedObjectsOptional() && !reported) {
          out.add(new Violation(parent, "required", "is a required object", null));
        }
        return false;
      }
      if (!node.isObject()) {
        return false; // reported by unknown()
      }
    }
    return true;
  }

  /** Fields the resource does not declare, and objects where it declares none. */
  private void unknown(String prefix, JsonNode object, List<Violation> out) {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String path = prefix + entry.getKey();
      JsonNode value = entry.getValue();
      if (path.equals("id") || leaves.contains(path)) {
        continue;
      }
      if (objects.contains(path)) {
        if (value.isObject()) {
          unknown(path + ".", value, out);
        } else if (!value.isNull()) {
          out.add(new Violation(path, "object", "must be an object", value.toString()));
        }
      } else {
        out.add(
            new Violation(
                path,
                "unknown",
                "is not an attribute of resource '" + schema.name() + "'",
                value.toString()));
      }
    }
  }
}
