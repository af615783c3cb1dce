package io.s3db.interop;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Every difference found between what Java and Node read, collected so that one run reports all of
 * them as {@code resource/id/field: java=<…> node=<…>} lines instead of stopping at the first.
 */
final class Mismatches {
  private final List<String> found = new ArrayList<>();

  /**
   * Compares, field by field, what each library read of one record with what it was expected to
   * read. A record one side did not find at all is one line.
   */
  void record(
      String resource,
      String id,
      JsonNode javaExpected,
      JsonNode nodeExpected,
      @Nullable JsonNode java,
      @Nullable JsonNode node,
      Map<String, String> why) {
    String where = resource + "/" + id;
    if (java == null || node == null) {
      found.add(where + ": " + (java == null ? "Java" : "Node") + " did not find the record");
    }
    Map<String, JsonNode> je = Trees.flatten(javaExpected);
    Map<String, JsonNode> ne = Trees.flatten(nodeExpected);
    Map<String, JsonNode> j = Trees.flatten(java);
    Map<String, JsonNode> n = Trees.flatten(node);
    TreeSet<String> paths = new TreeSet<>(je.keySet());
    paths.addAll(ne.keySet());
    if (java != null) {
      paths.addAll(j.keySet());
    }
    if (node != null) {
      paths.addAll(n.keySet());
    }
    for (String path : paths) {
      boolean javaOk = java == null || Trees.same(je.get(path), j.get(path));
      boolean nodeOk = node == null || Trees.same(ne.get(path), n.get(path));
      if (javaOk && nodeOk) {
        continue;
      }
      String expected =
          Trees.same(je.get(path), ne.get(path))
              ? "expected " + Trees.show(je.get(path))
              : "expected java=" + Trees.show(je.get(path)) + " node=" + Trees.show(ne.get(path));
      found.add(
          where
              + "/"
              + path
              + ": java="
              + (java == null ? "(no record)" : Trees.show(j.get(path)))
              + " node="
              + (node == null ? "(no record)" : Trees.show(n.get(path)))
              + " ("
              + expected
              + (why.containsKey(path) ? ": " + why.get(path) : "")
              + ")");
    }
  }

  /** Records {@code line} unless {@code expected} equals {@code actual}. */
  void expect(Object expected, Object actual, String line) {
    if (!Objects.equals(expected, actual)) {
      found.add(line + ": expected " + expected + ", was " + actual);
    }
  }

  void add(String line) {
    found.add(line);
  }

  /** Fails with every line found, if any. */
  void assertNone(String what) {
    if (!found.isEmpty()) {
      fail(found.size() + " mismatch(es) " + what + ":\n  " + String.join("\n  ", found));
    }
  }
}
