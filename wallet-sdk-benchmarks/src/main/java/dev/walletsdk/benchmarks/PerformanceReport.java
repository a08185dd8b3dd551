/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import static dev.walletsdk.benchmarks.ReportFormat.benchmark;
import static dev.walletsdk.benchmarks.ReportFormat.fixed;
import static dev.walletsdk.benchmarks.ReportFormat.mean;
import static dev.walletsdk.benchmarks.ReportFormat.meanSd;
import static dev.walletsdk.benchmarks.ReportFormat.median;
import static dev.walletsdk.benchmarks.ReportFormat.score;
import static dev.walletsdk.benchmarks.ReportFormat.sd;
import static dev.walletsdk.benchmarks.ReportFormat.values;
import static dev.walletsdk.benchmarks.ReportFormat.withError;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the tables of docs/performance.md from the raw results of one run, between the markers
 * {@value #BEGIN} and {@value #END}, leaving the prose around them alone. The first table lists
 * every goal with its result in this run; the sections after it hold the measurements.
 */
public final class PerformanceReport {
  static final String BEGIN = "<!-- results:begin (written by wallet-sdk-benchmarks/run.sh) -->";
  static final String END = "<!-- results:end -->";

  /** Bytes of heap a wallet opened and funded once may retain (issue 17). */
  static final double WALLET_BYTES_GOAL = 1_000;

  /** Bytes of run-time jars of a partner app on the JDK transport only (issue 18). */
  static final long JDK_APP_BYTES_GOAL = 7_000_000;

  private final ObjectMapper mapper = new ObjectMapper();
  private final Path results;
  private final StringBuilder out = new StringBuilder();
  private final List<Goal> goals = new ArrayList<>();

  /** One goal of an issue and how this run measured against it. */
  private record Goal(String measure, String result, String goal, boolean met) {}

  private PerformanceReport(Path results) {
    this.results = results;
  }

  /**
   * Writes the tables.
   *
   * @param args the results directory, docs/performance.md, the command that was run
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    PerformanceReport report = new PerformanceReport(Path.of(args[0]));
    String tables = report.tables(args[2]);
    Path doc = Path.of(args[1]);
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    if (begin < 0 || end < begin) {
      throw new IllegalStateException(doc + " has no results markers");
    }
    Files.writeString(
        doc,
        text.substring(0, begin + BEGIN.length()) + "\n" + tables + text.substring(end),
        StandardCharsets.UTF_8);
    Files.writeString(report.results.resolve("tables.md"), tables, StandardCharsets.UTF_8);
  }

  private String tables(String command) throws IOException {
    clientOverhead(read("jmh-client.json"));
    throughput(read("load.json").get("throughput"));
    servers(read("load.json").get("servers"));
    ledger(read("jmh-ledger.json"), read("wallet-heap.json"));
    if (Files.exists(results.resolve("jmh-signers.json"))) {
      signers(read("jmh-signers.json"));
    }
    startup(read("startup.json"));
    String sections = out.toString();
    out.setLength(0);
    machine(command);
    goalTable();
    return out + sections;
  }

  private JsonNode read(String name) throws IOException {
    return mapper.readTree(results.resolve(name).toFile());
  }

  private void machine(String command) throws IOException {
    String cpu =
        Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
            .filter(l -> l.startsWith("model name"))
            .map(l -> l.substring(l.indexOf(':') + 1).trim())
            .findFirst()
            .orElse("unknown");
    line("Run of " + Instant.now().truncatedTo(ChronoUnit.MINUTES) + ".");
    line("");
    line("| machine | |");
    line("|---|---|");
    line("| cores (`nproc`) | " + Runtime.getRuntime().availableProcessors() + " |");
    line("| CPU | " + cpu + " |");
    line(
        "| JDK | "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + " |");
    line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " |");
    for (String load : Files.readAllLines(results.resolve("machine.txt"))) {
      if (load.startsWith("load average")) {
        line(
            "| "
                + load.substring(0, load.indexOf(':'))
                + " | "
                + load.substring(load.indexOf(':') + 1).trim()
                + " |");
      }
    }
    line("| command | `" + command + "` |");
    line("");
  }

  private void goalTable() {
    line("### Goals in this run");
    line("");
    line("| measure | result | goal | status |");
    line("|---|---|---|---|");
    for (Goal goal : goals) {
      line(
          "| "
              + goal.measure()
              + " | "
              + goal.result()
              + " | "
              + goal.goal()
              + " | "
              + (goal.met() ? "met" : "**missed**")
              + " |");
    }
    line("");
  }

  private void goal(String measure, String result, String goal, boolean met) {
    goals.add(new Goal(measure, result, goal, met));
  }

  private void clientOverhead(JsonNode jmh) {
    line("### 1. Client overhead per transfer call (in-process, canned response)");
    line("");
    line(
        "| call | SDK CPU µs/call | raw CPU µs/call | CPU ratio | SDK B/call | raw B/call |"
            + " allocation ratio | SDK wall µs/op | raw wall µs/op |");
    line("|---|---|---|---|---|---|---|---|---|");
    for (String call : new String[] {"plain", "secure"}) {
      JsonNode sdk = benchmark(jmh, "ClientOverheadBenchmark." + call + "Sdk");
      JsonNode raw = benchmark(jmh, "ClientOverheadBenchmark." + call + "Raw");
      double[] sdkCpu = cpuMicrosPerCall(sdk);
      double[] rawCpu = cpuMicrosPerCall(raw);
      JsonNode sdkAlloc = sdk.path("secondaryMetrics").path("gc.alloc.rate.norm");
      JsonNode rawAlloc = raw.path("secondaryMetrics").path("gc.alloc.rate.norm");
      double cpuRatio = mean(sdkCpu) / mean(rawCpu);
      double allocRatio = score(sdkAlloc) / score(rawAlloc);
      double cpuGoal = call.equals("plain") ? 1.15 : 1.10;
      goal(
          call + " call, client CPU vs raw floor",
          fixed(cpuRatio, 2) + "×",
          "≤ " + fixed(cpuGoal, 2) + "×",
          cpuRatio <= cpuGoal);
      if (call.equals("plain")) {
        goal(
            "plain call, allocation vs raw floor",
            fixed(allocRatio, 2) + "×",
            "≤ 1.5×",
            allocRatio <= 1.5);
      }
      line(
          "| "
              + call
              + " | "
              + meanSd(sdkCpu, 2)
              + " | "
              + meanSd(rawCpu, 2)
              + " | "
              + fixed(cpuRatio, 2)
              + "× | "
              + withError(sdkAlloc, 0)
              + " | "
              + withError(rawAlloc, 0)
              + " | "
              + fixed(allocRatio, 2)
              + "× | "
              + withError(sdk.get("primaryMetric"), 2)
              + " | "
              + withError(raw.get("primaryMetric"), 2)
              + " |");
    }
    line("");
    line(
        "CPU time is the benchmark thread's, per measured iteration (mean ± sd over iterations);"
            + " allocation and wall time carry JMH's 99.9% confidence intervals.");
    line("");
  }

  /** CPU microseconds per call of each measured iteration, from the {@link CpuClock} counters. */
  private static double[] cpuMicrosPerCall(JsonNode benchmark) {
    JsonNode cpu = benchmark.path("secondaryMetrics").path("cpuNanos").path("rawData").get(0);
    JsonNode calls = benchmark.path("secondaryMetrics").path("calls").path("rawData").get(0);
    double[] perCall = new double[cpu.size()];
    for (int i = 0; i < perCall.length; i++) {
      perCall[i] = cpu.get(i).asDouble() / calls.get(i).asDouble() / 1e3;
    }
    return perCall;
  }

  private void throughput(JsonNode rows) {
    line("### 2. Loopback throughput and latency, transfers against the standalone mock");
    line("");
    line(
        "Each SDK row is compared with the raw client of the same HTTP library: `sdk-okhttp` with"
            + " `raw-okhttp`, `sdk-jdk` with `raw-jdk` (the JDK transport's own floor).");
    line("");
    line(
        "| client | callers | requests/s | p50 ms | p99 ms | client CPU µs/call |"
            + " server CPU µs/call | errors | requests/s vs floor | p99 vs floor |");
    line("|---|---|---|---|---|---|---|---|---|---|");
    for (JsonNode row : rows) {
      String client = row.get("client").asText();
      String floorName = client.startsWith("sdk-") ? "raw-" + client.substring(4) : null;
      String versus = "(a floor)";
      String p99Versus = "";
      if (floorName != null) {
        JsonNode floor = find(rows, floorName, row.get("operation").asText(), row);
        double r = statMean(row, "perSecond") / statMean(floor, "perSecond");
        double p99 = statMean(row, "p99Millis") / statMean(floor, "p99Millis");
        versus = fixed(r, 2) + "×";
        p99Versus = fixed(p99, 2) + "×";
        throughputGoals(client, row.get("callers").asInt(), r, p99);
      }
      line(
          "| "
              + client
              + " | "
              + row.get("callers").asInt()
              + " | "
              + meanSd(row.get("perSecond"), 0)
              + " | "
              + meanSd(row.get("p50Millis"), 3)
              + " | "
              + meanSd(row.get("p99Millis"), 3)
              + " | "
              + meanSd(row.get("clientCpuMicrosPerCall"), 0)
              + " | "
              + meanSd(row.get("serverCpuMicrosPerCall"), 0)
              + " | "
              + row.get("errors").asLong()
              + " | "
              + versus
              + " | "
              + p99Versus
              + " |");
    }
    line("");
  }

  private void throughputGoals(String client, int callers, double ratio, double p99) {
    String who = "SDK over " + (client.equals("sdk-jdk") ? "the JDK client" : "OkHttp");
    String floor = client.equals("sdk-jdk") ? "raw JDK `HttpClient`" : "raw OkHttp";
    if (client.equals("sdk-jdk")) {
      goal(
          who
              + " vs "
              + floor
              + ", "
              + callers
              + (callers == 1 ? " caller" : " callers")
              + ", requests/s",
          fixed(ratio, 2) + "×",
          "≥ 0.9×",
          ratio >= 0.9);
    } else if (callers == 1) {
      goal(
          who + " vs " + floor + ", 1 caller, requests/s",
          fixed(ratio, 2) + "×",
          "≥ 0.95×",
          ratio >= 0.95);
      goal(who + " vs " + floor + ", 1 caller, p99", fixed(p99, 2) + "×", "≤ 1.2×", p99 <= 1.2);
    }
  }

  private static double statMean(JsonNode row, String stat) {
    return row.path(stat).path("mean").asDouble();
  }

  private void servers(JsonNode rows) {
    line("### 3. Mock server against WireMock, same driver (raw OkHttp), same run");
    line("");
    line(
        "| operation | callers | mock requests/s | WireMock requests/s | ratio |"
            + " mock p50 / p99 ms | WireMock p50 / p99 ms | server CPU µs/request, mock / WireMock |"
            + " errors |");
    line("|---|---|---|---|---|---|---|---|---|");
    for (JsonNode mock : rows) {
      if (!mock.get("server").asText().equals("mock")) {
        continue;
      }
      JsonNode wire = null;
      for (JsonNode other : rows) {
        if (other.get("server").asText().equals("wiremock")
            && other.get("operation").equals(mock.get("operation"))
            && other.get("callers").equals(mock.get("callers"))) {
          wire = other;
        }
      }
      if (wire == null) {
        throw new IllegalStateException("no WireMock row for " + mock);
      }
      String operation = mock.get("operation").asText();
      double r = statMean(mock, "perSecond") / statMean(wire, "perSecond");
      if (mock.get("callers").asInt() == 16) {
        double target = operation.equals("balance") ? 2.0 : 1.5;
        goal(
            "mock vs WireMock, " + operation + ", 16 callers",
            fixed(r, 2) + "×",
            "≥ " + target + "×",
            r >= target);
      }
      line(
          "| "
              + operation
              + " | "
              + mock.get("callers").asInt()
              + " | "
              + meanSd(mock.get("perSecond"), 0)
              + " | "
              + meanSd(wire.get("perSecond"), 0)
              + " | "
              + fixed(r, 2)
              + "× | "
              + fixed(statMean(mock, "p50Millis"), 3)
              + " / "
              + fixed(statMean(mock, "p99Millis"), 3)
              + " | "
              + fixed(statMean(wire, "p50Millis"), 3)
              + " / "
              + fixed(statMean(wire, "p99Millis"), 3)
              + " | "
              + meanSd(mock.get("serverCpuMicrosPerCall"), 0)
              + " / "
              + meanSd(wire.get("serverCpuMicrosPerCall"), 0)
              + " | "
              + (mock.get("errors").asLong() + wire.get("errors").asLong())
              + " |");
    }
    line("");
  }

  private void ledger(JsonNode jmh, JsonNode heap) {
    line("### 4. Ledger engine in-process");
    line("");
    line("| benchmark | threads | operations/s |");
    line("|---|---|---|");
    JsonNode core = benchmark(jmh, "LedgerCoreBenchmark.post").get("primaryMetric");
    goal(
        "ledger core, two-leg postings/s, 1 thread",
        fixed(score(core), 0),
        "≥ 300,000",
        score(core) >= 300_000);
    line("| ledger core: a two-leg posting with hash chaining | 1 | " + withError(core, 0) + " |");
    JsonNode one = benchmark(jmh, "LedgerBenchmark.transfersOneThread").get("primaryMetric");
    JsonNode two = benchmark(jmh, "LedgerBenchmark.transfersTwoThreads").get("primaryMetric");
    goal(
        "full in-process transfers/s, 2 threads",
        fixed(score(two), 0),
        "≥ 20,000",
        score(two) >= 20_000);
    line(
        "| full in-process transfer (journal file, idempotency, receipt) | 1 | "
            + withError(one, 0)
            + " |");
    line(
        "| full in-process transfer (journal file, idempotency, receipt) | 2 | "
            + withError(two, 0)
            + " |");
    line("");
    double[] bytes = values(heap.get("bytesRetained"));
    double mean = mean(bytes);
    double perWallet = mean / heap.get("wallets").asInt();
    goal(
        "heap per wallet opened and funded",
        fixed(perWallet, 0) + " B",
        "≤ " + fixed(WALLET_BYTES_GOAL, 0) + " B",
        perWallet <= WALLET_BYTES_GOAL);
    line(
        "Heap retained per "
            + heap.get("wallets").asInt()
            + " wallets (each opened and funded once): **"
            + fixed(mean / 1e6, 1)
            + " MB** ± "
            + fixed(sd(bytes, mean) / 1e6, 1)
            + " MB (mean ± sd of "
            + bytes.length
            + " fresh mocks; each: "
            + Arrays.toString(Arrays.stream(bytes).mapToLong(b -> (long) b).toArray())
            + " bytes), about "
            + fixed(perWallet, 0)
            + " bytes per wallet.");
    line("");
  }

  private void signers(JsonNode jmh) {
    line("#### Ed25519 signers available to the mock (the same signature, checked at set-up)");
    line("");
    line("| signer | wall time per signature | CPU µs per signature | B per signature |");
    line("|---|---|---|---|");
    for (JsonNode b : jmh) {
      String name = b.get("benchmark").asText();
      JsonNode metric = b.get("primaryMetric");
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      line(
          "| "
              + name.substring(name.lastIndexOf('.') + 1)
              + " | "
              + withError(metric, 1)
              + " "
              + metric.path("scoreUnit").asText()
              + " | "
              + (b.path("secondaryMetrics").has("cpuNanos") ? meanSd(cpuMicrosPerCall(b), 1) : "—")
              + " | "
              + (alloc.isMissingNode() ? "—" : withError(alloc, 0))
              + " |");
    }
    line("");
  }

  private void startup(JsonNode startup) throws IOException {
    line("### 5. Footprint and start");
    line("");
    long total = startup.get("totalBytes").asLong();
    goal(
        "run-time jars of a partner app on the JDK transport only",
        fixed(total / 1e6, 2) + " MB",
        "≤ 7 MB",
        total <= JDK_APP_BYTES_GOAL);
    footprint(
        "Run-time jars of a partner app using api + core + crypto (JDK transport, no OkHttp)",
        startup);
    JsonNode withOkHttp = null;
    if (Files.exists(results.resolve("startup-okhttp.json"))) {
      withOkHttp = read("startup-okhttp.json");
      footprint("The same app with `okhttp-jvm` declared (the OkHttp transport)", withOkHttp);
    }
    if (Files.exists(results.resolve("footprint-plain.json"))) {
      footprint(
          "The same app without wallet-sdk-crypto (no client-side cryptography: api + core)",
          read("footprint-plain.json"));
    }
    double median = median(values(startup.get("millisToFirstCall")));
    goal(
        "JVM start to first completed call, median",
        fixed(median, 0) + " ms",
        "≤ 800 ms",
        median <= 800);
    line(
        "| app | starts | wall ms to first call, median (min–max) | process CPU ms, median |"
            + " client's part ms, median |");
    line("|---|---|---|---|---|");
    starts("JDK transport", startup);
    if (withOkHttp != null) {
      starts("OkHttp transport", withOkHttp);
    }
    line("");
    line(
        "Wall time runs from just before the JVM is launched to the line printed after the first"
            + " completed transfer against the in-process mock; the client's part is the time"
            + " from building the client to the end of that transfer, after the mock is ready.");
    line("");
  }

  private void starts(String app, JsonNode startup) {
    double[] wall = values(startup.get("millisToFirstCall"));
    double[] sorted = wall.clone();
    Arrays.sort(sorted);
    line(
        "| "
            + app
            + " | "
            + wall.length
            + " | "
            + fixed(median(wall), 0)
            + " ("
            + fixed(sorted[0], 0)
            + "–"
            + fixed(sorted[sorted.length - 1], 0)
            + ") | "
            + medianOf(startup, "cpuMillisToFirstCall")
            + " | "
            + medianOf(startup, "clientMillis")
            + " |");
  }

  private static String medianOf(JsonNode startup, String name) {
    JsonNode array = startup.get(name);
    return array == null || array.isEmpty() ? "—" : fixed(median(values(array)), 0);
  }

  private void footprint(String title, JsonNode app) {
    line(
        title
            + ": **"
            + app.get("jars").size()
            + " jars, "
            + fixed(app.get("totalBytes").asLong() / 1e6, 2)
            + " MB** ("
            + app.get("totalBytes").asLong()
            + " bytes).");
    line("");
    line("| jar | bytes |");
    line("|---|---|");
    for (JsonNode jar : app.get("jars")) {
      line("| " + jar.get("name").asText() + " | " + jar.get("bytes").asLong() + " |");
    }
    line("");
  }

  private static JsonNode find(JsonNode rows, String client, String operation, JsonNode like) {
    for (JsonNode row : rows) {
      if (row.get("client").asText().equals(client)
          && row.get("operation").asText().equals(operation)
          && row.get("callers").equals(like.get("callers"))) {
        return row;
      }
    }
    throw new IllegalStateException("no " + client + " row");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
