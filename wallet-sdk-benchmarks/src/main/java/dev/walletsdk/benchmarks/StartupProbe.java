/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Part 5 of docs/performance.md: the partner app's footprint and start. Sums the jars a partner app
 * using api, core and crypto resolves at run time (copied by {@code run.sh} with the dependency
 * plugin from {@code partner-app/pom.xml}), then starts {@link FirstCall} in fresh JVMs on that
 * class path plus the mock's jar, timing from just before the process starts to the line that says
 * the first call completed. Records beside it the client's part of each start (building the client
 * and the call, once the mock is ready, timed inside the process) and the CPU time the process
 * used, which the shared machine's load disturbs less than wall time. Writes {@code startup.json},
 * or the file named by the sixth argument.
 */
public final class StartupProbe {
  private StartupProbe() {}

  /**
   * Measures.
   *
   * @param args the results directory, the partner app's jar directory, the mock's jar, the
   *     directory or jar holding {@link FirstCall}, the number of starts, and optionally the name
   *     of the results file ({@code startup.json} if absent)
   * @throws IOException if a jar cannot be listed or the results cannot be written
   * @throws InterruptedException if interrupted while waiting for a start
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path libs = Path.of(args[1]);
    List<Path> jars;
    try (Stream<Path> files = Files.list(libs)) {
      jars = files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
    ObjectNode report = new ObjectMapper().createObjectNode();
    ArrayNode listed = report.putArray("jars");
    long total = 0;
    for (Path jar : jars) {
      long size = Files.size(jar);
      total += size;
      listed.addObject().put("name", jar.getFileName().toString()).put("bytes", size);
    }
    report.put("totalBytes", total);
    List<String> classPath = new ArrayList<>(jars.stream().map(Path::toString).toList());
    classPath.add(args[2]);
    classPath.add(args[3]);
    ArrayNode starts = report.putArray("millisToFirstCall");
    ArrayNode clientParts = report.putArray("clientMillis");
    ArrayNode cpu = report.putArray("cpuMillisToFirstCall");
    for (int i = 0; i < Integer.parseInt(args[4]); i++) {
      Start start = timeFirstCall(String.join(File.pathSeparator, classPath));
      starts.add(start.millis());
      clientParts.add(start.clientMillis());
      cpu.add(start.cpuMillis());
      System.out.printf(
          Locale.ROOT,
          "start %d: %.0f ms to the first completed call (client's part %.0f ms), %d ms CPU%n",
          i,
          start.millis(),
          start.clientMillis(),
          start.cpuMillis());
    }
    Path results = Path.of(args[0]);
    Files.createDirectories(results);
    String name = args.length > 5 ? args[5] : "startup.json";
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve(name).toFile(), report);
  }

  /**
   * One start.
   *
   * @param millis from just before the process started to its line {@code first call done}
   * @param clientMillis the part of it spent building the client and making the call, measured
   *     inside the process
   * @param cpuMillis the CPU time the process used up to that line, or -1 if unknown
   */
  private record Start(double millis, double clientMillis, long cpuMillis) {}

  private static Start timeFirstCall(String classPath) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    long start = System.nanoTime();
    Process process =
        new ProcessBuilder(java, "-cp", classPath, FirstCall.class.getName())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    double millis = -1;
    double clientMillis = -1;
    long cpuMillis = -1;
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("first call done")) {
          millis = (System.nanoTime() - start) / 1e6;
        } else if (line.startsWith("client millis ")) {
          clientMillis = Double.parseDouble(line.substring("client millis ".length()));
        } else if (line.startsWith("cpu millis ")) {
          cpuMillis = Long.parseLong(line.substring("cpu millis ".length()));
        }
      }
    }
    int exit = process.waitFor();
    if (millis < 0) {
      throw new IllegalStateException("the first call failed, exit " + exit);
    }
    return new Start(millis, clientMillis, cpuMillis);
  }
}
