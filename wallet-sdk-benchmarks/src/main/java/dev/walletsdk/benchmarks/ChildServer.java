/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server in its own JVM, started from this module's class path on an ephemeral loopback port, and
 * stopped on {@link #close()}. It is ready once it has printed every line the caller waits for;
 * what follows on its output is drained so that it never blocks.
 */
final class ChildServer implements AutoCloseable {
  private static final List<String> JVM_OPTIONS = List.of("-Xms1g", "-Xmx3g");

  private final Process process;
  private final List<String> captured;

  private ChildServer(Process process, List<String> captured) {
    this.process = process;
    this.captured = captured;
  }

  /**
   * Starts a main class and waits for its announcement.
   *
   * @param mainClass the server's main class
   * @param args its arguments
   * @param patterns one pattern per announced value, each with one group, in output order
   * @return the running server
   */
  static ChildServer start(String mainClass, List<String> args, List<Pattern> patterns) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    String recordings = System.getenv("SERVER_JFR_DIR");
    if (recordings != null) {
      command.add(
          "-XX:StartFlightRecording=settings=profile,filename="
              + Path.of(recordings, mainClass + "-" + System.nanoTime() + ".jfr"));
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      List<String> captured = new ArrayList<>();
      for (Pattern pattern : patterns) {
        captured.add(awaitLine(out, pattern, process));
      }
      Thread drain = new Thread(() -> drain(out), mainClass + "-output");
      drain.setDaemon(true);
      drain.start();
      return new ChildServer(process, captured);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + mainClass, e);
    }
  }

  private static String awaitLine(BufferedReader out, Pattern pattern, Process process)
      throws IOException {
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher matcher = pattern.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
    }
    process.destroyForcibly();
    throw new IllegalStateException("server exited before printing " + pattern);
  }

  private static void drain(BufferedReader out) {
    try {
      while (out.readLine() != null) {
        // discard: request logs of the server are not part of the measurement
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /**
   * Returns an announced value.
   *
   * @param index the pattern's position
   * @return the value its group matched
   */
  String value(int index) {
    return captured.get(index);
  }

  /**
   * Returns the CPU time the server process has used so far, user and system, from {@code
   * /proc/<pid>/stat} (Linux; in clock ticks, 10 ms each).
   *
   * @return nanoseconds
   */
  long cpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 10_000_000L;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the CPU time of the server", e);
    }
  }

  /** Stops the server, forcibly if it has not ended within ten seconds. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
