package io.s3db.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.AttributeDescription;
import io.s3db.documents.ResourceDescription;
import java.util.List;

/**
 * Secrets hidden in what the CLI prints: a terminal, a log or a shared export file is not where a
 * password belongs unless {@code --decrypt} asked for it.
 */
final class SecretMask {
  /**
   * What a masked secret reads as; {@code import} refuses it, so a masked export never goes back.
   */
  static final String MASK = "***";

  private final List<String[]> paths;

  SecretMask(ResourceDescription description, boolean decrypt) {
    this.paths =
        decrypt
            ? List.of()
            : description.attributes().stream()
                .filter(AttributeDescription::secret)
                .map(a -> a.path().split("\\."))
                .toList();
  }

  /** {@return the document with its secrets masked, changed in place} */
  ObjectNode apply(ObjectNode document) {
    for (String[] path : paths) {
      JsonNode parent = document;
      for (int i = 0; i < path.length - 1 && parent != null; i++) {
        parent = parent.get(path[i]);
      }
      String last = path[path.length - 1];
      if (parent instanceof ObjectNode object && object.hasNonNull(last)) {
        object.put(last, MASK);
      }
    }
    return document;
  }
}
