/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.RateLimitedException;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile responses the client mishandled, found while building the response fuzz targets: each is
 * also a {@code regression-*} input of {@code client.fuzz.OperationResponseFuzzTest}. A fake
 * transport gives the same response to every request, and fails the test after ten requests instead
 * of looping forever.
 */
class HostileResponseFindingsTest {
  private static final int MAX_REQUESTS = 10;

  private final AtomicInteger requests = new AtomicInteger();
  private int status = 200;
  private String body = "";
  private final Transport transport =
      request -> {
        if (requests.incrementAndGet() > MAX_REQUESTS) {
          throw new AssertionError("more than " + MAX_REQUESTS + " requests");
        }
        return TransportResponse.of(
            status,
            Headers.of("Content-Type", "application/json", "Request-Id", "req_1"),
            body.getBytes(StandardCharsets.UTF_8));
      };
  private final WalletClient client =
      WalletClient.builder()
          .baseUrl("https://wallet.example")
          .apiKey(ApiKey.of("sk_test_findings"))
          .transport(transport)
          .retries(RetryPolicy.none())
          .build();

  /** Verifies receipts with the seeded mock's key and decrypts with a key of its own. */
  private final WalletClient secure =
      WalletClient.builder()
          .baseUrl("https://wallet.example")
          .apiKey(ApiKey.of("sk_test_findings"))
          .transport(transport)
          .retries(RetryPolicy.none())
          .receiptVerification(
              Ed25519ReceiptVerifier.forPublicKey(
                  "rcpt-1",
                  Base64.getUrlDecoder().decode("zT3xmBwdWfV08-tGlE_vq18P-MWxSJZ8s5rqr_xrD7Y")))
          .fieldDecryption(HpkeFieldDecryptor.over(partnerKeys()))
          .build();

  private static HpkeKeyRing partnerKeys() {
    HpkeKeyRing ring = HpkeKeyRing.create(Clock.systemUTC());
    ring.generate("enc-1");
    return ring;
  }

  @AfterEach
  void close() {
    client.close();
    secure.close();
  }

  private static String transferWithReceipt(String kid, String alg) {
    return "{\"object\":\"transfer\",\"id\":\"trf_1\",\"receipt\":{\"kid\":\""
        + kid
        + "\",\"alg\":\""
        + alg
        + "\",\"sig\":\"AAAA\"}}";
  }

  @Test
  void aReceiptAlgorithmWithControlCharactersReachesTheMessageEscaped() {
    body = transferWithReceipt("rcpt-1", "ed\\u001b[31m25519");

    assertThatThrownBy(() -> secure.transfers().get(TransferId.of("trf_1")))
        .isExactlyInstanceOf(SignatureVerificationException.class)
        .hasMessage("receipt algorithm \"ed\\u001b[31m25519\" is not ed25519");
  }

  @Test
  void aLongReceiptKeyIdIsCutInTheMessage() {
    body = transferWithReceipt("k".repeat(5000), "ed25519");

    assertThatThrownBy(() -> secure.transfers().get(TransferId.of("trf_1")))
        .isExactlyInstanceOf(SignatureVerificationException.class)
        .hasMessage(
            "receipt names key \""
                + "k".repeat(200)
                + "... [5000 chars in all]\", which is not a known receipt key");
  }

  @Test
  void anEncryptedFieldUnderAMemberNameWithControlCharactersIsNamedEscaped() {
    body =
        "{\"object\":\"erasure\",\"walletId\":\"wal_1\",\"pseudonym\":\"p\","
            + "\"erasedAt\":\"2026-12-03T12:00:00Z\",\"x\\u0007y\":"
            + "{\"enc\":\"hpke-x25519-sha256-aes256gcm\",\"kid\":\"enc-9\",\"ct\":\"AAAA\"}}";

    assertThatThrownBy(() -> secure.privacy().erase(WalletId.of("wal_1")))
        .isExactlyInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /x\\u0007y names key \"enc-9\", which is not in the key ring");
  }

  @Test
  void aPageWhoseNextCursorIsTheCursorItWasFetchedWithIsAnInvalidResponse() {
    body = "{\"object\":\"list\",\"data\":[],\"hasMore\":true,\"nextCursor\":\"cur_1\"}";

    assertThatThrownBy(() -> client.wallets().list().iterator().hasNext())
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to a list: the page after cursor \"cur_1\" names \"cur_1\" as the"
                + " next cursor again, so the list would never end");
    assertThat(requests).hasValue(2);
  }

  @Test
  void aNumberWithAnExponentBeyondBigDecimalIsAnInvalidResponse() {
    body =
        "{\"object\":\"rewards_account\",\"walletId\":\"wal_1\",\"points\":125,"
            + "\"earned\":125e-9223372036854775809}";

    assertThatThrownBy(() -> client.rewards().account(WalletId.of("wal_1")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessage(
            "invalid response to rewards.account: response body has a number out of range: Value"
                + " \"125e-9223372036854775809\" can not be deserialized as `java.math.BigDecimal`,"
                + " reason:  Too many nonzero exponent digits. [HTTP 200, code invalid_response,"
                + " request req_1]");
  }

  @Test
  void aProblemWithAnExponentBeyondBigDecimalIsStillMappedByItsStatus() {
    status = 429;
    body = "{\"type\":\"about:blank\",\"title\":\"Too many\",\"status\":1e4000000000}";

    assertThatThrownBy(() -> client.rewards().account(WalletId.of("wal_1")))
        .isExactlyInstanceOf(RateLimitedException.class)
        .hasMessage(
            "the server answered HTTP 429 without a problem document (application/json, 63 bytes)"
                + " [HTTP 429, code rate_limited, request req_1]");
  }
}
