package io.s3db.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One command run in-process, as a shell would run it: its exit code, stdout and stderr. */
record Run(int code, String out, String err) {

  /** Runs with {@code S3DB_URI} (and more of the environment) set, stdin empty. */
  static Run of(Map<String, String> env, String... args) {
    return withInput(env, "", args);
  }

  static Run withInput(Map<String, String> env, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new Cli(
                env,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out),
                new PrintWriter(err),
                false)
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  static Map<String, String> env(String uri, String... more) {
    Map<String, String> env = new HashMap<>();
    env.put("S3DB_URI", uri);
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  List<String> lines() {
    return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
  }

  List<String> errLines() {
    return err.isEmpty() ? List.of() : List.of(err.split("\\R"));
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- out\n" + out + "--- err\n" + err;
  }
}
