/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.ApiKey;
import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.model.Money;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Parts 2 and 3 of docs/performance.md, over loopback HTTP with closed-loop callers ({@link
 * LoadRun}): the SDK (OkHttp and JDK transports) against the standalone mock, beside raw OkHttp
 * posting precomputed bodies (and the JDK client doing the same, its own floor); then the mock
 * against WireMock serving the same two exchanges, driven by the same raw OkHttp caller. Scenarios
 * take turns round by round; the first round warms up and is discarded. Writes {@code load.json} to
 * the results directory.
 */
public final class LoadDriver {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final Money CENT = Money.of("0.01", "EUR");
  private static final int[] CALLERS = {1, 16};
  private static final long MAX_CALLS = 300_000;

  /** Numbers idempotency keys, so that no raw write is ever answered by a replay. */
  private static final AtomicLong KEYS = new AtomicLong();

  private final Duration roundTime;
  private final int rounds;
  private final OkHttpClient okHttp =
      new OkHttpClient.Builder()
          .connectionPool(new ConnectionPool(32, 5, TimeUnit.MINUTES))
          .build();
  private final HttpClient jdk =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private LoadDriver(Duration roundTime, int rounds) {
    this.roundTime = roundTime;
    this.rounds = rounds;
  }

  /** A named load: a scenario's labels and its call. */
  private record Scenario(
      String part,
      String server,
      String client,
      String operation,
      int callers,
      LoadRun.Call call,
      ChildServer process) {}

  /**
   * Runs parts 2 and 3.
   *
   * @param args the results directory, the seconds per round, the number of measured rounds, and
   *     optionally {@code 2} or {@code 3} to run one part only (for profiling)
   * @throws IOException if the results cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path results = Path.of(args[0]);
    LoadDriver driver =
        new LoadDriver(Duration.ofSeconds(Long.parseLong(args[1])), Integer.parseInt(args[2]));
    ObjectNode report = new ObjectMapper().createObjectNode();
    report.put("roundSeconds", driver.roundTime.toSeconds());
    report.put("rounds", driver.rounds);
    String only = args.length > 3 ? args[3] : "all";
    if (!only.equals("3")) {
      report.set("throughput", driver.sdkAgainstRaw());
    }
    if (!only.equals("2")) {
      report.set("servers", driver.mockAgainstWireMock());
    }
    Files.createDirectories(results);
    new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(results.resolve("load.json").toFile(), report);
    driver.okHttp.connectionPool().evictAll();
    driver.okHttp.dispatcher().executorService().shutdown();
  }

  private ArrayNode sdkAgainstRaw() {
    try (LoadTarget mock = LoadTarget.startMock(16);
        WalletClient viaOkHttp = client(mock, OkHttpTransports.wrap(okHttp));
        WalletClient viaJdk = client(mock, JdkHttpTransports.wrap(jdk))) {
      List<Scenario> scenarios = new ArrayList<>();
      for (int callers : CALLERS) {
        scenarios.add(
            new Scenario(
                "2",
                "mock",
                "sdk-okhttp",
                "transfer",
                callers,
                sdk(viaOkHttp, mock),
                mock.server()));
        scenarios.add(
            new Scenario(
                "2", "mock", "sdk-jdk", "transfer", callers, sdk(viaJdk, mock), mock.server()));
        scenarios.add(
            new Scenario(
                "2",
                "mock",
                "raw-okhttp",
                "transfer",
                callers,
                rawTransfer(mock.baseUrl(), mock),
                mock.server()));
        scenarios.add(
            new Scenario(
                "2",
                "mock",
                "raw-jdk",
                "transfer",
                callers,
                rawJdkTransfer(mock.baseUrl(), mock),
                mock.server()));
      }
      return measure(scenarios);
    }
  }

  private ArrayNode mockAgainstWireMock() throws IOException {
    try (LoadTarget mock = LoadTarget.startMock(16);
        ChildServer wireMock = startWireMock(mock)) {
      URI wireMockUrl = URI.create(wireMock.value(0));
      List<Scenario> scenarios = new ArrayList<>();
      for (int callers : CALLERS) {
        for (String server : List.of("mock", "wiremock")) {
          URI base = server.equals("mock") ? mock.baseUrl() : wireMockUrl;
          ChildServer process = server.equals("mock") ? mock.server() : wireMock;
          scenarios.add(
              new Scenario(
                  "3", server, "raw-okhttp", "balance", callers, rawBalance(base, mock), process));
          scenarios.add(
              new Scenario(
                  "3",
                  server,
                  "raw-okhttp",
                  "transfer",
                  callers,
                  rawTransfer(base, mock),
                  process));
        }
      }
      return measure(scenarios);
    }
  }

  /** Records the mock's answers to the two exchanges and serves them from WireMock. */
  private ChildServer startWireMock(LoadTarget mock) throws IOException {
    String balancePath = "/v1/wallets/" + mock.source(0).value() + "/balances";
    Path balance = Files.createTempFile("balance", ".json");
    Path transfer = Files.createTempFile("transfer", ".json");
    try (Response read = okHttp.newCall(balanceRequest(mock.baseUrl(), mock, 0)).execute();
        Response write =
            okHttp
                .newCall(transferRequest(mock.baseUrl(), mock, 0, "wiremock-recording"))
                .execute()) {
      Files.write(balance, read.body().bytes());
      Files.write(transfer, write.body().bytes());
    }
    balance.toFile().deleteOnExit();
    transfer.toFile().deleteOnExit();
    return ChildServer.start(
        WireMockMain.class.getName(),
        List.of(balancePath, balance.toString(), transfer.toString(), mock.apiKey()),
        List.of(Pattern.compile("WireMock listening on (\\S+)")));
  }

  private ArrayNode measure(List<Scenario> scenarios) {
    List<List<LoadRun.Result>> results = new ArrayList<>();
    scenarios.forEach(s -> results.add(new ArrayList<>()));
    for (int round = 0; round <= rounds; round++) {
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        LoadRun.Result result =
            LoadRun.run(
                scenario.callers(),
                roundTime,
                MAX_CALLS,
                scenario.call(),
                scenario.process()::cpuNanos);
        System.out.printf(
            "part %s %-8s %-10s %-8s callers=%2d round %d: %8.0f/s p50 %.3f ms p99 %.3f ms"
                + " CPU us/call client %.1f server %.1f errors %d%n",
            scenario.part(),
            scenario.server(),
            scenario.client(),
            scenario.operation(),
            scenario.callers(),
            round,
            result.perSecond(),
            result.percentileMillis(50),
            result.percentileMillis(99),
            result.clientCpuMicrosPerCall(),
            result.serverCpuMicrosPerCall(),
            result.errors());
        if (round > 0) {
          results.get(i).add(result);
        }
      }
    }
    ArrayNode out = new ObjectMapper().createArrayNode();
    for (int i = 0; i < scenarios.size(); i++) {
      out.add(
          LoadReport.summary(
              scenarios.get(i).server(),
              scenarios.get(i).client(),
              scenarios.get(i).operation(),
              scenarios.get(i).callers(),
              results.get(i)));
    }
    return out;
  }

  private static WalletClient client(LoadTarget mock, dev.walletsdk.spi.Transport transport) {
    return WalletClient.builder()
        .baseUrl(mock.baseUrl().toString())
        .apiKey(ApiKey.of(mock.apiKey()))
        .transport(transport)
        .build();
  }

  private static LoadRun.Call sdk(WalletClient client, LoadTarget mock) {
    return (caller, sequence) -> {
      client
          .transfers()
          .create(r -> r.from(mock.source(caller)).to(mock.destination(caller)).amount(CENT));
      return true;
    };
  }

  private LoadRun.Call rawTransfer(URI base, LoadTarget mock) {
    return (caller, sequence) -> {
      String key = "raw-" + KEYS.incrementAndGet();
      try (Response response = okHttp.newCall(transferRequest(base, mock, caller, key)).execute()) {
        response.body().bytes();
        return response.code() == 201 && response.header("Idempotent-Replayed") == null;
      }
    };
  }

  /** The JDK client's own floor: the same precomputed request through {@code HttpClient.send}. */
  private LoadRun.Call rawJdkTransfer(URI base, LoadTarget mock) {
    URI uri = base.resolve("/v1/transfers");
    return (caller, sequence) -> {
      HttpRequest request =
          HttpRequest.newBuilder(uri)
              .header("Authorization", "Bearer " + mock.apiKey())
              .header("Wallet-Api-Version", LoadTarget.API_VERSION)
              .header("Accept", "application/json")
              .header("Content-Type", "application/json")
              .header("Idempotency-Key", "raw-" + KEYS.incrementAndGet())
              .POST(HttpRequest.BodyPublishers.ofByteArray(mock.transferBody(caller)))
              .build();
      HttpResponse<byte[]> response = jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return response.statusCode() == 201
          && response.headers().firstValue("Idempotent-Replayed").isEmpty();
    };
  }

  private LoadRun.Call rawBalance(URI base, LoadTarget mock) {
    return (caller, sequence) -> {
      try (Response response = okHttp.newCall(balanceRequest(base, mock, 0)).execute()) {
        response.body().bytes();
        return response.code() == 200;
      }
    };
  }

  private static Request transferRequest(URI base, LoadTarget mock, int caller, String key) {
    return authorized(mock)
        .url(base.resolve("/v1/transfers").toString())
        .header("Idempotency-Key", key)
        .post(RequestBody.create(mock.transferBody(caller), JSON))
        .build();
  }

  private static Request balanceRequest(URI base, LoadTarget mock, int caller) {
    return authorized(mock)
        .url(base.resolve("/v1/wallets/" + mock.source(caller).value() + "/balances").toString())
        .get()
        .build();
  }

  private static Request.Builder authorized(LoadTarget mock) {
    return new Request.Builder()
        .header("Authorization", "Bearer " + mock.apiKey())
        .header("Wallet-Api-Version", LoadTarget.API_VERSION)
        .header("Accept", "application/json");
  }
}
