package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.PartitionKey;
import io.s3db.documents.Documents;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code s3db list RESOURCE}: records, one JSON document per line, streamed. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints records, one JSON document per line.",
      "Prints the records of a resource, or of one partition, in id order: one JSON document per"
          + " line, streamed (memory stays constant).",
      "Cost: 1 LIST per 1000 records + 1 HEAD per record; --ids: the LISTs only."
    })
final class ListCommand extends ResourceCommand {
  @Mixin PartitionOptions partition;

  @Option(names = "--limit", paramLabel = "N", description = "At most N records.")
  long limit = Long.MAX_VALUE;

  @Option(names = "--ids", description = "Only the ids, one per line, from keys alone.")
  boolean idsOnly;

  @Option(names = "--decrypt", description = "Shows secrets in clear instead of \"***\".")
  boolean decrypt;

  @Override
  int run(Session session) {
    if (limit < 0) {
      throw CliException.usage("--limit must be 0 or more, was " + limit);
    }
    Documents documents = idsOnly ? session.keysOnly(resource) : session.documents(resource);
    PartitionKey<ObjectNode> key = partition.key(documents);
    if (idsOnly) {
      documents.listIds(key).stream().limit(limit).forEach(out()::println);
      return 0;
    }
    SecretMask mask = new SecretMask(documents.describe(), decrypt);
    try (Stream<ObjectNode> records = documents.stream(key)) {
      records.limit(limit).forEach(record -> Json.line(out(), mask.apply(record)));
    }
    return 0;
  }
}
