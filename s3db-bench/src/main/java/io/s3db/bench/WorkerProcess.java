package io.s3db.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The coordinator's handle on one worker process (Node or a JVM): a JSON command a line on its
 * stdin, its JSON reply a line on its stdout; its stderr goes to a log file.
 */
final class WorkerProcess implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final Process process;
  private final BufferedWriter commands;
  private final BufferedReader replies;
  private final Path log;

  private WorkerProcess(String name, List<String> command, Path log) throws IOException {
    this.name = name;
    this.log = log;
    this.process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
    this.commands =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    this.replies =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  /** A JVM running {@code mainClass} with this JVM's class path. */
  static WorkerProcess java(
      String name, List<String> jvmOptions, String mainClass, List<String> args, Path logs) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return start(name, command, logs);
  }

  static WorkerProcess node(String name, Path script, Path nodeModules, Path logs) {
    return start(name, List.of("node", script.toString(), nodeModules.toString()), logs);
  }

  private static WorkerProcess start(String name, List<String> command, Path logs) {
    try {
      return new WorkerProcess(name, command, logs.resolve(name + ".log"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  static ObjectNode command(String cmd) {
    return JSON.createObjectNode().put("cmd", cmd);
  }

  /** A worker that has not answered in this long is stuck: it is killed, and the run fails. */
  private static final long REPLY_TIMEOUT_SECONDS = 600;

  private static final java.util.concurrent.ScheduledExecutorService WATCHDOG =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "worker-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** Sends {@code cmd} and waits for the reply; a failed command throws. */
  JsonNode call(ObjectNode cmd) {
    java.util.concurrent.ScheduledFuture<?> watchdog =
        WATCHDOG.schedule(
            process::destroyForcibly, REPLY_TIMEOUT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    try {
      commands.write(JSON.writeValueAsString(cmd));
      commands.newLine();
      commands.flush();
      String line = replies.readLine();
      // the JVM itself may print on stdout (JFR's "Started recording"): replies are JSON objects
      while (line != null && !line.startsWith("{")) {
        line = replies.readLine();
      }
      if (line == null) {
        throw new IllegalStateException(name + " ended; see " + log);
      }
      JsonNode reply = JSON.readTree(line);
      if (!reply.path("ok").asBoolean()) {
        throw new IllegalStateException(
            name + " failed " + cmd + ": " + reply.path("error").asText() + " (see " + log + ")");
      }
      return reply;
    } catch (IOException e) {
      throw new UncheckedIOException(name + ": " + cmd, e);
    } finally {
      watchdog.cancel(false);
    }
  }

  /**
   * The first line the process prints that starts with {@code prefix} (the server's {@code READY}
   * line with its endpoint); earlier lines (JFR's "Started recording") are skipped.
   */
  String firstLineStartingWith(String prefix) {
    try {
      for (String line = replies.readLine(); line != null; line = replies.readLine()) {
        if (line.startsWith(prefix)) {
          return line;
        }
      }
      throw new IllegalStateException(name + " ended; see " + log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the process at once (one whose work is stuck). */
  void kill() {
    process.destroyForcibly();
  }

  @Override
  public void close() {
    try {
      commands.close();
    } catch (IOException e) {
      // it is going away anyway
    }
    try {
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroy();
    }
  }
}
