package io.s3db.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether stderr is a terminal, which Java does not tell (its console needs stdin and stdout to be
 * one, and {@code s3db export … > file} redirects stdout). The launcher script knows ({@code [ -t 2
 * ]}) and passes {@code -Ds3db.stderr.tty}; without it, Linux's {@code /proc/self/fd/2} link names
 * the device.
 */
final class Terminal {
  private Terminal() {}

  static boolean stderrIsTerminal() {
    String told = System.getProperty("s3db.stderr.tty");
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // not Linux, or not allowed to look
    }
    return false; // unknown: no bar (--progress asks for one)
  }
}
