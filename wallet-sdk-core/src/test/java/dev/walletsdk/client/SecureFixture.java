/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.ReceiptVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A client with every protection on, against a fresh in-process mock: request signing, field
 * encryption, receipt verification (recorded), and a step-up handler that answers with the current
 * TOTP of Alice, whose step-up threshold is 100.00 EUR.
 */
final class SecureFixture {
  static final Money STEP_UP_THRESHOLD = Money.of("100.00", "EUR");

  final MockWalletServer mock = MockWalletServer.inProcess();
  final RecordingReceiptVerifier receipts;
  final OperationCoverageTest.Fixture f;
  final WalletClient client;

  /** While false, the handler declines, so a held call throws {@link StepUpRequiredException}. */
  final AtomicBoolean answerStepUp = new AtomicBoolean(true);

  SecureFixture() {
    List<ServerKey> keys;
    try (WalletClient bootstrap =
        WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
      keys = bootstrap.keys().list();
    }
    Ed25519KeyPair partnerKey = Ed25519Keys.generate();
    String keyId =
        mock.control().registerSigningKey(mock.control().defaultPartner(), partnerKey.publicKey());
    receipts = new RecordingReceiptVerifier(Ed25519ReceiptVerifier.forServerKeys(keys));
    f =
        new OperationCoverageTest.Fixture(
            mock,
            mock.transport(),
            builder ->
                builder
                    .retries(RetryPolicy.none())
                    .requestSigning(
                        Ed25519RequestSigner.create(keyId, partnerKey, mock.control().clock()))
                    .fieldEncryption(HpkeFieldEncryptor.forServerKeys(keys))
                    .receiptVerification(receipts)
                    .stepUpHandler(this::answer));
    client = f.client;
    mock.control().setStepUpThreshold(f.alice.id(), STEP_UP_THRESHOLD);
    mock.control().enrollTotp(f.alice.id());
  }

  private Optional<String> answer(Challenge challenge) {
    if (!answerStepUp.get()) {
      return Optional.empty();
    }
    return Optional.of(totp());
  }

  /** Alice's password of the next 30-second step: the platform accepts a password only once. */
  String totp() {
    mock.control().advanceClock(Duration.ofSeconds(30));
    return mock.control().currentTotp(f.alice.id());
  }

  /** Runs a call that the platform holds for step-up, with the handler declining. */
  Challenge held(Runnable call) {
    answerStepUp.set(false);
    try {
      call.run();
    } catch (StepUpRequiredException e) {
      return e.challenge();
    } finally {
      answerStepUp.set(true);
    }
    throw new AssertionError("expected a step-up challenge");
  }

  /** Verifies with the platform's key, and records the {@code object} and {@code id} verified. */
  static final class RecordingReceiptVerifier implements ReceiptVerifier {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReceiptVerifier delegate;
    private final List<String> verified = new CopyOnWriteArrayList<>();

    RecordingReceiptVerifier(ReceiptVerifier delegate) {
      this.delegate = delegate;
    }

    @Override
    public void verify(byte[] resourceJson, Receipt receipt) {
      delegate.verify(resourceJson, receipt);
      try {
        JsonNode resource = JSON.readTree(resourceJson);
        verified.add(resource.path("object").asText() + " " + resource.path("id").asText());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Each verified resource as {@code "<object> <id>"}, in order. */
    List<String> verified() {
      return List.copyOf(verified);
    }
  }
}
