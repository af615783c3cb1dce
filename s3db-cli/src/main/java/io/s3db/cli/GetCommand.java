package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.documents.Documents;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code s3db get RESOURCE ID}: one record. */
@Command(
    name = "get",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prints one record as JSON, as s3db.js's get returns it.",
      "Exit code 1 if there is none.",
      "Cost: 1 HEAD (+ 1 GET for a record with fields in its body)."
    })
final class GetCommand extends ResourceCommand {
  @Parameters(index = "1", paramLabel = "ID", description = "The record's id.")
  String id = "";

  @Option(names = "--compact", description = "One line of JSON instead of indented JSON.")
  boolean compact;

  @Option(names = "--decrypt", description = "Shows secrets in clear instead of \"***\".")
  boolean decrypt;

  @Override
  int run(Session session) {
    Documents documents = session.documents(resource);
    Optional<ObjectNode> found = documents.find(id);
    if (found.isEmpty()) {
      throw CliException.failed("no record '" + id + "' in resource '" + resource + "'");
    }
    SecretMask mask = new SecretMask(documents.describe(), decrypt);
    Json.print(out(), mask.apply(found.get()), compact);
    return 0;
  }
}
