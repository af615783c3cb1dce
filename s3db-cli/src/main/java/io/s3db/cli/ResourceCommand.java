package io.s3db.cli;

import picocli.CommandLine.Parameters;

/** A command on one resource of the catalog, named by its first parameter. */
abstract class ResourceCommand extends ConnectedCommand {
  @Parameters(index = "0", paramLabel = "RESOURCE", description = "The resource, as in s3db.json.")
  String resource = "";
}
