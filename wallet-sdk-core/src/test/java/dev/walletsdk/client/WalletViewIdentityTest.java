/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write or read about one wallet (its KYC upgrade, data export, erasure and rewards history)
 * accepts only answers about that wallet: an answer about another wallet is an invalid response,
 * never handed to the caller as if it were theirs.
 */
class WalletViewIdentityTest {
  private static final WalletId ASKED = WalletId.of("wal_asked");

  private String answer = "{}";
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("https://wallet.example")
          .apiKey(ApiKey.of("sk_test_identity"))
          .fieldEncryption(
              HpkeFieldEncryptor.forServerKeys(
                  List.of(HpkeKeyRing.create(Clock.systemUTC()).generate("enc-1"))))
          .transport(
              request ->
                  TransportResponse.of(
                      200,
                      Headers.of("Content-Type", "application/json", "Request-Id", "req_w"),
                      answer.getBytes(StandardCharsets.UTF_8)))
          .build();

  @AfterEach
  void stop() {
    client.close();
  }

  private static String expected(String operation, String object) {
    return "invalid response to "
        + operation
        + ": expected "
        + object
        + " with walletId \"wal_asked\" but got "
        + object
        + " with walletId \"wal_other\" [HTTP 200, code invalid_response, request req_w]";
  }

  @Test
  void dataExportOfAnotherWalletIsRefused() {
    answer = "{\"object\":\"data_export\",\"walletId\":\"wal_other\"}";

    assertThatThrownBy(() -> client.privacy().export(ASKED))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(expected("privacy.export", "data_export"));
  }

  @Test
  void erasureOfAnotherWalletIsRefused() {
    answer =
        "{\"object\":\"erasure\",\"walletId\":\"wal_other\",\"pseudonym\":\"anon_1\","
            + "\"erasedAt\":\"2026-11-24T10:00:00Z\"}";

    assertThatThrownBy(() -> client.privacy().erase(ASKED))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(expected("privacy.erase", "erasure"));
  }

  @Test
  void kycVerificationOfAnotherWalletIsRefused() {
    answer =
        "{\"object\":\"kyc_verification\",\"walletId\":\"wal_other\","
            + "\"previousLevel\":\"basic\",\"level\":\"full\","
            + "\"verifiedAt\":\"2026-11-24T10:00:00Z\",\"limits\":[]}";
    Identity identity =
        Identity.builder()
            .fullName("Alice Example")
            .dateOfBirth(LocalDate.of(1990, 1, 1))
            .nationalId("X1234567")
            .address(
                Address.builder()
                    .line1("1 Main St")
                    .city("Berlin")
                    .postalCode("10115")
                    .country("DE")
                    .build())
            .build();

    assertThatThrownBy(
            () ->
                client.kyc().upgrade(r -> r.wallet(ASKED).level(KycLevel.FULL).identity(identity)))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(expected("kyc.upgrade", "kyc_verification"));
  }

  @Test
  void rewardsHistoryWithAnEntryOfAnotherWalletIsRefused() {
    answer =
        "{\"object\":\"list\",\"hasMore\":false,\"data\":[{\"object\":\"rewards_entry\","
            + "\"id\":\"rwe_1\",\"walletId\":\"wal_other\",\"type\":\"earned\",\"points\":10,"
            + "\"balanceAfter\":10,\"resourceId\":\"pay_1\","
            + "\"createdAt\":\"2026-11-24T10:00:00Z\"}]}";

    assertThatThrownBy(() -> client.rewards().history(ASKED).firstPage())
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to rewards.history: expected rewards entries of wallet"
                + " \"wal_asked\" but got rwe_1 of wallet \"wal_other\""
                + " [HTTP 200, code invalid_response, request req_w]");
  }
}
