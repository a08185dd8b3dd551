/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.ApiKey;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.Sleeper;
import dev.walletsdk.spi.Transport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Crash and restart: the standalone mock server runs as a child JVM with a journal; in the middle
 * of a concurrent load of transfers and payments it is killed with SIGKILL ({@link
 * Process#destroyForcibly()}), twice, and started again on the same port from the same journal. The
 * clients' retries, with the same idempotency keys, must complete every call, and afterwards
 * nothing is lost, nothing is doubled, balances are conserved and the hash chain is intact.
 *
 * <p>While the server is down, the client's retry waits block until it is back instead of passing
 * time, so the test never sleeps.
 */
class CrashRestartTest {
  private static final int N = 600;
  private static final int THREADS = 8;
  private static final int WALLETS = 8;
  private static final int CRASHES = 2;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Talks to the control plane; one client for every server generation. */
  private static final HttpClient CONTROL = HttpClient.newHttpClient();

  @TempDir Path dir;

  /** A running child-process server. */
  private record Child(Process process, URI baseUrl, String apiKey) {}

  /** Retry waits that return at once while the server is up and block while it is restarting. */
  private static final class RestartGate implements Sleeper {
    private CompletableFuture<Void> up = CompletableFuture.completedFuture(null);

    synchronized void close() {
      up = new CompletableFuture<>();
    }

    synchronized void open() {
      up.complete(null);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      CompletableFuture<Void> current;
      synchronized (this) {
        current = up;
      }
      try {
        current.get(60, TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new IllegalStateException("the server did not come back", e);
      }
    }
  }

  /** Each configuration on each transport. */
  static Stream<Arguments> runs() {
    return Stream.concat(
        Stream.of("plain", "secure")
            .flatMap(config -> Stream.of("okhttp", "jdk").map(t -> Arguments.of(config, t))),
        // Membership tiers with real benefits, across the crashes; one transport proves them.
        Stream.of(Arguments.of("tiers", "jdk")));
  }

  @ParameterizedTest(name = "{0} over {1}")
  @MethodSource("runs")
  void killedServerRestartsFromItsJournalAndRetriesCompleteExactlyOnce(
      String config, String transportName) throws Exception {
    boolean secure = config.equals("secure");
    boolean tiers = config.equals("tiers");
    Path journal = dir.resolve("mock.journal");
    Child first = start(journal, 0, 0);
    List<Child> children = new ArrayList<>(List.of(first));
    int port = first.baseUrl().getPort();
    RestartGate gate = new RestartGate();
    AtomicInteger restarts = new AtomicInteger();
    AtomicInteger retries = new AtomicInteger();
    PlatformClock platformClock = new PlatformClock(first.baseUrl(), gate);
    SecureConfiguration security = new SecureConfiguration(platformClock, platformClock::advance);
    String apiKey = first.apiKey();
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl(first.baseUrl().toString())
            .retries(RetryPolicy.builder().maxRetries(6).build())
            .sleeper(gate)
            .addListener(
                new RequestListener() {
                  @Override
                  public void onRetry(
                      CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
                    retries.incrementAndGet();
                  }
                });
    if (secure) {
      // A partner of its own, so the default partner's unsigned setup calls stay possible.
      JsonNode partner =
          JSON.readTree(post(first.baseUrl(), "/_mock/partners", "{\"name\":\"s\"}"));
      apiKey = partner.get("apiKey").asText();
      List<ServerKey> serverKeys;
      try (WalletClient bootstrap = builder.apiKey(ApiKey.of(apiKey)).build()) {
        serverKeys = bootstrap.keys().list();
      }
      String publicKey =
          Base64.getUrlEncoder().withoutPadding().encodeToString(security.publicKey());
      JsonNode key =
          JSON.readTree(
              post(
                  first.baseUrl(),
                  "/_mock/partners/" + partner.get("partnerId").asText() + "/signing-keys",
                  "{\"publicKey\":\"" + publicKey + "\"}"));
      security.registered(key.get("keyId").asText(), serverKeys);
      security.apply(builder);
    }
    try (Transport transport = Workload.transport(transportName);
        WalletClient client = builder.apiKey(ApiKey.of(apiKey)).transport(transport).build()) {
      List<WalletId> wallets = new ArrayList<>();
      Map<WalletId, WalletClient> perWallet = new HashMap<>();
      for (int i = 0; i < WALLETS; i++) {
        WalletId wallet = SecureConfiguration.openWallet(client, "Crash", i, secure);
        String walletPath = "/_mock/wallets/" + wallet.value();
        control(first.baseUrl(), walletPath + "/fund", "1000000.00", "EUR");
        control(first.baseUrl(), walletPath + "/fund", "1000000.00", "USD");
        if (secure) {
          JsonNode enrolled = JSON.readTree(post(first.baseUrl(), walletPath + "/totp", "{}"));
          security.enrolled(wallet, TotpSecret.fromBase32(enrolled.get("secret").asText()));
          for (Money threshold : SecureConfiguration.STEP_UP_THRESHOLDS) {
            post(
                first.baseUrl(),
                walletPath + "/step-up",
                "{\"currency\":\""
                    + threshold.currency()
                    + "\",\"threshold\":\""
                    + threshold.toAmountString()
                    + "\"}");
          }
        }
        wallets.add(wallet);
        perWallet.put(
            wallet,
            secure
                ? client.withOptions(o -> o.stepUpHandler(security.authenticator(wallet)))
                : client);
      }
      for (Map.Entry<CurrencyCode, Long> rule : Workload.POINTS_PER_UNIT.entrySet()) {
        post(
            first.baseUrl(),
            "/_mock/rewards/earn-rules",
            "{\"currency\":\"" + rule.getKey() + "\",\"pointsPerUnit\":" + rule.getValue() + "}");
      }
      String run = (secure ? "crash-secure-" : tiers ? "crash-tiers-" : "crash-") + transportName;
      Workload workload = new Workload(wallets, MerchantId.of("mer_demo"), N, 99, run, secure);
      if (tiers) {
        String partnerId =
            JSON.readTree(get(first.baseUrl(), "/_mock/partners")).at("/partners/0/id").asText();
        post(first.baseUrl(), "/_mock/membership/tiers", TierRules.controlJson(partnerId));
        workload.withTiers();
      }
      for (int crash = 1; crash <= CRASHES; crash++) {
        workload.whenCompleted(
            N * crash / (CRASHES + 1),
            () -> {
              gate.close();
              Child dead = children.get(children.size() - 1);
              dead.process().destroyForcibly();
              try {
                assertThat(dead.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
                Child restarted = start(journal, port, restarts.incrementAndGet());
                assertThat(restarted.apiKey()).isEqualTo(first.apiKey());
                children.add(restarted);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
              } finally {
                gate.open();
              }
            });
      }

      workload.run(op -> perWallet.get(op.from()), THREADS);

      assertThat(restarts).hasValue(CRASHES);
      // Every crash caught calls in flight or about to be sent; they came back through retries.
      assertThat(retries).hasPositiveValue();
      assertThat(workload.failed())
          .as("calls that failed despite retries: %s", workload.failures())
          .isEmpty();
      URI base = first.baseUrl();
      Workload.Verdict verdict =
          workload.verify(
              JournalView.parse(journalLines(base)),
              (wallet, currency) -> client.balances().get(wallet, currency).total(),
              wallet -> client.rewards().account(wallet).points(),
              (wallet, currency) -> client.balances().get(wallet, currency).pending());
      assertThat(verdict.duplicates()).isZero();
      assertThat(verdict.lost()).isZero();
      if (tiers) {
        Map<WalletId, List<String>> expected = workload.expectedTierChanges();
        assertThat(expected).as("wallets whose tier changed").isNotEmpty();
        assertThat(TierRules.changes(client)).as("tier changes announced").isEqualTo(expected);
        System.out.println(run + " tier changes: " + expected);
      }
      JsonNode audit = JSON.readTree(get(base, "/_mock/audit"));
      assertThat(audit.get("violations")).isEmpty();
      Files.createDirectories(Path.of("target", "reliability"));
      Files.writeString(
          Path.of("target", "reliability", run + ".properties"),
          "run="
              + run
              + "\ncalls="
              + N
              + "\nthreads="
              + THREADS
              + "\ncrashRestarts="
              + restarts.get()
              + "\nretries="
              + retries.get()
              + "\njournalEntries="
              + JournalView.parse(journalLines(base)).entries()
              + "\nduplicates="
              + verdict.duplicates()
              + "\nlost="
              + verdict.lost()
              + "\nauditViolations="
              + audit.get("violations").size()
              + "\nstepUpClockSteps="
              + security.clockSteps()
              + "\n");
    } finally {
      for (Child child : children) {
        child.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** Starts {@code MockServerMain} in a child JVM and reads its announcement. */
  private Child start(Path journal, int port, int generation) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            "dev.walletsdk.mock.MockServerMain",
            "--port",
            Integer.toString(port),
            "--journal",
            journal.toString(),
            "--seed",
            "11");
    builder.redirectError(dir.resolve("server-" + generation + ".err").toFile());
    try {
      Process process = builder.start();
      BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      CompletableFuture<Child> announced = new CompletableFuture<>();
      Thread reader =
          new Thread(
              () -> {
                URI baseUrl = null;
                String apiKey = null;
                try {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("Wallet API v1 mock listening on ")) {
                      baseUrl = URI.create(line.substring(line.lastIndexOf(' ') + 1));
                    } else if (line.startsWith("API key of the default partner: ")) {
                      apiKey = line.substring(line.lastIndexOf(' ') + 1);
                    } else if (line.startsWith("Clock: ") && baseUrl != null && apiKey != null) {
                      announced.complete(new Child(process, baseUrl, apiKey));
                    }
                  }
                  announced.completeExceptionally(
                      new IllegalStateException("the server exited before announcing itself"));
                } catch (IOException e) {
                  announced.completeExceptionally(e);
                }
              },
              "mock-server-" + generation + "-stdout");
      reader.setDaemon(true);
      reader.start();
      return announced.get(60, TimeUnit.SECONDS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the mock server: " + e, e);
    }
  }

  private static void control(URI base, String path, String amount, String currency)
      throws IOException, InterruptedException {
    post(
        base,
        path,
        "{\"amount\":{\"amount\":\"" + amount + "\",\"currency\":\"" + currency + "\"}}");
  }

  private static String post(URI base, String path, String json)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        CONTROL.send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isLessThan(300);
    return response.body();
  }

  /**
   * The standalone server's clock as the test sees it: it follows the system clock, plus what the
   * test advanced it by through the control plane (journaled, so it survives restarts).
   */
  private static final class PlatformClock extends Clock {
    private final URI base;
    private final RestartGate gate;
    private volatile Duration offset = Duration.ZERO;

    PlatformClock(URI base, RestartGate gate) {
      this.base = base;
      this.gate = gate;
    }

    /** Advances the server's clock; while the server is restarting, waits until it is back. */
    synchronized void advance(Duration duration) {
      for (int attempt = 1; ; attempt++) {
        try {
          post(base, "/_mock/clock/advance", "{\"seconds\":" + duration.toSeconds() + "}");
          offset = offset.plus(duration);
          return;
        } catch (IOException e) {
          if (attempt == 5) {
            throw new UncheckedIOException(e);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        try {
          gate.sleep(Duration.ZERO);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the platform clock is UTC");
    }
  }

  private static String journalLines(URI base) throws IOException, InterruptedException {
    StringBuilder lines = new StringBuilder();
    for (JsonNode entry : JSON.readTree(get(base, "/_mock/journal")).get("entries")) {
      lines.append(entry).append('\n');
    }
    return lines.toString();
  }

  private static String get(URI base, String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        CONTROL.send(
            HttpRequest.newBuilder(base.resolve(path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }
}
