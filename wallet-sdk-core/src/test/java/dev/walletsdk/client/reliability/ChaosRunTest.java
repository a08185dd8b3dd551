package dev.walletsdk.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.walletsdk.RateLimitedException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import dev.walletsdk.spi.Transport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exactly-once money movement under faults: N transfers and payments from several threads through
 * the SDK over loopback HTTP, with both transports, while the mock injects seeded faults of every
 * kind into about 30% of API requests. Afterwards the journal and the balances must account for
 * every call exactly.
 *
 * <p>{@code -Dchaos.n} sets N per transport (2,000 by default; the {@code chaos} profile runs
 * 100,000); {@code -Dchaos.transports=jdk} runs one transport. Each run writes its numbers to
 * {@code target/reliability/chaos-<transport>.properties} for docs/reliability.md.
 */
class ChaosRunTest {
  private static final int N = Integer.getInteger("chaos.n", 2_000);
  private static final int THREADS = 8;
  private static final int WALLETS = 16;
  private static final Duration READ_TIMEOUT = Duration.ofMillis(200);
  private static final Duration DELAY = Duration.ofMillis(250);
  private static final Duration RETRY_AFTER = Duration.ofSeconds(3);

  /**
   * Six faults, one of each kind, matched in order: each fires with the probability that makes it
   * about 5% of all requests (0.05, then 0.05 / 0.95, ...), about 30% together.
   */
  static List<Fault> faults() {
    List<Fault> faults =
        List.of(
            Fault.resetBeforeProcessing(),
            Fault.dropResponseAfterCommit(),
            Fault.delay(DELAY),
            Fault.serverError(503),
            Fault.rateLimited(RETRY_AFTER),
            Fault.truncatedBody());
    List<Fault> chained = new ArrayList<>();
    for (int i = 0; i < faults.size(); i++) {
      chained.add(faults.get(i).withProbability(0.05 / (1 - 0.05 * i)));
    }
    return chained;
  }

  /** Checks that every wait after a 429 is the announced Retry-After, and counts retries. */
  static final class RetryAudit implements RequestListener {
    final Map<String, AtomicInteger> retriesByCause = new ConcurrentHashMap<>();
    final List<String> violations = new CopyOnWriteArrayList<>();

    @Override
    public void onRetry(CallInfo call, int nextAttempt, Duration delay, WalletException cause) {
      retriesByCause
          .computeIfAbsent(cause.getClass().getSimpleName(), k -> new AtomicInteger())
          .incrementAndGet();
      if (cause instanceof RateLimitedException && !delay.equals(RETRY_AFTER)) {
        violations.add(call.idempotencyKey() + " waited " + delay + " after a 429");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"okhttp", "jdk"})
  void nothingIsLostOrDoubledUnderFaults(String transportName) throws Exception {
    assumeTrue(
        List.of(System.getProperty("chaos.transports", "okhttp,jdk").split(","))
            .contains(transportName),
        "-Dchaos.transports leaves out " + transportName);
    try (MockWalletServer mock = MockWalletServer.builder().seed(7).build();
        MockHttpServer server = mock.start(0);
        Transport transport = Workload.transport(transportName)) {
      List<Duration> waits = new CopyOnWriteArrayList<>();
      RetryAudit audit = new RetryAudit();
      try (WalletClient client =
          WalletClient.builder()
              .baseUrl(server.baseUrl().toString())
              .transport(transport)
              .apiKey(mock.apiKey())
              .timeouts(Timeouts.of(Duration.ofSeconds(2), READ_TIMEOUT, Duration.ofSeconds(60)))
              .retries(RetryPolicy.defaults())
              .sleeper(waits::add)
              .addListener(audit)
              .build()) {
        List<WalletId> wallets = new ArrayList<>();
        for (int i = 0; i < WALLETS; i++) {
          WalletId wallet =
              client
                  .wallets()
                  .open(r -> r.displayName("Chaos").currency("EUR").currency("USD"))
                  .id();
          mock.control().fund(wallet, Workload.FUNDING_EUR);
          mock.control().fund(wallet, Workload.FUNDING_USD);
          wallets.add(wallet);
        }
        Workload.POINTS_PER_UNIT.forEach(mock.control()::setRewardsEarnRule);
        Workload workload =
            new Workload(wallets, mock.control().demoMerchant(), N, 42, "chaos-" + transportName);
        long requestsBefore = mock.control().apiRequests();
        faults().forEach(mock.control()::injectFault);

        long started = System.nanoTime();
        workload.run(client, THREADS);
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;

        mock.control().clearFaults();
        long requests = mock.control().apiRequests() - requestsBefore;
        Map<Fault.Kind, Integer> fired = mock.control().firedFaults();
        int faultsFired = fired.values().stream().mapToInt(Integer::intValue).sum();
        int succeeded = workload.succeeded();
        Map<String, Integer> failures = workload.failuresByCode();

        Workload.Verdict verdict =
            workload.verify(
                JournalView.parse(mock.ledger().exportJournal()),
                mock.control()::balance,
                mock.control()::rewardsPoints);
        assertThat(mock.ledger().audit().violations()).isEmpty();
        assertThat(audit.violations).isEmpty();
        assertThat(fired.keySet()).containsExactlyInAnyOrder(Fault.Kind.values());
        assertThat((double) faultsFired / requests).isBetween(0.2, 0.4);
        assertThat(waits).contains(RETRY_AFTER);
        // Four attempts each, so a call fails only when about four faults in a row hit it.
        assertThat(succeeded).isGreaterThan(N * 95 / 100);

        // A failed call is found again by its idempotency key: sent again without faults, it
        // either replays what was committed or is applied now — once, either way.
        workload.reconcile(client);
        Workload.Verdict reconciled =
            workload.verify(
                JournalView.parse(mock.ledger().exportJournal()),
                mock.control()::balance,
                mock.control()::rewardsPoints);
        assertThat(reconciled.failedAndAbsent() + reconciled.failedButApplied()).isZero();
        assertThat(mock.ledger().audit().violations()).isEmpty();

        report(
            transportName,
            elapsedMs,
            requests,
            fired,
            faultsFired,
            succeeded,
            failures,
            verdict,
            audit,
            mock.ledger().audit().violations().size());
      }
    }
  }

  private static void report(
      String transport,
      long elapsedMs,
      long requests,
      Map<Fault.Kind, Integer> fired,
      int faultsFired,
      int succeeded,
      Map<String, Integer> failures,
      Workload.Verdict verdict,
      RetryAudit audit,
      int auditViolations)
      throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("transport=").append(transport).append('\n');
    out.append("calls=").append(N).append('\n');
    out.append("threads=").append(THREADS).append('\n');
    out.append("elapsedMs=").append(elapsedMs).append('\n');
    out.append("requests=").append(requests).append('\n');
    out.append("faults=").append(faultsFired).append('\n');
    for (Fault.Kind kind : Fault.Kind.values()) {
      out.append("fault.")
          .append(kind)
          .append('=')
          .append(fired.getOrDefault(kind, 0))
          .append('\n');
    }
    out.append("succeeded=").append(succeeded).append('\n');
    out.append("failed=").append(N - succeeded).append('\n');
    out.append("failedButApplied=").append(verdict.failedButApplied()).append('\n');
    out.append("failedAndAbsent=").append(verdict.failedAndAbsent()).append('\n');
    failures.forEach(
        (code, count) ->
            out.append("failure.").append(code).append('=').append(count).append('\n'));
    audit.retriesByCause.forEach(
        (cause, count) ->
            out.append("retry.").append(cause).append('=').append(count).append('\n'));
    out.append("duplicates=").append(verdict.duplicates()).append('\n');
    out.append("lost=").append(verdict.lost()).append('\n');
    out.append("auditViolations=").append(auditViolations).append('\n');
    Path dir = Path.of("target", "reliability");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("chaos-" + transport + ".properties"), out);
    System.out.print(out);
  }
}
