package io.s3db.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.s3db.RepairReport;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code s3db repair RESOURCE}: partition references reconciled with the records. */
@Command(
    name = "repair",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reconciles partition references with the records.",
      "Puts every partition reference a record lacks and deletes every stale one (of records"
          + " gone, or under values they no longer have), then prints what it did as JSON. Run it"
          + " while the resource is quiet, or give --grace. Exit code 1 if some records could not"
          + " be read (their references are left as they are).",
      "Cost: 1 LIST per 1000 records and references, 1 HEAD per record, 1 request per fix."
    })
final class RepairCommand extends ResourceCommand {
  @Option(
      names = "--grace",
      paramLabel = "DURATION",
      description =
          "Leaves stale-looking references younger than this alone (ISO-8601, e.g. PT10M;"
              + " default: none).")
  Duration grace = Duration.ZERO;

  @Override
  int run(Session session) {
    RepairReport report = session.documents(resource).repair(grace);
    ObjectNode json = Json.MAPPER.createObjectNode();
    json.put("resource", resource);
    json.put("records", report.records());
    json.put("referencesAdded", report.referencesAdded());
    json.put("referencesRemoved", report.referencesRemoved());
    ArrayNode unreadable = json.putArray("unreadable");
    report.unreadable().forEach(unreadable::add);
    Json.print(out(), json, false);
    if (!report.unreadable().isEmpty()) {
      throw CliException.failed(
          report.unreadable().size() + " records could not be read: " + report.unreadable());
    }
    return 0;
  }
}
