/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.AuthenticationException;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.Fault;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Balance;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A payout sent with request signing, field encryption and receipt verification on is accepted by
 * the mock; the same request with one byte changed in the body, the signature or the ciphertext is
 * refused with the documented error, and a tampered receipt is caught by the client.
 */
class SecureTransferTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ACCOUNT = "DE89370400440532013000";

  private final MockWalletServer mock = MockWalletServer.inProcess();
  private Ed25519RequestSigner signer;
  private List<ServerKey> serverKeys;
  private Wallet alice;

  /** The mock's virtual time, which the mock checks signatures against. */
  private final Clock mockClock = mock.control().clock();

  @BeforeEach
  void registerPartnerKeyAndFetchServerKeys() {
    Ed25519KeyPair keys = Ed25519Keys.generate();
    String keyId =
        mock.control().registerSigningKey(mock.control().defaultPartner(), keys.publicKey());
    signer = Ed25519RequestSigner.create(keyId, keys, mockClock);
    try (WalletClient bootstrap = client(mock.transport(), false)) {
      serverKeys = bootstrap.keys().list();
      alice = bootstrap.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    }
    mock.control().fund(alice.id(), Money.of("100.00", "EUR"));
  }

  private WalletClient client(Transport transport, boolean secure) {
    WalletClient.Builder builder =
        WalletClient.builder()
            .baseUrl("http://localhost")
            .transport(transport)
            .apiKey(mock.apiKey())
            .requestSigning(signer)
            .retries(RetryPolicy.none());
    if (secure) {
      builder
          .fieldEncryption(HpkeFieldEncryptor.forServerKeys(serverKeys))
          .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(serverKeys));
    }
    return builder.build();
  }

  private Transfer payout(Transport transport) {
    try (WalletClient client = client(transport, true)) {
      return client
          .transfers()
          .create(
              r ->
                  r.from(alice.id())
                      .toAccount(BankAccount.of("Bob Builder", ACCOUNT, "COBADEFF"))
                      .amount(Money.of("25.00", "EUR")));
    }
  }

  /** Alters each request after the client signed it, as an attacker on the path would. */
  private Transport tampering(UnaryOperator<TransportRequest> change) {
    return request -> mock.transport().execute(change.apply(request));
  }

  @Test
  void signedEncryptedPayoutIsAcceptedAndItsReceiptVerified() {
    List<TransportRequest> sent = new java.util.ArrayList<>();
    Transfer transfer =
        payout(
            request -> {
              sent.add(request);
              return mock.transport().execute(request);
            });

    assertThat(transfer.status()).isEqualTo(TransferStatus.PENDING);
    assertThat(transfer.destinationAccount().orElseThrow().accountNumberLast4()).isEqualTo("3000");
    assertThat(transfer.receipt()).isPresent();
    TransportRequest request = sent.get(0);
    assertThat(request.headers().first("Signature-Input"))
        .hasValueSatisfying(
            input ->
                assertThat(input)
                    .startsWith("sig1=(\"@method\" \"@target-uri\" \"content-digest\""));
    assertThat(new String(request.body().orElseThrow()))
        .doesNotContain(ACCOUNT)
        .contains("\"enc\":\"hpke-x25519-sha256-aes256gcm\"");
  }

  @Test
  void retryAfterALostResponseInTheSameSecondMovesTheMoneyOnce() {
    mock.control()
        .injectFault(Fault.dropResponseAfterCommit().on("POST", "/v1/transfers").times(1));
    int journalBefore = mock.ledger().journalSize();
    List<Duration> waits = new ArrayList<>();
    WalletClient.Builder retrying =
        WalletClient.builder()
            .baseUrl("http://localhost")
            .transport(mock.transport())
            .apiKey(mock.apiKey())
            .requestSigning(signer)
            .fieldEncryption(HpkeFieldEncryptor.forServerKeys(serverKeys))
            .receiptVerification(Ed25519ReceiptVerifier.forServerKeys(serverKeys))
            .sleeper(waits::add);

    Transfer transfer;
    Balance balance;
    try (WalletClient client = retrying.build()) {
      transfer =
          client
              .transfers()
              .create(
                  r ->
                      r.from(alice.id())
                          .toAccount(BankAccount.of("Bob Builder", ACCOUNT, "COBADEFF"))
                          .amount(Money.of("25.00", "EUR")));
      balance = client.balances().get(alice.id(), CurrencyCode.EUR);
    }

    assertThat(mock.control().firedFaults())
        .containsEntry(Fault.Kind.DROP_RESPONSE_AFTER_COMMIT, 1);
    assertThat(waits).hasSize(1);
    assertThat(transfer.status()).isEqualTo(TransferStatus.PENDING);
    assertThat(balance.available()).isEqualTo(Money.of("75.00", "EUR"));
    assertThat(balance.pending()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(mock.ledger().journalSize()).isEqualTo(journalBefore + 1);
  }

  @Test
  void oneByteChangedInTheBodyIsRefused() {
    Transport flipBody =
        tampering(
            request -> {
              byte[] body = request.body().orElseThrow();
              body[body.length - 3] ^= 1;
              return request.toBuilder().body(body).build();
            });

    assertThatThrownBy(() -> payout(flipBody))
        .isInstanceOf(AuthenticationException.class)
        .extracting(e -> ((AuthenticationException) e).code())
        .isEqualTo(ErrorCode.SIGNATURE_INVALID);
    assertThat(mock.control().balance(alice.id(), dev.walletsdk.model.CurrencyCode.EUR))
        .isEqualTo(Money.of("100.00", "EUR"));
  }

  @Test
  void oneByteChangedInTheSignatureIsRefused() {
    Transport flipSignature =
        tampering(
            request -> {
              String signature = request.headers().first("Signature").orElseThrow();
              int at = signature.indexOf(':') + 5;
              char changed = signature.charAt(at) == 'A' ? 'B' : 'A';
              return request.toBuilder()
                  .header(
                      "Signature",
                      signature.substring(0, at) + changed + signature.substring(at + 1))
                  .build();
            });

    assertThatThrownBy(() -> payout(flipSignature))
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("[HTTP 401, code signature_invalid");
  }

  @Test
  void oneByteChangedInTheCiphertextIsRefused() {
    Transport flipCiphertext = tampering(request -> signer.sign(withFlippedCiphertext(request)));

    assertThatThrownBy(() -> payout(flipCiphertext))
        .isInstanceOf(DecryptionException.class)
        .hasMessageContaining("[HTTP 400, code field_decryption_failed");
  }

  private static TransportRequest withFlippedCiphertext(TransportRequest request) {
    try {
      ObjectNode body = (ObjectNode) JSON.readTree(request.body().orElseThrow());
      ObjectNode envelope = (ObjectNode) body.at("/destinationAccount/accountNumber");
      byte[] ciphertext = Base64.getUrlDecoder().decode(envelope.get("ct").asText());
      ciphertext[ciphertext.length / 2] ^= 1;
      envelope.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(ciphertext));
      TransportRequest unsigned =
          request.toBuilder()
              .headers(
                  request
                      .headers()
                      .without("Signature")
                      .without("Signature-Input")
                      .without("Content-Digest"))
              .body(JSON.writeValueAsBytes(body))
              .build();
      return unsigned;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void tamperedReceiptIsCaughtByTheClient() {
    Transport rewriteResponse =
        request -> {
          TransportResponse response = mock.transport().execute(request);
          try {
            ObjectNode body = (ObjectNode) JSON.readTree(response.body());
            JsonNode amount = body.get("sourceAmount");
            ((ObjectNode) amount).put("amount", "2.50");
            return TransportResponse.of(
                response.status(), response.headers(), JSON.writeValueAsBytes(body));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        };

    assertThatThrownBy(() -> payout(rewriteResponse))
        .isInstanceOf(SignatureVerificationException.class);
  }
}
