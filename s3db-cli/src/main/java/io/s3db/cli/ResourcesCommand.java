package io.s3db.cli;

import picocli.CommandLine.Command;

/** {@code s3db resources}: the catalog's resource names, one per line. */
@Command(
    name = "resources",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the resources of the catalog s3db.json, one name per line.",
      "Cost: 1 GET."
    })
final class ResourcesCommand extends ConnectedCommand {
  @Override
  int run(Session session) {
    session.db().resources().forEach(out()::println);
    return 0;
  }
}
