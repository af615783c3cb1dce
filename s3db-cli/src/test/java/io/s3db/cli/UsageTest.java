package io.s3db.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help, version and usage errors: what a shell user gets before any request is sent. */
class UsageTest {
  private static final List<String> COMMANDS =
      List.of(
          "resources", "describe", "get", "list", "count", "export", "import", "stats", "repair");

  @Test
  void helpOfEveryCommandGoesToStdoutWithExitZero() {
    Run root = Run.of(Map.of(), "--help");
    assertEquals(0, root.code(), root::toString);
    assertTrue(root.out().startsWith("Usage: s3db"), root::toString);
    for (String command : COMMANDS) {
      assertTrue(root.out().contains("  " + command + " "), command + " in " + root.out());
      Run help = Run.of(Map.of(), command, "--help");
      assertEquals(0, help.code(), help::toString);
      assertTrue(help.out().startsWith("Usage: s3db " + command), help::toString);
      assertTrue(help.out().contains("--uri"), help::toString);
      assertEquals("", help.err());
      assertEquals(0, Run.of(Map.of(), "help", command).code());
    }
  }

  @Test
  void versionEverywhere() {
    for (String[] args : List.of(new String[] {"--version"}, new String[] {"get", "-V"})) {
      Run run = Run.of(Map.of(), args);
      assertEquals(0, run.code(), run::toString);
      assertTrue(run.out().matches("(?s)s3db \\d+\\.\\d+\\.\\d+.*"), run::toString);
    }
  }

  @Test
  void usageErrorsExitTwoWithOneLineAndWhereHelpIs() {
    Run nothing = Run.of(Map.of());
    assertEquals(2, nothing.code());
    assertTrue(nothing.err().contains("Usage: s3db"), nothing::toString);

    Run unknown = Run.of(Map.of(), "frobnicate");
    assertEquals(2, unknown.code());
    assertTrue(unknown.errLines().get(0).startsWith("s3db: Unmatched argument"), unknown::toString);
    assertEquals("Try 's3db --help' for more information.", unknown.errLines().get(1));

    Run missing = Run.of(Map.of(), "get", "orders");
    assertEquals(2, missing.code());
    assertEquals(
        List.of(
            "s3db get: Missing required parameter: 'ID'",
            "Try 's3db get --help' for more information."),
        missing.errLines());

    Run noUri = Run.of(Map.of(), "count", "orders");
    assertEquals(2, noUri.code());
    assertEquals(
        "s3db count: no database given: pass --uri URI or set S3DB_URI", noUri.errLines().get(0));

    Run badUri = Run.of(Map.of(), "count", "orders", "--uri", "ftp://x/y");
    assertEquals(2, badUri.code(), badUri::toString);
    assertTrue(badUri.errLines().get(0).contains("scheme 'ftp'"), badUri::toString);

    Run badFormat = Run.of(Map.of("S3DB_URI", "s3://b"), "export", "orders", "--format", "xml");
    assertEquals(2, badFormat.code(), badFormat::toString);
    assertTrue(badFormat.err().contains("jsonl"), badFormat::toString);
  }
}
