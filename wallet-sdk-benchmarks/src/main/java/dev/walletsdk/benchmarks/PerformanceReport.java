package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/**
 * Writes the tables of docs/performance.md from the raw results of one run, between the markers
 * {@value #BEGIN} and {@value #END}, leaving the prose around them alone.
 */
public final class PerformanceReport {
  static final String BEGIN = "<!-- results:begin (written by wallet-sdk-benchmarks/run.sh) -->";
  static final String END = "<!-- results:end -->";

  private final ObjectMapper mapper = new ObjectMapper();
  private final Path results;
  private final StringBuilder out = new StringBuilder();

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
    machine(command);
    clientOverhead(read("jmh-client.json"));
    throughput(read("load.json").get("throughput"));
    servers(read("load.json").get("servers"));
    ledger(read("jmh-ledger.json"), read("wallet-heap.json"));
    startup(read("startup.json"));
    return out.toString();
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

  private void clientOverhead(JsonNode jmh) {
    line("### 1. Client overhead per transfer call (in-process, canned response)");
    line("");
    line(
        "| call | SDK CPU µs/call | raw CPU µs/call | CPU ratio (goal ≤ 1.15) | SDK B/call |"
            + " raw B/call | allocation ratio (goal ≤ 1.5) | SDK wall µs/op | raw wall µs/op |");
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
      line(
          "| "
              + call
              + " | "
              + meanSd(sdkCpu, 2)
              + " | "
              + meanSd(rawCpu, 2)
              + " | "
              + ratio(cpuRatio, cpuRatio <= 1.15)
              + " | "
              + withError(sdkAlloc, 0)
              + " | "
              + withError(rawAlloc, 0)
              + " | "
              + ratio(allocRatio, allocRatio <= 1.5)
              + " | "
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

  private static double mean(double[] values) {
    return Arrays.stream(values).average().orElse(Double.NaN);
  }

  private static String meanSd(double[] values, int decimals) {
    double mean = mean(values);
    return fixed(mean, decimals) + " ± " + fixed(sd(values, mean), decimals);
  }

  private void throughput(JsonNode rows) {
    line("### 2. Loopback throughput and latency, transfers against the standalone mock");
    line("");
    line(
        "| client | callers | requests/s | p50 ms | p99 ms | client CPU µs/call |"
            + " server CPU µs/call | errors | ratio to raw (goal ≥ 0.9) |");
    line("|---|---|---|---|---|---|---|---|---|");
    for (JsonNode row : rows) {
      double raw =
          find(rows, "raw-okhttp", row.get("operation").asText(), row)
              .path("perSecond")
              .path("mean")
              .asDouble();
      double r = row.get("perSecond").get("mean").asDouble() / raw;
      line(
          "| "
              + row.get("client").asText()
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
              + (row.get("client").asText().equals("raw-okhttp")
                  ? "1 (the baseline)"
                  : row.get("client").asText().startsWith("raw")
                      ? fixed(r, 2) + "× (a floor, not an SDK row)"
                      : ratio(r, r >= 0.9))
              + " |");
    }
    line("");
  }

  private void servers(JsonNode rows) {
    line("### 3. Mock server against WireMock, same driver (raw OkHttp), same run");
    line("");
    line(
        "| operation | callers | mock requests/s | WireMock requests/s | ratio (goal ≥ 2) |"
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
      double r =
          mock.get("perSecond").get("mean").asDouble()
              / wire.get("perSecond").get("mean").asDouble();
      line(
          "| "
              + mock.get("operation").asText()
              + " | "
              + mock.get("callers").asInt()
              + " | "
              + meanSd(mock.get("perSecond"), 0)
              + " | "
              + meanSd(wire.get("perSecond"), 0)
              + " | "
              + ratio(r, r >= 2)
              + " | "
              + fixed(mock.get("p50Millis").get("mean").asDouble(), 3)
              + " / "
              + fixed(mock.get("p99Millis").get("mean").asDouble(), 3)
              + " | "
              + fixed(wire.get("p50Millis").get("mean").asDouble(), 3)
              + " / "
              + fixed(wire.get("p99Millis").get("mean").asDouble(), 3)
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
    line("### 4. Ledger engine in-process (idempotency and journal file on)");
    line("");
    line("| threads | transfers/s |");
    line("|---|---|");
    line(
        "| 1 | "
            + withError(
                benchmark(jmh, "LedgerBenchmark.transfersOneThread").get("primaryMetric"), 0)
            + " |");
    line(
        "| 2 | "
            + withError(
                benchmark(jmh, "LedgerBenchmark.transfersTwoThreads").get("primaryMetric"), 0)
            + " |");
    line("");
    double[] bytes = values(heap.get("bytesRetained"));
    double mean = Arrays.stream(bytes).average().orElse(Double.NaN);
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
            + fixed(mean / heap.get("wallets").asInt(), 0)
            + " bytes per wallet.");
    line("");
  }

  private void startup(JsonNode startup) {
    line("### 5. Footprint and start");
    line("");
    line(
        "Run-time jars of a partner app using api + core + crypto: **"
            + startup.get("jars").size()
            + " jars, "
            + fixed(startup.get("totalBytes").asLong() / 1e6, 2)
            + " MB** ("
            + startup.get("totalBytes").asLong()
            + " bytes).");
    line("");
    line("| jar | bytes |");
    line("|---|---|");
    for (JsonNode jar : startup.get("jars")) {
      line("| " + jar.get("name").asText() + " | " + jar.get("bytes").asLong() + " |");
    }
    line("");
    double[] starts = values(startup.get("millisToFirstCall"));
    double[] sorted = starts.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(starts).average().orElse(Double.NaN);
    line(
        "JVM start to first completed transfer against the in-process mock: median **"
            + fixed(sorted[sorted.length / 2], 0)
            + " ms**, mean "
            + fixed(mean, 0)
            + " ± "
            + fixed(sd(starts, mean), 0)
            + " ms over "
            + starts.length
            + " starts (min "
            + fixed(sorted[0], 0)
            + ", max "
            + fixed(sorted[sorted.length - 1], 0)
            + ").");
    line("");
  }

  private static JsonNode benchmark(JsonNode jmh, String suffix) {
    for (JsonNode b : jmh) {
      if (b.get("benchmark").asText().endsWith(suffix)) {
        return b;
      }
    }
    throw new IllegalStateException("no result for " + suffix);
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

  private static double score(JsonNode metric) {
    return metric.get("score").asDouble();
  }

  private static String withError(JsonNode metric, int decimals) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return fixed(score(metric), decimals)
        + (Double.isNaN(error) ? "" : " ± " + fixed(error, decimals));
  }

  private static String meanSd(JsonNode stat, int decimals) {
    return fixed(stat.get("mean").asDouble(), decimals)
        + " ± "
        + fixed(stat.get("sd").asDouble(), decimals);
  }

  private static String ratio(double ratio, boolean met) {
    return fixed(ratio, 2) + "× " + (met ? "(met)" : "(**missed**)");
  }

  private static double[] values(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).asDouble();
    }
    return values;
  }

  private static double sd(double[] values, double mean) {
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return values.length > 1 ? Math.sqrt(squares / (values.length - 1)) : 0;
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
