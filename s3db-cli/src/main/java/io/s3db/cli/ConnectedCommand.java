package io.s3db.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A command that connects to the database: the connection options, then {@link #run}. */
abstract class ConnectedCommand implements Callable<Integer> {
  @ParentCommand S3dbCommand root;

  @Spec CommandSpec spec;

  @Mixin ConnectionOptions connection;

  @Override
  public final Integer call() throws Exception {
    try (Session session = connection.open()) {
      return run(session);
    } finally {
      out().flush();
    }
  }

  /** {@return the exit code} of the command, run on an open connection */
  abstract int run(Session session) throws Exception;

  Cli cli() {
    return root.cli();
  }

  PrintWriter out() {
    return root.cli().out();
  }

  PrintWriter err() {
    return root.cli().err();
  }
}
