package io.s3db.cli;

import io.s3db.documents.Documents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code s3db count RESOURCE}: how many records, from keys alone. */
@Command(
    name = "count",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Counts records, of all or of one partition.",
      "Prints how many records a resource, or one partition, has. Needs no passphrase.",
      "Cost: 1 LIST per 1000 keys (a partition's count includes references a crash left stale;"
          + " see repair)."
    })
final class CountCommand extends ResourceCommand {
  @Mixin PartitionOptions partition;

  @Override
  int run(Session session) {
    Documents documents = session.keysOnly(resource);
    out().println(documents.count(partition.key(documents)));
    return 0;
  }
}
