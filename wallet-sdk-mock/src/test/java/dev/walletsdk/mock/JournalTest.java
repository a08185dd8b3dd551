/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.internal.runtime.LedgerExport;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replaying the journal rebuilds exactly the same state: in memory, from a file, after a crash. */
class JournalTest {
  private static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

  @TempDir Path dir;

  /** Drives every kind of state change through the API and the control plane. */
  private static List<String> exercise(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR", "USD");
    WalletId a = WalletId.of(alice);
    mock.control().fund(a, Money.of("2000.00", "EUR"));
    mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.0850"));
    String quote =
        api.post(
                "/v1/quotes",
                "{\"walletId\":\""
                    + alice
                    + "\",\"sellAmount\":"
                    + MockApi.money("100.00", "EUR")
                    + ",\"buyCurrency\":\"USD\"}")
            .text("/id");
    api.post(
        "/v1/transfers",
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"quoteId\":\""
            + quote
            + "\"}");
    String payment =
        api.post(
                "/v1/payments",
                "{\"walletId\":\""
                    + alice
                    + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                    + MockApi.money("90.00", "EUR")
                    + "}")
            .text("/id");
    api.post(
        "/v1/payments/" + payment + "/refunds",
        "{\"amount\":" + MockApi.money("30.00", "EUR") + "}");
    String payout =
        api.post(
                "/v1/transfers",
                "{\"sourceWalletId\":\""
                    + alice
                    + "\",\"destinationAccount\":{\"holderName\":\"Alice\","
                    + "\"accountNumber\":\"DE89370400440532013000\"},\"amount\":"
                    + MockApi.money("50.00", "EUR")
                    + "}")
            .text("/id");
    mock.control().advanceClock(Duration.ofMinutes(3));
    mock.control().settlePayout(TransferId.of(payout));
    mock.control().setStepUpThreshold(a, Money.of("500.00", "EUR"));
    TotpSecret secret = mock.control().enrollTotp(a);
    Reply held =
        api.post(
            "/v1/transfers",
            "{\"sourceWalletId\":\""
                + alice
                + "\",\"destinationWalletId\":\""
                + bob
                + "\",\"amount\":"
                + MockApi.money("700.00", "EUR")
                + "}");
    api.post(
        "/v1/challenges/" + held.text("/challenge/id") + "/confirm",
        "{\"otp\":\"" + Totp.defaults().generate(secret, mock.control().now()) + "\"}");
    return List.of(alice, bob);
  }

  private static String ledger(MockWalletServer mock) {
    return mock.ledger().exportJournal();
  }

  @Test
  void replayingTheLogInMemoryGivesTheSameLedger() {
    MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
    exercise(mock);

    String replayed = LedgerExport.jsonLines(mock.runtime().replayed().ledger().journal());

    assertThat(replayed).isEqualTo(ledger(mock));
    assertThat(mock.ledger().journalSize()).isEqualTo(7);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void stateSurvivesARestartFromTheJournalFile() {
    Path journal = dir.resolve("mock.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    List<String> wallets = exercise(first);
    String before = ledger(first);
    Money aliceBefore = first.control().balance(WalletId.of(wallets.get(0)), CurrencyCode.EUR);
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();

    assertThat(ledger(second)).isEqualTo(before);
    assertThat(second.apiKey()).isEqualTo(first.apiKey());
    assertThat(second.control().balance(WalletId.of(wallets.get(0)), CurrencyCode.EUR))
        .isEqualTo(aliceBefore);
    assertThat(new MockApi(second).get("/v1/wallets/" + wallets.get(1)).status()).isEqualTo(200);
    second.close();
  }

  @Test
  void idempotentRepliesSurviveARestart() {
    Path journal = dir.resolve("replay.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Reply opened =
        new MockApi(first)
            .post("/v1/wallets", "{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}", "key-1");
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    Reply replayed =
        new MockApi(second)
            .post("/v1/wallets", "{\"displayName\":\"A\",\"currencies\":[\"EUR\"]}", "key-1");

    assertThat(replayed.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(replayed.body()).isEqualTo(opened.body());
    assertThat(replayed.headers().first("Request-Id"))
        .isEqualTo(opened.headers().first("Request-Id"));
    second.close();
  }

  @Test
  void signedTransferRepliesSurviveARestartWithTheSameReceipt() {
    Path journal = dir.resolve("receipt.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    MockApi api = new MockApi(first);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    first.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));
    String transfer =
        "{\"sourceWalletId\":\""
            + alice
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}";
    Reply sent = api.post("/v1/transfers", transfer, "key-receipt");
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    Reply replayed = new MockApi(second).post("/v1/transfers", transfer, "key-receipt");

    assertThat(sent.status()).isEqualTo(201);
    assertThat(sent.body().path("receipt").path("sig").asText()).isNotEmpty();
    assertThat(replayed.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(replayed.body()).isEqualTo(sent.body());
    assertThat(second.control().balance(WalletId.of(alice), CurrencyCode.EUR))
        .isEqualTo(Money.of("9.00", "EUR"));
    second.close();
  }

  private static String rejectedWallet(int size) {
    return "{\"displayName\":\"" + "x".repeat(size) + "\",\"currencies\":[\"EUR\"]}";
  }

  @Test
  void rejectedRequestsWithLargeBodiesAddOnlyASmallRecordEach() throws IOException {
    Path journal = dir.resolve("rejected.journal");
    MockWalletServer mock = MockWalletServer.builder().startAt(START).journal(journal).build();
    MockApi api = new MockApi(mock);
    long before = Files.size(journal);

    for (int i = 0; i < 1000; i++) {
      assertThat(api.post("/v1/wallets", rejectedWallet(65_000), "bad-" + i).status())
          .isEqualTo(400);
    }
    mock.close();

    assertThat(Files.size(journal) - before).isLessThanOrEqualTo(1000L * 700);
  }

  @Test
  void rejectedRequestsNamingManyOrLongUnknownMembersAddOnlyASmallRecordEach() throws IOException {
    Path journal = dir.resolve("unknown.journal");
    MockWalletServer mock = MockWalletServer.builder().startAt(START).journal(journal).build();
    MockApi api = new MockApi(mock);
    StringBuilder many = new StringBuilder("{\"displayName\":\"A\",\"currencies\":[\"EUR\"]");
    for (int i = 0; many.length() < 60_000; i++) {
      many.append(",\"m").append(i).append("\":0");
    }
    String longName =
        "{\"" + "n".repeat(40_000) + "\":0,\"displayName\":\"A\",\"currencies\":[\"EUR\"]}";
    long before = Files.size(journal);

    Reply manyReply = api.post("/v1/wallets", many.append('}').toString(), "many");
    Reply longReply = api.post("/v1/wallets", longName, "long");
    mock.close();

    assertThat(manyReply.body().get("errors")).hasSize(20);
    assertThat(longReply.text("/errors/0/field")).isEqualTo("/" + "n".repeat(98) + "…");
    assertThat(Files.size(journal) - before).isLessThanOrEqualTo(2L * 4096);
  }

  @Test
  void rejectedRequestIsReplayedForItsKeyAfterARestart() {
    Path journal = dir.resolve("rejected-replay.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Reply rejected = new MockApi(first).post("/v1/wallets", rejectedWallet(65_000), "bad-key");
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    MockApi api = new MockApi(second);
    Reply retried = api.post("/v1/wallets", rejectedWallet(65_000), "bad-key");
    Reply otherBody = api.post("/v1/wallets", rejectedWallet(65_001), "bad-key");

    assertThat(rejected.status()).isEqualTo(400);
    assertThat(retried.status()).isEqualTo(400);
    assertThat(retried.headers().first("Idempotent-Replayed")).contains("true");
    assertThat(retried.headers().first("Request-Id"))
        .isEqualTo(rejected.headers().first("Request-Id"));
    assertThat(retried.body()).isEqualTo(rejected.body());
    assertThat(otherBody.status()).isEqualTo(422);
    assertThat(otherBody.code()).isEqualTo("idempotency_key_reused");
    second.close();
  }

  @Test
  void tornLastRecordIsDroppedAndTheRestReplayed() throws IOException {
    Path journal = dir.resolve("torn.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    exercise(first);
    String before = ledger(first);
    first.close();
    long intact = Files.size(journal);
    Files.writeString(
        journal,
        "3a1b2c4d {\"at\":\"2026-11-23T09:10:00Z\",\"t\":\"control\",\"op\":\"wallet.f",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();

    assertThat(ledger(second)).isEqualTo(before);
    assertThat(Files.size(journal)).isEqualTo(intact);
    second.close();
  }

  private static long offsetOfLine(List<String> lines, int index) {
    long offset = 0;
    for (int i = 0; i < index; i++) {
      offset += lines.get(i).getBytes(StandardCharsets.UTF_8).length + 1;
    }
    return offset;
  }

  private static String damaged(Path journal, int record, long offset) {
    return "journal "
        + journal
        + ": record "
        + record
        + " (at byte "
        + offset
        + ") is complete but fails its checksum; the file is damaged (a torn write would have no"
        + " line end). Restore it from a backup, or pass --journal-new to start with a new, empty"
        + " mock";
  }

  @Test
  void completeLastRecordWithABadChecksumRefusesToStart() throws IOException {
    Path journal = dir.resolve("checksum.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    first.control().openWallet("Alice", CurrencyCode.EUR);
    first.close();
    List<String> lines = Files.readAllLines(journal);
    String last = lines.get(lines.size() - 1);
    lines.set(lines.size() - 1, "00000000" + last.substring(8));
    Files.write(journal, lines);

    assertThatThrownBy(() -> MockWalletServer.builder().startAt(START).journal(journal).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(damaged(journal, 3, offsetOfLine(lines, 3)));
  }

  @Test
  void damageBeforeTheLastRecordIsRefused() throws IOException {
    Path journal = dir.resolve("damaged.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    first.control().openWallet("Alice", CurrencyCode.EUR);
    first.control().openWallet("Bob", CurrencyCode.EUR);
    first.close();
    List<String> lines = Files.readAllLines(journal);
    lines.set(3, lines.get(3).replace("\"EUR\"", "\"EUS\""));
    Files.write(journal, lines);

    assertThatThrownBy(() -> MockWalletServer.builder().journal(journal).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(damaged(journal, 3, offsetOfLine(lines, 3)));
  }

  @Test
  void emptyJournalRefusesToStartAndKeepsTheFile() throws IOException {
    Path journal = dir.resolve("empty.journal");
    Files.write(journal, new byte[0]);

    assertThatThrownBy(() -> MockWalletServer.builder().journal(journal).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("journal " + journal + " is empty (0 bytes)");
    MockWalletServer fresh = MockWalletServer.builder().journal(journal).newJournal().build();
    assertThat(fresh.runtime().snapshot()).isEqualTo(2);
    fresh.close();
  }

  @Test
  void crashWhileResettingLeavesTheStateBeforeOrAfterTheReset() throws IOException {
    Path journal = dir.resolve("reset.journal");
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    WalletId alice = first.control().openWallet("Alice", CurrencyCode.EUR);
    first.close();
    byte[] before = Files.readAllBytes(journal);
    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    second.control().reset();
    second.close();
    Files.write(journal.resolveSibling("reset.journal.rewrite.tmp"), Files.readAllBytes(journal));
    Files.write(journal, before);

    MockWalletServer third = MockWalletServer.builder().startAt(START).journal(journal).build();

    assertThat(third.apiKey()).isEqualTo(first.apiKey());
    assertThat(new MockApi(third).get("/v1/wallets/" + alice).status()).isEqualTo(200);
    assertThat(journal.resolveSibling("reset.journal.rewrite.tmp")).doesNotExist();
    third.close();
  }

  @Test
  void restoringASnapshotUndoesLaterChanges() {
    MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
    mock.control().fund(alice, Money.of("10.00", "EUR"));
    MockSnapshot snapshot = mock.control().snapshot();
    mock.control().fund(alice, Money.of("5.00", "EUR"));
    WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);

    mock.control().restore(snapshot);

    assertThat(mock.control().balance(alice, CurrencyCode.EUR)).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(new MockApi(mock).get("/v1/wallets/" + bob).status()).isEqualTo(404);
    assertThat(mock.ledger().audit().isClean()).isTrue();
  }

  @Test
  void resetKeepsOnlyTheDefaultPartnerAndDemoMerchant() {
    MockWalletServer mock = MockWalletServer.inProcess();
    WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);

    mock.control().reset();

    MockApi api = new MockApi(mock);
    assertThat(api.get("/v1/wallets/" + alice).status()).isEqualTo(404);
    assertThat(api.get("/v1/wallets").body().get("data")).isEmpty();
    assertThat(mock.ledger().journalSize()).isZero();
  }
}
