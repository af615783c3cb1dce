package io.s3db.cli;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/**
 * Options the environment may give instead of the command line ({@code S3DB_URI}, {@code
 * S3DB_PASSPHRASE}). Not picocli's {@code ${env:…}} defaults: those read {@link System#getenv()},
 * which tests cannot set, and {@code --help} would print them, credentials and all.
 */
final class EnvironmentDefaults implements CommandLine.IDefaultValueProvider {
  static final String URI = "S3DB_URI";
  static final String PASSPHRASE = "S3DB_PASSPHRASE";

  private final Map<String, String> env;

  EnvironmentDefaults(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public @Nullable String defaultValue(CommandLine.Model.ArgSpec argSpec) {
    if (argSpec instanceof CommandLine.Model.OptionSpec option) {
      String variable =
          switch (option.longestName()) {
            case "--uri" -> URI;
            case "--passphrase" -> PASSPHRASE;
            default -> null;
          };
      if (variable != null) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? null : value;
      }
    }
    return null;
  }
}
