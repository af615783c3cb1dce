package io.s3db.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * One run of the command line, with its environment, streams and terminal made explicit so that
 * tests run commands in-process: {@code new Cli(env, in, out, err, false).execute("get", …)}.
 */
public final class Cli {
  private final Map<String, String> env;
  private final InputStream in;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean stderrTerminal;

  /**
   * A run with these surroundings.
   *
   * @param env the environment ({@code S3DB_URI}, {@code S3DB_PASSPHRASE})
   * @param in what {@code import … -} reads
   * @param out where results go
   * @param err where errors, warnings and the progress bar go
   * @param stderrTerminal whether {@code err} is a terminal (the progress bar shows only then)
   */
  public Cli(
      Map<String, String> env,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      boolean stderrTerminal) {
    this.env = Map.copyOf(env);
    this.in = in;
    this.out = out;
    this.err = err;
    this.stderrTerminal = stderrTerminal;
  }

  /** {@return a run on this process's environment and standard streams, in UTF-8} */
  static Cli system() {
    // FileDescriptor streams, buffered here: System.out flushes on every line, slow for exports
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16),
            false);
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true);
    return new Cli(
        System.getenv(),
        new FileInputStream(FileDescriptor.in),
        out,
        err,
        Terminal.stderrIsTerminal());
  }

  /**
   * Runs one command line.
   *
   * @param args the command and its arguments
   * @return the exit code: 0 done, 1 the operation failed, 2 a usage error
   */
  public int execute(String... args) {
    CommandLine commandLine = commandLine();
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new S3dbCommand(this));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setDefaultValueProvider(new EnvironmentDefaults(env));
    commandLine.setParameterExceptionHandler(Errors::usage);
    commandLine.setExecutionExceptionHandler(Errors::failure);
    return commandLine;
  }

  InputStream in() {
    return in;
  }

  PrintWriter out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  boolean stderrTerminal() {
    return stderrTerminal;
  }
}
