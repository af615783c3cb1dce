package io.s3db.interop;

import static io.s3db.interop.Shared.CHECKED;
import static io.s3db.interop.Shared.KEYWORDS;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Inserts through s3db.js into resources only Java declared ({@link Checked}, {@link Keywords}):
 * s3db.js must compile the rule strings of Java's catalog, accept valid records (which Java then
 * reads as written, defaults filled in) and reject records that break a rule it can express.
 */
final class RuleCases {
  private RuleCases() {}

  static Checked validChecked(String id) {
    return new Checked(
        id,
        "Ana",
        "ana@example.com",
        5,
        0,
        -1,
        1,
        9.5,
        "title",
        List.of("t"),
        "ABC-123",
        "low",
        Checked.Plan.PRO,
        "token",
        null);
  }

  static Keywords validKeywords(String id) {
    return new Keywords(id, "number", "boolean", "c", "12:34", "12:30");
  }

  /** Field changes to a valid record, each breaking one rule s3db.js can check, by the reason. */
  private static Map<String, ObjectNode> broken() {
    Map<String, ObjectNode> broken = new LinkedHashMap<>();
    broken.put("name too short (min:2)", change("name", "A"));
    broken.put("name too long (max:20)", change("name", "A".repeat(21)));
    broken.put("not an email", change("email", "not-an-email"));
    broken.put("stars above max:5", change("stars", 6));
    broken.put("stars below min:1", change("stars", 0));
    broken.put("credits below min:0", change("credits", -1));
    broken.put("debt not negative", change("debt", 0));
    broken.put("count not positive", change("count", 0));
    broken.put("count not an integer", change("count", 1.5));
    broken.put("ratio above max:9.5", change("ratio", 9.51));
    broken.put("title empty (empty:false)", change("title", ""));
    broken.put(
        "tags empty (empty:false)",
        NodeBatch.JSON.createObjectNode().set("tags", NodeBatch.JSON.createArrayNode()));
    broken.put("code not matching the pattern", change("code", "abc-1"));
    broken.put("token empty (empty:false)", change("token", ""));
    broken.put("backup not an email", change("backup", "nope"));
    return broken;
  }

  private static ObjectNode change(String field, Object value) {
    ObjectNode node = NodeBatch.JSON.createObjectNode();
    node.set(field, NodeBatch.JSON.valueToTree(value));
    return node;
  }

  /** Adds the inserts to {@code batch}; {@link Outcomes#compare} checks them after it ran. */
  static Outcomes insert(NodeBatch batch) {
    return new Outcomes(batch);
  }

  static final class Outcomes {
    private final Map<String, Integer> rejected = new LinkedHashMap<>();
    private final Map<Case<?>, Integer> accepted = new LinkedHashMap<>();
    private final Map<Case<?>, Shared<?>> resources = new LinkedHashMap<>();

    private Outcomes(NodeBatch batch) {
      int i = 0;
      for (Map.Entry<String, ObjectNode> e : broken().entrySet()) {
        ObjectNode data = Trees.of(validChecked("n-broken-" + i++));
        data.setAll(e.getValue());
        rejected.put(e.getKey(), batch.insert(CHECKED.name(), data));
      }
      // valid, optional and defaulted values left out: s3db.js fills in the defaults of Java's
      // catalog
      Checked checked = validChecked("n-valid");
      ObjectNode checkedInput = Trees.of(checked);
      checkedInput.remove("plan");
      accept(
          batch,
          CHECKED,
          Case.of(CHECKED, checked).storedAs("plan", "FREE", "default:FREE from Java's catalog"),
          checkedInput);
      // mode and slot have defaults that s3db.js cannot take from a rule string, so it requires
      // them
      Keywords keywords = new Keywords("n-valid", "json", "json", "c", "23:59", "09:00");
      accept(batch, KEYWORDS, Case.of(KEYWORDS, keywords), Trees.of(keywords));
    }

    private void accept(NodeBatch batch, Shared<?> resource, Case<?> c, ObjectNode input) {
      accepted.put(c, batch.insert(resource.name(), input));
      resources.put(c, resource);
    }

    /**
     * The valid records s3db.js inserts into {@code resource}: the reads that follow must find
     * them.
     */
    @SuppressWarnings("unchecked")
    <T> List<Case<T>> accepted(Shared<T> resource) {
      return accepted.keySet().stream()
          .filter(c -> resources.get(c) == resource)
          .map(c -> (Case<T>) c)
          .toList();
    }

    /**
     * Whether s3db.js rejected every broken record and took every valid one (whose values ReadBack
     * checks).
     */
    void compare(NodeBatch.Results results, Mismatches mismatches) {
      rejected.forEach(
          (why, step) -> {
            if (results.ok(step)) {
              mismatches.add("checked: s3db.js accepted a record whose " + why);
            }
          });
      accepted.forEach(
          (c, step) -> {
            if (!results.ok(step)) {
              mismatches.add(
                  resources.get(c).name()
                      + "/"
                      + c.id()
                      + ": s3db.js rejected a valid record: "
                      + results.error(step));
            }
          });
    }
  }
}
