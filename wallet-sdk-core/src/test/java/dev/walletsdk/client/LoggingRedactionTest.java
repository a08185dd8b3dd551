/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.logging.CapturedLogs;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.RequestListener;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

/**
 * Runs whole scenarios with every logger at TRACE and scans what was logged: call ids and request
 * ids are there; API keys, OTPs, Authorization values, signatures, account numbers and card numbers
 * are not.
 */
class LoggingRedactionTest {
  private static final String ACCOUNT_NUMBER = "DE89370400440532013000";
  private static final String CARD = "4111111111111111";
  private static final String OTP = "493817";
  private static final String SIGNATURE = "c2VjcmV0LXNpZ25hdHVyZS12YWx1ZQ==";
  private static final String API_KEY = "sk_live_do_not_log_me";

  private final List<String> callIds = new CopyOnWriteArrayList<>();
  private final RequestListener callIdRecorder =
      new RequestListener() {
        @Override
        public void onCallStart(CallInfo call) {
          callIds.add(call.callId());
        }
      };

  @Test
  void mockScenarioLogsIdsButNoSecrets() {
    MockWalletServer mock = MockWalletServer.inProcess();
    int mark = CapturedLogs.mark();
    try (WalletClient client =
        WalletClient.builder()
            .transport(mock.transport())
            .apiKey(mock.apiKey())
            .addListener(callIdRecorder)
            .build()) {
      Wallet alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      Wallet bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR"));
      mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
      client
          .transfers()
          .create(r -> r.from(alice.id()).to(bob.id()).amount(Money.of("5.00", "EUR")));
      Transfer payout =
          client
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .toAccount(BankAccount.of("Bob Builder", ACCOUNT_NUMBER, "COBADEFF"))
                          .amount(Money.of("5.00", "EUR")));
      assertThat(payout.status()).isEqualTo(TransferStatus.PENDING);
      assertThat(payout.destinationAccount().orElseThrow().accountNumberLast4())
          .isEqualTo(ACCOUNT_NUMBER.substring(ACCOUNT_NUMBER.length() - 4));
      client.balances().list(alice.id());
    }

    String logs = CapturedLogs.textSince(mark);
    assertThat(callIds).hasSize(5);
    assertLogsCarryIdsAndNoSecrets(logs, List.of(mock.apiKey().reveal()));
    assertThat(logs).contains("\"accountNumber\":\"<redacted>\"");
  }

  @Test
  void stepUpScenarioLogsIdsButNoSecrets() {
    MockWebServer server = Servers.startLoopback();
    int mark = CapturedLogs.mark();
    try (server;
        WalletClient client =
            WalletClient.builder()
                .baseUrl(Servers.baseUrl(server))
                .apiKey(ApiKey.of(API_KEY))
                .addListener(callIdRecorder)
                .stepUpHandler(challenge -> Optional.of(OTP))
                .requestSigning(
                    request ->
                        request.toBuilder()
                            .header("Signature-Input", "sig1=(\"@method\");keyid=\"k1\"")
                            .header("Signature", "sig1=:" + SIGNATURE + ":")
                            .build())
                .build()) {
      server.enqueue(json(401, WireJson.stepUpProblem("chl_1"), "req_s1"));
      server.enqueue(
          json(
              200,
              WireJson.challengeResult(
                  "chl_1", WireJson.transfer("trf_1", "card " + CARD + " on file")),
              "req_s2"));

      Transfer transfer =
          client
              .transfers()
              .create(
                  r ->
                      r.from(WalletId.of("wal_a"))
                          .to(WalletId.of("wal_b"))
                          .amount(Money.of("5000.00", "EUR")));

      assertThat(transfer.description()).contains("card " + CARD + " on file");
    }

    String logs = CapturedLogs.textSince(mark);
    assertThat(logs).contains("request-id=req_s1").contains("request-id=req_s2");
    assertThat(logs).contains("\"otp\":\"<redacted>\"").contains("card <redacted> on file");
    assertLogsCarryIdsAndNoSecrets(logs, List.of(API_KEY));
  }

  private void assertLogsCarryIdsAndNoSecrets(String logs, List<String> apiKeys) {
    assertThat(logs).isNotEmpty().contains("request-id=req_");
    assertThat(callIds).isNotEmpty().allSatisfy(id -> assertThat(logs).contains("call=" + id));
    assertThat(logs).doesNotContain("Bearer").doesNotContain("Authorization");
    apiKeys.forEach(key -> assertThat(logs).doesNotContain(key));
    assertThat(logs)
        .doesNotContain(OTP)
        .doesNotContain(SIGNATURE)
        .doesNotContain(ACCOUNT_NUMBER)
        .doesNotContain(CARD);
    assertThat(luhnValidDigitRuns(logs)).isEmpty();
  }

  /** Every 13 to 19 digit window of every digit run that passes the Luhn check. */
  static List<String> luhnValidDigitRuns(String text) {
    List<String> found = new CopyOnWriteArrayList<>();
    Matcher run = Pattern.compile("\\d{13,}").matcher(text);
    while (run.find()) {
      String digits = run.group();
      for (int length = 13; length <= Math.min(19, digits.length()); length++) {
        for (int start = 0; start + length <= digits.length(); start++) {
          String window = digits.substring(start, start + length);
          if (passesLuhn(window)) {
            found.add(window);
          }
        }
      }
    }
    return found;
  }

  private static boolean passesLuhn(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }

  @Test
  void luhnScannerFindsACardNumber() {
    assertThat(luhnValidDigitRuns("pan " + CARD + " end")).contains(CARD);
  }
}
