package io.s3db.cli;

import picocli.CommandLine;

/**
 * A failure the CLI reports in one line on stderr, with the exit code a shell user expects: {@link
 * CommandLine.ExitCode#SOFTWARE} (1) when the operation failed, {@link CommandLine.ExitCode#USAGE}
 * (2) when the command line asked for something that cannot be.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private CliException(String message, int exitCode) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** {@return an operation failure: a record not found, a write refused} */
  static CliException failed(String message) {
    return new CliException(message, CommandLine.ExitCode.SOFTWARE);
  }

  /** {@return a usage error: a partition that does not exist, options that exclude each other} */
  static CliException usage(String message) {
    return new CliException(message, CommandLine.ExitCode.USAGE);
  }

  int exitCode() {
    return exitCode;
  }
}
