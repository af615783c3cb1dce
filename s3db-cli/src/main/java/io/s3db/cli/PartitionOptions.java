package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.documents.Documents;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** {@code --partition NAME --value field=value …}: which records a command reads. */
final class PartitionOptions {
  @Option(
      names = "--partition",
      paramLabel = "NAME",
      description =
          "Only the records of this partition (as in s3db.json, e.g. byStatus); give each of its"
              + " fields with --value.")
  @Nullable String partition;

  @Option(
      names = "--value",
      paramLabel = "FIELD=VALUE",
      description =
          "A field of the partition and its value as the key holds it (status=PAID,"
              + " shipTo.country=PT, age=34). Repeat for each field.")
  Map<String, String> values = new LinkedHashMap<>();

  /** {@return the key of the records asked for}; all of them without {@code --partition} */
  PartitionKey<ObjectNode> key(Documents documents) {
    if (partition == null) {
      if (!values.isEmpty()) {
        throw CliException.usage("--value needs --partition NAME");
      }
      return PartitionKey.all();
    }
    try {
      return documents.partition(partition, values);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(String.valueOf(e.getMessage()));
    }
  }

  /** {@return the partition and its values as a person reads them, or "all"} */
  String describe() {
    return partition == null ? "all" : partition + " " + values;
  }
}
