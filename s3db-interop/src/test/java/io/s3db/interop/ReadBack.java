package io.s3db.interop;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.S3Dao;
import io.s3db.S3db;
import io.s3db.S3dbException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole resource through both libraries and compares it with the cases it should hold:
 * Node's {@code list}, {@code listIds}, {@code count} and a {@code get} per record, Java's {@code
 * list}, {@code listIds}, {@code count}, {@code find} and {@code exists}. Every difference becomes
 * a line in the {@link Mismatches}; nothing here stops at the first.
 */
final class ReadBack<T> {
  private final Shared<T> resource;
  private final List<Case<T>> cases;
  private final int list;
  private final int listIds;
  private final int count;
  private final Map<String, Integer> gets = new LinkedHashMap<>();

  /**
   * Adds Node's reads of {@code resource} to the batch; {@link #compare} checks them after it ran.
   */
  ReadBack(NodeBatch batch, Shared<T> resource, List<Case<T>> cases) {
    this.resource = resource;
    this.cases = List.copyOf(cases);
    this.list = batch.list(resource.name());
    this.listIds = batch.listIds(resource.name());
    this.count = batch.count(resource.name());
    for (Case<T> c : cases) {
      gets.put(c.id(), batch.get(resource.name(), c.id()));
    }
  }

  /**
   * Compares Node's reads (from {@code results}) and Java's (made now, through {@code db}) with the
   * cases.
   */
  void compare(NodeBatch.Results results, S3db db, Mismatches mismatches) {
    String name = resource.name();
    S3Dao<T> dao = resource.dao(db);
    List<String> ids = cases.stream().map(Case::id).sorted().toList();

    mismatches.expect(ids, dao.listIds(), name + ": Java listIds");
    mismatches.expect((long) ids.size(), dao.count(), name + ": Java count");
    Map<String, JsonNode> javaList = new LinkedHashMap<>();
    try {
      for (T record : dao.list()) {
        javaList.put(resource.id(record), Trees.of(record));
      }
      mismatches.expect(ids, new ArrayList<>(javaList.keySet()), name + ": ids of Java's list");
    } catch (S3dbException e) {
      mismatches.add(name + ": Java list failed: " + e.getMessage());
    }

    Map<String, JsonNode> nodeList = new LinkedHashMap<>();
    if (results.ok(list)) {
      results.value(list).forEach(r -> nodeList.put(r.path("id").asText(), r));
      mismatches.expect(
          ids,
          new ArrayList<>(nodeList.keySet()).stream().sorted().toList(),
          name + ": ids of Node's list");
    } else {
      mismatches.add(name + ": Node list failed: " + results.error(list));
    }
    if (results.ok(listIds)) {
      List<String> nodeIds = new ArrayList<>();
      results.value(listIds).forEach(id -> nodeIds.add(id.asText()));
      mismatches.expect(ids, nodeIds, name + ": Node listIds");
    } else {
      mismatches.add(name + ": Node listIds failed: " + results.error(listIds));
    }
    if (results.ok(count)) {
      mismatches.expect((long) ids.size(), results.value(count).asLong(), name + ": Node count");
    } else {
      mismatches.add(name + ": Node count failed: " + results.error(count));
    }

    for (Case<T> c : cases) {
      String where = name + "/" + c.id();
      JsonNode java = null;
      try {
        Optional<T> found = dao.find(c.id());
        java = found.map(Trees::of).orElse(null);
        mismatches.expect(true, dao.exists(c.id()), where + ": Java exists");
      } catch (S3dbException e) {
        mismatches.add(where + ": Java cannot read it: " + e.getMessage());
      }
      if (java != null && javaList.containsKey(c.id()) && !java.equals(javaList.get(c.id()))) {
        mismatches.add(
            where + ": Java's list gives " + javaList.get(c.id()) + " but find gives " + java);
      }
      int get = gets.get(c.id());
      JsonNode node = results.ok(get) ? results.value(get) : null;
      if (node == null) {
        mismatches.add(where + ": Node get failed: " + results.error(get));
      } else if (nodeList.containsKey(c.id())
          && !Trees.flatten(node).equals(Trees.flatten(nodeList.get(c.id())))) {
        mismatches.add(
            where + ": Node's list gives " + nodeList.get(c.id()) + " but get gives " + node);
      }
      mismatches.record(name, c.id(), c.javaReads(), c.nodeReads(), java, node, c.why());
    }
  }
}
