package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.s3db.internal.layout.Layout;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The codec results file's tables of metadata bytes, as AWS counts them against its 2 KB: s3db's
 * and s3db.js's for the benchmarked record (in total and key by key), and the largest record of the
 * shape that fits ({@link LargestFitting}).
 */
final class MetadataBytesTables {
  private MetadataBytesTables() {}

  static void append(StringBuilder md, CodecsRun run) {
    sameRecord(md, run);
    largestFitting(md, run);
  }

  /** Each library's metadata bytes for the benchmarked record; the plain one key by key. */
  private static void sameRecord(StringBuilder md, CodecsRun run) {
    md.append("## Metadata bytes of the same record\n\n");
    md.append(
        "User-metadata bytes as AWS counts them (UTF-8 of every key and value, `_v` included), of"
            + " what each library sends for the benchmarked record.\n\n");
    md.append("| record | s3db | s3db.js | s3db − s3db.js |\n|---|---:|---:|---:|\n");
    for (String variant : CodecsRun.VARIANTS) {
      int ours = Layout.size(run.paths().get(variant).metadata());
      int js = run.node().metadataBytes(variant);
      md.append("| ")
          .append(variant)
          .append(" | ")
          .append(ours)
          .append(" | ")
          .append(js)
          .append(" | ")
          .append(ours - js)
          .append(" |\n");
    }
    md.append(
        "\nKey by key, the plain record (path, s3db's value, s3db.js's where it differs):\n\n");
    md.append("| key | path | bytes s3db | bytes s3db.js | s3db's value | s3db.js's value |\n");
    md.append("|---|---|---:|---:|---|---|\n");
    Map<String, String> ours = run.paths().get("plain").metadata();
    JsonNode theirs = run.node().headers("plain");
    Map<String, String> pathOf = new LinkedHashMap<>();
    run.paths().get("plain").storedKeys().forEach((path, key) -> pathOf.put(key, path));
    TreeSet<String> keys = new TreeSet<>(ours.keySet());
    theirs.fieldNames().forEachRemaining(keys::add);
    for (String key : keys) {
      String a = ours.get(key);
      String b = theirs.has(key) ? theirs.get(key).asText() : null;
      md.append("| `")
          .append(key)
          .append("` | ")
          .append(pathOf.getOrDefault(key, "–"))
          .append(" | ")
          .append(a == null ? "–" : String.valueOf(Layout.bytes(key) + Layout.bytes(a)))
          .append(" | ")
          .append(b == null ? "–" : String.valueOf(Layout.bytes(key) + Layout.bytes(b)))
          .append(" | ")
          .append(a == null ? "–" : "`" + a.replace("|", "\\|") + "`")
          .append(" | ")
          .append(b == null ? "–" : b.equals(a) ? "same" : "`" + b.replace("|", "\\|") + "`")
          .append(" |\n");
    }
  }

  /** The largest fitting record per variant, and how it was found. */
  private static void largestFitting(StringBuilder md, CodecsRun run) {
    md.append("\n## The largest record of this shape that fits 2 KB\n\n");
    md.append(
        "Method: every text field of the record (name, e-mail's local part, city, bio, the third"
            + " tag, street, the address's city) is made `grow` characters longer by repeating"
            + " its own text (so the mix of ASCII and non-ASCII stays the record's); the largest"
            + " `grow` whose metadata the default layout (user-managed) still keeps in metadata —"
            + " one more character and it moves the fields to the body — is found by bisection."
            + " Bytes as above; the record's size is its JSON without the id, UTF-8.\n\n");
    md.append(
        "| record | grow (chars per text field) | metadata bytes | one char more | record as JSON"
            + " | s3db.js's metadata for it |\n|---|---:|---:|---:|---:|---:|\n");
    for (String variant : CodecsRun.VARIANTS) {
      LargestFitting l = run.largest().get(variant);
      md.append("| ")
          .append(variant)
          .append(" | ")
          .append(l.grow())
          .append(" | ")
          .append(l.bytes())
          .append(" | ")
          .append(l.nextBytes())
          .append(" | ")
          .append(l.recordJsonBytes())
          .append(" | ")
          .append(l.nodeBytes())
          .append(l.nodeBytes() > Layout.LIMIT ? " (over 2 048)" : "")
          .append(" |\n");
    }
    md.append('\n');
  }
}
