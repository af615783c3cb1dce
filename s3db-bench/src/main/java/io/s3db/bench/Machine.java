package io.s3db.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the results must say about where they were measured. */
final class Machine {
  private Machine() {}

  /** {@code /proc/loadavg}'s 1, 5 and 15 minute averages, or "?" off Linux. */
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | UncheckedIOException e) {
      return "?";
    }
  }

  /** The 1-minute load average as a number (NaN off Linux). */
  static double load1() {
    String l = load();
    return l.equals("?") ? Double.NaN : Double.parseDouble(l.split(" ")[0]);
  }

  static String cpu() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          return l.substring(l.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // not Linux
    }
    return System.getProperty("os.arch");
  }

  static String memory() {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal")) {
          long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
          return String.format(java.util.Locale.ROOT, "%.1f GiB RAM", kb / 1048576.0);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // not Linux
    }
    return "? RAM";
  }

  static String description() {
    return cpu()
        + ", "
        + Runtime.getRuntime().availableProcessors()
        + " cores, "
        + memory()
        + ", "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version");
  }

  static String jdk() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vendor")
        + ")";
  }

  static String node() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      p.waitFor();
      return v;
    } catch (IOException e) {
      return "?";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "?";
    }
  }
}
