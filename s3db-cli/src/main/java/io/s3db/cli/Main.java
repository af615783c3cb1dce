package io.s3db.cli;

/** The entry point of {@code s3db.jar}: runs one command and exits with its code. */
public final class Main {
  private Main() {}

  /**
   * Runs the command line.
   *
   * @param args the command and its arguments, as the shell gives them
   */
  public static void main(String[] args) {
    System.exit(Cli.system().execute(args));
  }
}
