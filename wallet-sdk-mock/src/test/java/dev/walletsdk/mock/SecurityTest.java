/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519ReceiptVerifier;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.mock.junit.MockWalletExtension;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.EncryptedField;
import dev.walletsdk.spi.TransportRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The platform's keys at work: the key set, receipts, encrypted fields, signed requests. */
@ExtendWith(MockWalletExtension.class)
class SecurityTest {
  static List<ServerKey> keys(MockApi api) {
    List<ServerKey> keys = new ArrayList<>();
    for (JsonNode key : api.get("/v1/keys").body().get("keys")) {
      keys.add(
          ServerKey.builder()
              .keyId(key.get("kid").asText())
              .use(KeyUse.valueOf(key.get("use").asText().toUpperCase()))
              .algorithm(key.get("alg").asText())
              .publicKey(Base64.getUrlDecoder().decode(key.get("publicKey").asText()))
              .createdAt(Instant.parse(key.get("createdAt").asText()))
              .build());
    }
    return keys;
  }

  private static String payout(String wallet, JsonNode accountNumber) {
    return "{\"sourceWalletId\":\""
        + wallet
        + "\",\"destinationAccount\":{\"holderName\":\"Bob\","
        + "\"accountNumber\":"
        + accountNumber
        + "},\"amount\":"
        + MockApi.money("10.00", "EUR")
        + "}";
  }

  private static JsonNode envelope(EncryptedField field) {
    ObjectNode json = MockApi.JSON.createObjectNode();
    json.put("enc", field.scheme());
    json.put("kid", field.keyId());
    json.put("ct", Base64.getUrlEncoder().withoutPadding().encodeToString(field.ciphertext()));
    return json;
  }

  private static EncryptedField encrypt(List<ServerKey> keys, String accountNumber) {
    return HpkeFieldEncryptor.forServerKeys(keys)
        .encrypt(
            "/destinationAccount/accountNumber", accountNumber.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keySetPublishesAFieldEncryptionAndAReceiptKey(MockWalletServer mock) {
    assertThat(keys(new MockApi(mock)))
        .extracting(ServerKey::keyId, ServerKey::use, ServerKey::algorithm)
        .containsExactly(
            tuple("enc-1", KeyUse.FIELD_ENCRYPTION, "hpke-x25519-sha256-aes256gcm"),
            tuple("rcpt-1", KeyUse.RECEIPT_SIGNING, "ed25519"));
  }

  @Test
  void transferCarriesAReceiptThatVerifiesWithThePublishedKey(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    String bob = api.openWallet("Bob", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));
    ObjectNode transfer =
        (ObjectNode)
            api.post(
                    "/v1/transfers",
                    "{\"sourceWalletId\":\""
                        + alice
                        + "\",\"destinationWalletId\":\""
                        + bob
                        + "\",\"amount\":"
                        + MockApi.money("1.00", "EUR")
                        + "}")
                .body();
    JsonNode receipt = transfer.remove("receipt");
    Ed25519ReceiptVerifier verifier = Ed25519ReceiptVerifier.forServerKeys(keys(api));
    Receipt parsed =
        Receipt.of(
            receipt.get("kid").asText(), receipt.get("alg").asText(), receipt.get("sig").asText());

    assertThatCode(() -> verifier.verify(MockApi.JSON.writeValueAsBytes(transfer), parsed))
        .doesNotThrowAnyException();
    transfer.put("reference", "tampered");
    assertThatThrownBy(() -> verifier.verify(MockApi.JSON.writeValueAsBytes(transfer), parsed))
        .isInstanceOf(SignatureVerificationException.class);
  }

  @Test
  void refundCarriesAReceiptThatVerifiesWithThePublishedKey(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("10.00", "EUR"));
    String payment =
        api.post("/v1/payments", Bodies.payment(alice, "mer_demo", "4.00", "EUR")).text("/id");
    ObjectNode refund = (ObjectNode) api.post("/v1/payments/" + payment + "/refunds", "{}").body();
    JsonNode receipt = refund.remove("receipt");

    assertThat(refund.get("object").asText()).isEqualTo("refund");
    assertThat(receipt).isNotNull();
    assertThatCode(
            () ->
                Ed25519ReceiptVerifier.forServerKeys(keys(api))
                    .verify(
                        MockApi.JSON.writeValueAsBytes(refund),
                        Receipt.of(
                            receipt.get("kid").asText(),
                            receipt.get("alg").asText(),
                            receipt.get("sig").asText())))
        .doesNotThrowAnyException();
  }

  @Test
  void encryptedPayoutIsReplayedAfterARestartFromTheJournalFile(@TempDir Path dir) {
    Path journal = dir.resolve("mock.journal");
    MockWalletServer first = MockWalletServer.builder().journal(journal).build();
    MockApi api = new MockApi(first);
    String alice = api.openWallet("Alice", "EUR");
    first.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));
    List<ServerKey> keys = keys(api);
    String transfer =
        api.post("/v1/transfers", payout(alice, envelope(encrypt(keys, "DE89370400440532013000"))))
            .text("/id");
    String ledger = first.ledger().exportJournal();
    first.close();

    MockWalletServer second = MockWalletServer.builder().journal(journal).build();
    MockApi again = new MockApi(second);

    assertThat(second.ledger().exportJournal()).isEqualTo(ledger);
    assertThat(again.get("/v1/transfers/" + transfer).status()).isEqualTo(200);
    assertThat(keys(again))
        .extracting(ServerKey::keyId, key -> Base64.getEncoder().encodeToString(key.publicKey()))
        .isEqualTo(
            keys.stream()
                .map(key -> tuple(key.keyId(), Base64.getEncoder().encodeToString(key.publicKey())))
                .toList());
    assertThat(
            again
                .post(
                    "/v1/transfers",
                    payout(alice, envelope(encrypt(keys, "DE89370400440532013000"))))
                .status())
        .as("a client's cached key still encrypts to the restarted server")
        .isEqualTo(201);
    second.close();
  }

  @Test
  void encryptedAccountNumberIsDecryptedAndNeverShownInFull(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));

    Reply reply =
        api.post(
            "/v1/transfers", payout(alice, envelope(encrypt(keys(api), "DE89370400440532013000"))));

    assertThat(reply.status()).isEqualTo(201);
    assertThat(reply.text("/destinationAccount/accountNumberLast4")).isEqualTo("3000");
    assertThat(reply.body().toString()).doesNotContain("DE89370400440532013000");
  }

  @Test
  void tamperedCiphertextIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));
    byte[] ciphertext = encrypt(keys(api), "DE89370400440532013000").ciphertext();
    ciphertext[ciphertext.length - 1] ^= 1;

    Reply reply =
        api.post(
            "/v1/transfers",
            payout(
                alice,
                envelope(
                    EncryptedField.of(
                        EncryptedField.HPKE_X25519_SHA256_AES256GCM, "enc-1", ciphertext))));

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.code()).isEqualTo("field_decryption_failed");
    assertThat(reply.text("/errors/0/field")).isEqualTo("/destinationAccount/accountNumber");
    assertThat(mock.ledger().journalSize()).isEqualTo(1);
  }

  @Test
  void rotatedKeysKeepDecryptingUntilRetired(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    String alice = api.openWallet("Alice", "EUR");
    mock.control().fund(WalletId.of(alice), Money.of("50.00", "EUR"));
    List<ServerKey> before = keys(api);
    mock.control().advanceClock(java.time.Duration.ofSeconds(1));
    String newer = mock.control().rotateFieldEncryptionKey();

    assertThat(encrypt(keys(api), "NL91ABNA0417164300").keyId()).isEqualTo(newer);
    assertThat(
            api.post(
                    "/v1/transfers", payout(alice, envelope(encrypt(before, "NL91ABNA0417164300"))))
                .status())
        .isEqualTo(201);
    mock.control().retireFieldEncryptionKey("enc-1");
    assertThat(
            api.post(
                    "/v1/transfers", payout(alice, envelope(encrypt(before, "NL91ABNA0417164300"))))
                .code())
        .isEqualTo("field_decryption_failed");
  }

  /** A clock that reads the mock's virtual time. */
  private static Clock mockClock(MockWalletServer mock) {
    return mock.control().clock();
  }

  @Test
  void partnerWithASigningKeyMustSignEveryRequest(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Ed25519KeyPair keys = Ed25519Keys.generate();
    String keyId =
        mock.control().registerSigningKey(mock.control().defaultPartner(), keys.publicKey());
    Ed25519RequestSigner signer = Ed25519RequestSigner.create(keyId, keys, mockClock(mock));
    TransportRequest open =
        api.request("POST", "/v1/wallets", "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}")
            .header("Idempotency-Key", "k-1")
            .build();

    Reply unsigned = api.send(open);
    Reply signed = api.send(signer.sign(open));

    assertThat(unsigned.status()).isEqualTo(401);
    assertThat(unsigned.code()).isEqualTo("signature_invalid");
    assertThat(signed.status()).isEqualTo(201);
  }

  @Test
  void alteredBodyOrSignatureIsRefused(MockWalletServer mock) {
    MockApi api = new MockApi(mock);
    Ed25519KeyPair keys = Ed25519Keys.generate();
    String keyId =
        mock.control().registerSigningKey(mock.control().defaultPartner(), keys.publicKey());
    Ed25519RequestSigner signer = Ed25519RequestSigner.create(keyId, keys, mockClock(mock));
    TransportRequest signed =
        signer.sign(
            api.request(
                    "POST", "/v1/wallets", "{\"displayName\":\"Alice\",\"currencies\":[\"EUR\"]}")
                .header("Idempotency-Key", "k-2")
                .build());
    byte[] body = signed.body().orElseThrow();
    body[17] ^= 1;
    String signature = signed.headers().first("Signature").orElseThrow();
    String flipped =
        signature.substring(0, 10)
            + (signature.charAt(10) == 'A' ? 'B' : 'A')
            + signature.substring(11);

    Reply alteredBody = api.send(signed.toBuilder().body(body).build());
    Reply alteredSignature = api.send(signed.toBuilder().header("Signature", flipped).build());
    Reply original = api.send(signed);
    Reply replay = api.send(signed);

    assertThat(alteredBody.code()).isEqualTo("signature_invalid");
    assertThat(alteredSignature.code()).isEqualTo("signature_invalid");
    assertThat(original.status()).isEqualTo(201);
    assertThat(replay.code()).isEqualTo("signature_invalid");
    assertThat(replay.text("/detail")).contains("already used");
  }
}
