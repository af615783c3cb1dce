package io.s3db.cli;

import io.s3db.S3dbException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/**
 * How failures reach a shell user: one line on stderr, {@code s3db <command>: <what went wrong>},
 * and the exit code (1 failed, 2 usage); the stack trace only with {@code --verbose}.
 */
final class Errors {
  private Errors() {}

  /** A command line picocli could not parse: the message and where to find help, exit 2. */
  static int usage(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(
        command.getCommandSpec().qualifiedName() + ": " + oneLine(String.valueOf(e.getMessage())));
    err.println(
        "Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    return CommandLine.ExitCode.USAGE;
  }

  /** A command that threw: the exit code its kind of failure calls for. */
  static int failure(Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    if (e instanceof CommandLine.ParameterException usage) {
      return usage(usage, new String[0]);
    }
    int code = e instanceof CliException cli ? cli.exitCode() : CommandLine.ExitCode.SOFTWARE;
    err.println(name + ": " + message(e));
    if (verbose(parseResult)) {
      e.printStackTrace(err);
    } else if (!(e instanceof CliException)
        && !(e instanceof S3dbException)
        && !(e instanceof IOException)
        && !(e instanceof UncheckedIOException)) {
      // not one of the failures we expect: the trace is what a bug report needs
      err.println("(run again with --verbose for the stack trace)");
    }
    if (code == CommandLine.ExitCode.USAGE) {
      err.println("Try '" + name + " --help' for more information.");
    }
    err.flush();
    return code;
  }

  private static String message(Throwable e) {
    if (e instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return message(unchecked.getCause());
    }
    if (e instanceof NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    if (e instanceof IOException && e.getMessage() != null) {
      return oneLine(e.getMessage());
    }
    if (e instanceof CliException || e instanceof S3dbException) {
      return oneLine(String.valueOf(e.getMessage()));
    }
    return e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage()));
  }

  /** {@return the text on one line: a shell user greps and reads one line per error} */
  static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  private static boolean verbose(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
