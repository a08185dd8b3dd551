/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.ApiKey;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.client.support.FakeClock;
import dev.walletsdk.client.support.RecordingSleeper;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.crypto.server.Ed25519ReceiptSigner;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.FieldDecryptor;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.ReceiptVerifier;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The response side of the pipeline runs status mapping, then receipt verification over the body as
 * received (encrypted fields in their encrypted form), then field decryption; user interceptors run
 * once per attempt, before authentication and signing, and see the response as received.
 */
class ResponseSecurityOrderTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DESCRIPTION = "rent for flat 4B";

  private final FakeClock clock = FakeClock.at("2026-11-24T10:00:00Z");
  private final HpkeKeyRing ring = HpkeKeyRing.create(clock);
  private final HpkeFieldEncryptor platformEncryptor =
      HpkeFieldEncryptor.forServerKeys(List.of(ring.generate("enc-1")));
  private final Ed25519ReceiptSigner platformSigner =
      Ed25519ReceiptSigner.create("rcpt-1", Ed25519Keys.generate());
  private final ReceiptVerifier verifier =
      Ed25519ReceiptVerifier.forServerKeys(List.of(platformSigner.serverKey(clock.instant())));
  private final List<String> steps = new CopyOnWriteArrayList<>();

  /** A transfer whose description the platform encrypted for the partner, then signed. */
  private ObjectNode signedTransferWithEncryptedDescription() {
    try {
      ObjectNode transfer = (ObjectNode) JSON.readTree(WireJson.transfer("trf_1"));
      EncryptedField field =
          platformEncryptor.encrypt("/description", DESCRIPTION.getBytes(StandardCharsets.UTF_8));
      transfer
          .putObject("description")
          .put("enc", field.scheme())
          .put("kid", field.keyId())
          .put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(field.ciphertext()));
      Receipt receipt = platformSigner.sign(JSON.writeValueAsBytes(transfer));
      transfer
          .putObject("receipt")
          .put("kid", receipt.keyId())
          .put("alg", receipt.algorithm())
          .put("sig", receipt.signature());
      return transfer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode withCiphertextByteFlipped(ObjectNode transfer) {
    ObjectNode envelope = (ObjectNode) transfer.get("description");
    byte[] ciphertext = Base64.getUrlDecoder().decode(envelope.get("ct").asText());
    ciphertext[ciphertext.length - 1] ^= 1;
    envelope.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext));
    return transfer;
  }

  private static TransportResponse ok(ObjectNode body) {
    try {
      return TransportResponse.of(
          200, Headers.builder().add("Request-Id", "req_1").build(), JSON.writeValueAsBytes(body));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TransportResponse unavailable() {
    return TransportResponse.of(
        503,
        Headers.builder().add("Content-Type", "application/problem+json").build(),
        ("{\"type\":\"about:blank\",\"title\":\"Unavailable\",\"status\":503,"
                + "\"code\":\"service_unavailable\",\"detail\":\"try again\"}")
            .getBytes(StandardCharsets.UTF_8));
  }

  private WalletClient.Builder client(Transport transport) {
    FieldDecryptor decryptor = HpkeFieldDecryptor.over(ring);
    return WalletClient.builder()
        .baseUrl("http://localhost")
        .apiKey(ApiKey.of("sk_test_order"))
        .transport(transport)
        .clock(clock)
        .receiptVerification(
            (json, receipt) -> {
              steps.add("verify");
              verifier.verify(json, receipt);
            })
        .fieldDecryption(
            (pointer, field) -> {
              steps.add("decrypt " + pointer);
              return decryptor.decrypt(pointer, field);
            });
  }

  private Transfer getTransfer(Transport transport) {
    try (WalletClient client = client(transport).retries(RetryPolicy.none()).build()) {
      return client.transfers().get(TransferId.of("trf_1"));
    }
  }

  @Test
  void receiptSignedOverTheEncryptedFormVerifiesAndTheFieldIsDecryptedAfter() {
    ObjectNode body = signedTransferWithEncryptedDescription();

    Transfer transfer = getTransfer(request -> ok(body));

    assertThat(transfer.description()).hasValue(DESCRIPTION);
    assertThat(steps).containsExactly("verify", "decrypt /description");
  }

  @Test
  void tamperedCiphertextFailsReceiptVerificationBeforeAnyDecryption() {
    ObjectNode body = withCiphertextByteFlipped(signedTransferWithEncryptedDescription());

    assertThatThrownBy(() -> getTransfer(request -> ok(body)))
        .isInstanceOf(SignatureVerificationException.class);
    assertThat(steps).containsExactly("verify");
  }

  @Test
  void userInterceptorsRunOncePerAttemptAndTheResponseIsCheckedOnce() {
    Deque<TransportResponse> script =
        new ArrayDeque<>(
            List.of(unavailable(), unavailable(), ok(signedTransferWithEncryptedDescription())));
    List<Integer> attempts = new CopyOnWriteArrayList<>();
    RecordingSleeper sleeper = new RecordingSleeper(clock);

    Transfer transfer;
    try (WalletClient client =
        client(request -> script.removeFirst())
            .sleeper(sleeper)
            .addInterceptor(
                chain -> {
                  attempts.add(chain.attempt());
                  return chain.proceed(chain.request());
                })
            .build()) {
      transfer = client.transfers().get(TransferId.of("trf_1"));
    }

    assertThat(transfer.description()).hasValue(DESCRIPTION);
    assertThat(attempts).containsExactly(1, 2, 3);
    assertThat(sleeper.waits()).hasSize(2).allMatch(wait -> !wait.isNegative());
    assertThat(sleeper.waits()).allMatch(wait -> wait.compareTo(Duration.ofSeconds(8)) <= 0);
    assertThat(steps).containsExactly("verify", "decrypt /description");
  }

  @Test
  void userInterceptorSeesTheRequestBeforeSigningAndTheResponseBeforeVerification() {
    ObjectNode body = signedTransferWithEncryptedDescription();
    List<TransportRequest> sent = new CopyOnWriteArrayList<>();
    List<String> seen = new CopyOnWriteArrayList<>();

    Transfer transfer;
    try (WalletClient client =
        client(
                request -> {
                  sent.add(request);
                  return ok(body);
                })
            .retries(RetryPolicy.none())
            .requestSigning(Ed25519RequestSigner.create("partner-1", Ed25519Keys.generate(), clock))
            .addInterceptor(
                chain -> {
                  seen.add(
                      "request authorization="
                          + chain.request().headers().first("Authorization").isPresent()
                          + " signature="
                          + chain.request().headers().first("Signature").isPresent());
                  TransportResponse response = chain.proceed(chain.request());
                  seen.add("response encrypted=" + response.bodyText().contains("\"enc\""));
                  return response;
                })
            .build()) {
      transfer = client.transfers().get(TransferId.of("trf_1"));
    }

    assertThat(seen)
        .containsExactly("request authorization=false signature=false", "response encrypted=true");
    assertThat(sent.get(0).headers().first("Authorization")).isPresent();
    assertThat(sent.get(0).headers().first("Signature")).isPresent();
    assertThat(transfer.description()).hasValue(DESCRIPTION);
    assertThat(steps).containsExactly("verify", "decrypt /description");
  }
}
