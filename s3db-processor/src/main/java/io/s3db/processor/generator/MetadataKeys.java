package io.s3db.processor.generator;

import com.squareup.javapoet.FieldSpec;
import io.s3db.processor.model.FieldModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The codec's metadata-key constants: the key of a path is the base36 of its position in {@link
 * io.s3db.processor.model.ResourceModel#keyedPaths()} (FORMAT.md §4.1). Only the keys the codec's
 * code refers to become constants; a nested record's own key, for one, is needed only when the
 * record can be empty or absent.
 */
final class MetadataKeys {
  private final Map<String, String> constants = new LinkedHashMap<>();
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Set<String> used = new LinkedHashSet<>();

  MetadataKeys(List<FieldModel> keyedPaths, Names names) {
    for (int i = 0; i < keyedPaths.size(); i++) {
      String path = keyedPaths.get(i).path();
      constants.put(path, names.constant(path));
      values.put(path, Integer.toString(i, 36));
    }
  }

  /** Whether the path has a key of its own: every leaf, and the top-level nested records. */
  boolean has(String path) {
    return constants.containsKey(path);
  }

  /** The constant holding the path's key. */
  String of(String path) {
    String constant = constants.get(path);
    if (constant == null) {
      throw new IllegalArgumentException("no metadata key for " + path);
    }
    used.add(path);
    return constant;
  }

  /** The constants asked for so far, in key order. */
  List<FieldSpec> fields() {
    List<FieldSpec> fields = new ArrayList<>();
    constants.forEach(
        (path, constant) -> {
          if (used.contains(path)) {
            fields.add(
                FieldSpec.builder(String.class, constant, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$S", values.get(path))
                    .build());
          }
        });
    return fields;
  }
}
