/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.server.HpkeFieldDecryptor;
import dev.walletsdk.crypto.server.HpkeKeyRing;
import dev.walletsdk.model.KeyUse;
import dev.walletsdk.model.ServerKey;
import dev.walletsdk.spi.EncryptedField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HpkeFieldEncryptionTest {
  private static final String POINTER = "/destinationAccount/accountNumber";
  private static final byte[] ACCOUNT = "DE89370400440532013000".getBytes(UTF_8);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T10:00:00Z"));
  private final HpkeKeyRing ring = HpkeKeyRing.create(clock);
  private final HpkeFieldDecryptor decryptor = HpkeFieldDecryptor.over(ring);

  private static EncryptedField withCiphertext(EncryptedField field, byte[] ciphertext) {
    return EncryptedField.of(field.scheme(), field.keyId(), ciphertext);
  }

  @Test
  void fieldEncryptedToTheRingsPublishedKeyDecrypts() {
    ring.generate("fe-1");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);

    assertThat(field.scheme()).isEqualTo("hpke-x25519-sha256-aes256gcm");
    assertThat(field.keyId()).isEqualTo("fe-1");
    assertThat(decryptor.decrypt(POINTER, field)).isEqualTo(ACCOUNT);
  }

  @Test
  void addedPrivateKeyIsPublishedWithItsPublicKeyAndDecrypts() {
    // RFC 7748 section 6.1: Bob's private key and the public key it gives.
    byte[] bobPrivate =
        java.util.HexFormat.of()
            .parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
    ServerKey published = ring.add("fe-imported", bobPrivate);
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);

    assertThat(java.util.HexFormat.of().formatHex(published.publicKey()))
        .isEqualTo("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    assertThat(decryptor.decrypt(POINTER, field)).isEqualTo(ACCOUNT);
    bobPrivate[0] ^= 1;
    assertThat(decryptor.decrypt(POINTER, field))
        .as("the ring keeps its own copy")
        .isEqualTo(ACCOUNT);
    assertThatThrownBy(() -> ring.add("fe-short", new byte[31]))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("an X25519 private key is 32 bytes");
    assertThatThrownBy(() -> ring.add("fe-imported", new byte[32]))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("already in the ring");
  }

  @Test
  void ciphertextIsTheEncapsulatedKeyFollowedByTheAeadOutput() {
    EncryptedField field =
        HpkeFieldEncryptor.forPublicKey("fe-1", ring.generate("fe-1").publicKey())
            .encrypt(POINTER, ACCOUNT);

    assertThat(field.ciphertext()).hasSize(32 + ACCOUNT.length + 16);
  }

  @Test
  void encryptingTheSameValueTwiceGivesDifferentCiphertexts() {
    HpkeFieldEncryptor encryptor =
        HpkeFieldEncryptor.forPublicKey("fe-1", ring.generate("fe-1").publicKey());

    assertThat(encryptor.encrypt(POINTER, ACCOUNT).ciphertext())
        .isNotEqualTo(encryptor.encrypt(POINTER, ACCOUNT).ciphertext());
  }

  @Test
  void senderEncryptsToTheNewestFieldEncryptionKey() {
    ring.generate("fe-old");
    clock.advanceSeconds(60);
    ring.generate("fe-new");
    ServerKey receiptKey =
        ServerKey.builder()
            .keyId("rs-1")
            .use(KeyUse.RECEIPT_SIGNING)
            .algorithm("ed25519")
            .publicKey(new byte[32])
            .createdAt(clock.instant().plusSeconds(60))
            .build();
    List<ServerKey> published =
        List.of(ring.serverKeys().get(1), receiptKey, ring.serverKeys().get(0));

    assertThat(HpkeFieldEncryptor.forServerKeys(published).keyId()).isEqualTo("fe-new");
  }

  @Test
  void fieldEncryptedToAnOldKeyStillDecryptsWhileTheKeyIsInTheRing() {
    ring.generate("fe-old");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);
    clock.advanceSeconds(60);
    ring.generate("fe-new");

    assertThat(HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).keyId()).isEqualTo("fe-new");
    assertThat(decryptor.decrypt(POINTER, field)).isEqualTo(ACCOUNT);
  }

  @Test
  void fieldEncryptedToARetiredKeyFails() {
    ring.generate("fe-old");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);
    ring.retire("fe-old");

    assertThatThrownBy(() -> decryptor.decrypt(POINTER, field))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /destinationAccount/accountNumber names key \"fe-old\", which is"
                + " not in the key ring")
        .satisfies(e -> assertThat(((DecryptionException) e).code()).isEqualTo("decryption_failed"))
        .satisfies(e -> assertThat(((DecryptionException) e).httpStatus()).isZero());
  }

  @Test
  void oneTamperedCiphertextByteFails() {
    ring.generate("fe-1");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);
    byte[] tampered = field.ciphertext();
    tampered[40] ^= 0x01;

    assertThatThrownBy(() -> decryptor.decrypt(POINTER, withCiphertext(field, tampered)))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /destinationAccount/accountNumber could not be decrypted with key"
                + " \"fe-1\": the ciphertext is corrupted or was made for another field");
  }

  @Test
  void oneTamperedEncapsulatedKeyByteFails() {
    ring.generate("fe-1");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);
    byte[] tampered = field.ciphertext();
    tampered[0] ^= 0x01;

    assertThatThrownBy(() -> decryptor.decrypt(POINTER, withCiphertext(field, tampered)))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void fieldMovedToAnotherPointerFails() {
    ring.generate("fe-1");
    EncryptedField field =
        HpkeFieldEncryptor.forServerKeys(ring.serverKeys()).encrypt(POINTER, ACCOUNT);

    assertThatThrownBy(() -> decryptor.decrypt("/reference", field))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /reference could not be decrypted with key \"fe-1\": the"
                + " ciphertext is corrupted or was made for another field");
  }

  @Test
  void fieldOfAnotherSchemeFails() {
    ring.generate("fe-1");
    EncryptedField field = EncryptedField.of("rsa-oaep", "fe-1", new byte[64]);

    assertThatThrownBy(() -> decryptor.decrypt(POINTER, field))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "encrypted field at /destinationAccount/accountNumber uses scheme \"rsa-oaep\", not"
                + " hpke-x25519-sha256-aes256gcm");
  }

  @Test
  void truncatedCiphertextFails() {
    ring.generate("fe-1");
    EncryptedField field = EncryptedField.of("hpke-x25519-sha256-aes256gcm", "fe-1", new byte[10]);

    assertThatThrownBy(() -> decryptor.decrypt(POINTER, field))
        .isInstanceOf(DecryptionException.class);
  }

  @Test
  void ringPublishesFieldEncryptionKeysStampedByItsClock() {
    ServerKey key = ring.generate("fe-1");

    assertThat(ring.serverKeys()).containsExactly(key);
    assertThat(key.use()).isEqualTo(KeyUse.FIELD_ENCRYPTION);
    assertThat(key.algorithm()).isEqualTo(EncryptedField.HPKE_X25519_SHA256_AES256GCM);
    assertThat(key.createdAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    assertThat(key.publicKey()).hasSize(32).isEqualTo(ring.publicKey("fe-1"));
  }

  @Test
  void ringRejectsADuplicateKeyId() {
    ring.generate("fe-1");

    assertThatThrownBy(() -> ring.generate("fe-1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key \"fe-1\" is already in the ring");
  }

  @Test
  void ringRejectsAMalformedKeyId() {
    assertThatThrownBy(() -> ring.generate("fe 1"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("keyId must be 1 to 64 visible ASCII characters but was \"fe 1\"");
  }

  @Test
  void publicKeyOfAnUnknownKeyIsRejected() {
    assertThatThrownBy(() -> ring.publicKey("nope"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key \"nope\" is not in the ring");
  }

  @Test
  void retireTellsWhetherTheKeyWasThere() {
    ring.generate("fe-1");

    assertThat(ring.retire("fe-1")).isTrue();
    assertThat(ring.retire("fe-1")).isFalse();
    assertThat(ring.serverKeys()).isEmpty();
  }

  @Test
  void serverKeysWithoutAFieldEncryptionKeyAreRejected() {
    assertThatThrownBy(() -> HpkeFieldEncryptor.forServerKeys(List.of()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(
            "no field_encryption key with algorithm hpke-x25519-sha256-aes256gcm among 0 server"
                + " keys");
  }

  @Test
  void publicKeyOfTheWrongLengthIsRejected() {
    assertThatThrownBy(() -> HpkeFieldEncryptor.forPublicKey("fe-1", new byte[31]))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("X25519 public key of \"fe-1\" must be 32 bytes but has 31");
  }

  @Test
  void pointerThatIsNotAJsonPointerIsRejected() {
    HpkeFieldEncryptor encryptor =
        HpkeFieldEncryptor.forPublicKey("fe-1", ring.generate("fe-1").publicKey());

    assertThatThrownBy(() -> encryptor.encrypt("accountNumber", ACCOUNT))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("jsonPointer \"accountNumber\" is not an RFC 6901 JSON pointer");
    assertThatThrownBy(() -> encryptor.encrypt("/a~2b", ACCOUNT))
        .hasMessage("jsonPointer \"/a~2b\" is not an RFC 6901 JSON pointer");
  }

  @Test
  void toStringShowsKeyIdsOnly() {
    ring.generate("fe-1");

    assertThat(ring).hasToString("HpkeKeyRing[fe-1]");
    assertThat(HpkeFieldEncryptor.forServerKeys(ring.serverKeys()))
        .hasToString("HpkeFieldEncryptor{keyId=fe-1}");
  }
}
