/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.model.Money;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The SDK over its JDK {@code HttpClient} transport against the raw JDK client posting precomputed
 * transfer bodies (the transport's own floor), on the same standalone mock and the same {@code
 * HttpClient}, in the same run: closed-loop rounds of {@link LoadRun} with 1 and 16 callers, the
 * two clients taking turns, the first round of each discarded as warm-up. Prints, per round and as
 * medians over the measured rounds, requests per second and this JVM's CPU time per call (the whole
 * process, and split by thread: callers, the client's selector and its workers, the common pool),
 * with the load average at start and end.
 *
 * <p>Arguments: seconds per round (default 3), measured rounds (default 3), the clients to run,
 * comma-separated (default {@code sdk-jdk,raw-jdk}; one alone for profiling one side with JFR;
 * {@code raw-jdk-timeout} is the raw client with a per-request {@code HttpRequest.timeout}, as the
 * SDK sets one), and warm-up rounds (default 1). The caller threads end with each round, so their
 * CPU time is the process's less that of the threads still alive ("callers" in the split).
 */
public final class JdkTransportBenchmark {
  private static final Money CENT = Money.of("0.01", "EUR");
  private static final int[] CALLERS = {1, 16};
  private static final long MAX_CALLS = 300_000;
  private static final AtomicLong KEYS = new AtomicLong();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private JdkTransportBenchmark() {}

  /** One client under load and what its rounds measured. */
  private record Scenario(String client, int callers, LoadRun.Call call, List<Round> rounds) {}

  /** One measured round: the run and the CPU time of each group of threads. */
  private record Round(LoadRun.Result result, Map<String, Long> threadCpuNanos) {}

  /**
   * Runs the comparison.
   *
   * @param args seconds per round, measured rounds, and optionally the only client to run
   * @throws IOException if the load average cannot be read
   */
  public static void main(String[] args) throws IOException {
    Duration round = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 3);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> clients = List.of((args.length > 2 ? args[2] : "sdk-jdk,raw-jdk").split(","));
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 1;
    System.out.println("load average at start: " + loadAverage());
    HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    try (LoadTarget mock = LoadTarget.startMock(16);
        WalletClient sdk =
            WalletClient.builder()
                .baseUrl(mock.baseUrl().toString())
                .apiKey(ApiKey.of(mock.apiKey()))
                .transport(JdkHttpTransports.wrap(jdk))
                .build()) {
      List<Scenario> scenarios = new ArrayList<>();
      for (int callers : CALLERS) {
        for (String client : clients) {
          LoadRun.Call call =
              switch (client) {
                case "sdk-jdk" -> sdkCall(sdk, mock);
                case "raw-jdk" -> rawCall(jdk, mock, null);
                case "raw-jdk-timeout" -> rawCall(jdk, mock, Duration.ofSeconds(20));
                default -> throw new IllegalArgumentException("unknown client " + client);
              };
          scenarios.add(new Scenario(client, callers, call, new ArrayList<>()));
        }
      }
      for (int r = 0; r < warmUp + rounds; r++) {
        for (Scenario scenario : scenarios) {
          Map<Long, Long> before = threadCpu();
          LoadRun.Result result =
              LoadRun.run(
                  scenario.callers(), round, MAX_CALLS, scenario.call(), mock.server()::cpuNanos);
          Map<String, Long> groups = groups(before, threadCpu());
          print(scenario, r, new Round(result, groups));
          if (r >= warmUp) {
            scenario.rounds().add(new Round(result, groups));
          }
        }
      }
      summarize(scenarios);
    }
    System.out.println("load average at end: " + loadAverage());
  }

  private static LoadRun.Call sdkCall(WalletClient client, LoadTarget mock) {
    return (caller, sequence) -> {
      client
          .transfers()
          .create(r -> r.from(mock.source(caller)).to(mock.destination(caller)).amount(CENT));
      return true;
    };
  }

  private static LoadRun.Call rawCall(HttpClient jdk, LoadTarget mock, @Nullable Duration timeout) {
    URI uri = mock.baseUrl().resolve("/v1/transfers");
    return (caller, sequence) -> {
      HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
      if (timeout != null) {
        builder.timeout(timeout);
      }
      HttpRequest request =
          builder
              .header("Authorization", "Bearer " + mock.apiKey())
              .header("Wallet-Api-Version", LoadTarget.API_VERSION)
              .header("Accept", "application/json")
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", "raw-jdk-" + KEYS.incrementAndGet())
              .POST(HttpRequest.BodyPublishers.ofByteArray(mock.transferBody(caller)))
              .build();
      HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 201
          && response.headers().firstValue("Idempotent-Replayed").isEmpty();
    };
  }

  private static Map<Long, Long> threadCpu() {
    Map<Long, Long> cpu = new LinkedHashMap<>();
    for (long id : THREADS.getAllThreadIds()) {
      cpu.put(id, Math.max(0, THREADS.getThreadCpuTime(id)));
    }
    return cpu;
  }

  /** CPU time per group of threads between two snapshots (threads that ended are not counted). */
  private static Map<String, Long> groups(Map<Long, Long> before, Map<Long, Long> after) {
    Map<String, Long> groups = new LinkedHashMap<>();
    for (String group : List.of("selector", "workers", "common-pool", "other")) {
      groups.put(group, 0L);
    }
    for (Map.Entry<Long, Long> thread : after.entrySet()) {
      var info = THREADS.getThreadInfo(thread.getKey());
      if (info == null) {
        continue;
      }
      long used = thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
      groups.merge(group(info.getThreadName()), used, Long::sum);
    }
    return groups;
  }

  private static String group(String name) {
    if (name.startsWith("HttpClient-") && name.endsWith("SelectorManager")) {
      return "selector";
    }
    if (name.startsWith("HttpClient-")) {
      return "workers";
    }
    if (name.startsWith("ForkJoinPool.commonPool")) {
      return "common-pool";
    }
    return "other";
  }

  private static void print(Scenario scenario, int round, Round measured) {
    LoadRun.Result result = measured.result();
    System.out.printf(
        Locale.ROOT,
        "%-8s callers=%2d round %d: %7.0f/s p50 %.3f ms CPU us/call %.1f (%s) errors %d%n",
        scenario.client(),
        scenario.callers(),
        round,
        result.perSecond(),
        result.percentileMillis(50),
        result.clientCpuMicrosPerCall(),
        perCall(measured),
        result.errors());
  }

  private static String perCall(Round measured) {
    long alive = measured.threadCpuNanos().values().stream().mapToLong(Long::longValue).sum();
    long calls = measured.result().calls();
    StringBuilder text =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "callers %.1f",
                (measured.result().clientCpuNanos() - alive) / 1e3 / calls));
    for (Map.Entry<String, Long> group : measured.threadCpuNanos().entrySet()) {
      text.append(", ")
          .append(group.getKey())
          .append(' ')
          .append(String.format(Locale.ROOT, "%.1f", group.getValue() / 1e3 / calls));
    }
    return text.toString();
  }

  private static void summarize(List<Scenario> scenarios) {
    System.out.println("medians over the measured rounds:");
    for (int callers : CALLERS) {
      double sdkRate = Double.NaN;
      double rawRate = Double.NaN;
      double sdkCpu = Double.NaN;
      double rawCpu = Double.NaN;
      for (Scenario scenario : scenarios) {
        if (scenario.callers() != callers || scenario.rounds().isEmpty()) {
          continue;
        }
        double rate = median(scenario, r -> r.result().perSecond());
        double cpu = median(scenario, r -> r.result().clientCpuMicrosPerCall());
        System.out.printf(
            Locale.ROOT,
            "%-8s callers=%2d: %7.0f/s client CPU %.1f us/call%n",
            scenario.client(),
            callers,
            rate,
            cpu);
        if (scenario.client().equals("sdk-jdk")) {
          sdkRate = rate;
          sdkCpu = cpu;
        } else if (scenario.client().equals("raw-jdk")) {
          rawRate = rate;
          rawCpu = cpu;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "callers=%2d: sdk-jdk / raw-jdk requests/s %.2f, CPU per call %.2f%n",
          callers,
          sdkRate / rawRate,
          sdkCpu / rawCpu);
    }
  }

  private static double median(
      Scenario scenario, java.util.function.ToDoubleFunction<Round> value) {
    double[] values = scenario.rounds().stream().mapToDouble(value).toArray();
    Arrays.sort(values);
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }

  private static String loadAverage() throws IOException {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
