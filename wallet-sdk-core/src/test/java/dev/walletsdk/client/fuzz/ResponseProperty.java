/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportResponse;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The property every fuzz target of the client checks: whatever response arrives, the operation
 * returns a resource (the one asked for, when one was) or fails with a {@link WalletException} — no
 * other exception or error, in the synchronous and the asynchronous client alike — within a bounded
 * number of requests; and no message repeats the API key, carries a control character or runs past
 * a few thousand characters. A status outside 100 to 599 is an invalid response.
 */
final class ResponseProperty {
  static final String API_KEY = "sk_test_fuzzfuzzfuzzfuzz0123456789";
  private static final int MAX_MESSAGE_CHARS = 4000;

  /**
   * The most requests one operation may send for one scripted response: a list reads at most 60
   * items, and step-up confirmation adds one request.
   */
  private static final int MAX_REQUESTS = 64;

  /** The seeded mock's receipt key (seed 0), which signed the receipts in the seeds. */
  private static final byte[] RECEIPT_KEY =
      Base64.getUrlDecoder().decode("zT3xmBwdWfV08-tGlE_vq18P-MWxSJZ8s5rqr_xrD7Y");

  /** The seeded mock's field encryption key, for requests that must carry encrypted fields. */
  private static final byte[] FIELD_KEY =
      Base64.getUrlDecoder().decode("WAeuIG8NEUoEEw14_G8p3xKaaS-MdiPrnVVTM4A1wn8");

  private static final HpkeKeyRing PARTNER_KEYS = partnerKeys();

  private ResponseProperty() {}

  /**
   * Calls the operation of a group that the input names (or, when it names none of them, the one
   * its name hashes to) with the input's response, and checks the property.
   */
  static void check(List<FuzzedOperation> group, byte[] bytes) {
    FuzzInput input = FuzzInput.parse(bytes);
    FuzzedOperation operation = select(group, input.operation());
    AtomicInteger requests = new AtomicInteger();
    Transport transport =
        request -> {
          if (requests.incrementAndGet() > MAX_REQUESTS) {
            throw new AssertionError(
                operation.operationId() + " sent more than " + MAX_REQUESTS + " requests");
          }
          return input.response();
        };
    try (WalletClient client = client(transport, input.secure())) {
      if (input.async()) {
        callAsync(operation, client, input.response());
      } else {
        callSync(operation, client, input.response());
      }
    }
  }

  static FuzzedOperation select(List<FuzzedOperation> group, String name) {
    for (FuzzedOperation operation : group) {
      if (operation.operationId().equals(name)) {
        return operation;
      }
    }
    return group.get(Math.floorMod(name.hashCode(), group.size()));
  }

  private static void callSync(
      FuzzedOperation operation, WalletClient client, TransportResponse response) {
    try {
      Object result = operation.sync().apply(client);
      wellFormed(result, response);
    } catch (WalletException e) {
      safe(e, response);
    }
  }

  private static void callAsync(
      FuzzedOperation operation, WalletClient client, TransportResponse response) {
    CompletableFuture<?> future = operation.async().apply(client.async());
    Object result;
    try {
      result = future.get(10, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof WalletException failure) {
        safe(failure, response);
        return;
      }
      throw new AssertionError("async " + operation.operationId() + " failed", e.getCause());
    } catch (InterruptedException | TimeoutException e) {
      throw new AssertionError("async " + operation.operationId() + " did not complete", e);
    }
    wellFormed(result, response);
  }

  private static void wellFormed(Object result, TransportResponse response) {
    assertThat(response.status()).isBetween(200, 299);
    assertThat(result).isNotNull();
    assertThat(result.toString()).isNotNull();
    assertThat(result).isEqualTo(result);
  }

  /** A failure's message is bounded, single-line, free of the key, and names the status. */
  static void safe(WalletException e, TransportResponse response) {
    int status = response.status();
    assertThat(e.getMessage()).doesNotContain(API_KEY);
    assertThat(String.valueOf(e)).doesNotContain(API_KEY);
    assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(MAX_MESSAGE_CHARS);
    assertThat(e.getMessage().chars()).noneMatch(Character::isISOControl);
    if (status >= 400 && status <= 599) {
      assertThat(e.httpStatus()).isEqualTo(status);
    }
    if (status < 100 || status > 599) {
      assertThat(e).isExactlyInstanceOf(InvalidResponseException.class);
    }
  }

  private static WalletClient client(Transport transport, boolean secure) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl("https://wallet.example")
            .apiKey(ApiKey.of(API_KEY))
            .transport(transport)
            .retries(RetryPolicy.none())
            .asyncExecutor(Runnable::run)
            .fieldEncryption(HpkeFieldEncryptor.forPublicKey("enc-1", FIELD_KEY));
    if (secure) {
      builder
          .receiptVerification(Ed25519ReceiptVerifier.forPublicKey("rcpt-1", RECEIPT_KEY))
          .fieldDecryption(HpkeFieldDecryptor.over(PARTNER_KEYS))
          .stepUpHandler(challenge -> Optional.of("123456"));
    }
    return builder.build();
  }

  private static HpkeKeyRing partnerKeys() {
    HpkeKeyRing ring = HpkeKeyRing.create(Clock.systemUTC());
    ring.generate("enc-1");
    return ring;
  }
}
