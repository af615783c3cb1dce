package io.s3db.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code s3db}: the root command, which only holds the others. */
@Command(
    name = "s3db",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Looks into, exports, imports and repairs the resources of an s3db bucket (s3db.js 21.x"
          + " layout) from its catalog s3db.json alone.",
      "",
      "Connect with --uri or S3DB_URI: s3://KEY:SECRET@bucket/prefix for AWS,"
          + " http://KEY:SECRET@host:port/bucket/prefix for MinIO and other S3 servers."
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 the operation failed (not found, refused, invalid lines), 2 usage"
          + " error.",
      "Run 's3db COMMAND --help' for a command's options."
    },
    subcommands = {
      ResourcesCommand.class,
      DescribeCommand.class,
      GetCommand.class,
      ListCommand.class,
      CountCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      StatsCommand.class,
      RepairCommand.class,
      CommandLine.HelpCommand.class
    })
final class S3dbCommand implements Callable<Integer> {
  private final Cli cli;

  @Spec CommandLine.Model.CommandSpec spec;

  S3dbCommand(Cli cli) {
    this.cli = cli;
  }

  Cli cli() {
    return cli;
  }

  /** Without a command there is nothing to do: the usage, on stderr, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
