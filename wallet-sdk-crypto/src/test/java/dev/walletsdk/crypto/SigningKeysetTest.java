/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.signature.Ed25519PublicKey;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.Bytes;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.spi.TransportRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Instant;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeysetTest {
  private static final char[] PASSWORD = "correct horse".toCharArray();

  private final KeyStore keyStore = emptyPkcs12();
  private final KeysetWrappingKey wrappingKey =
      KeysetWrappingKey.createInKeyStore(keyStore, "signing-keyset", PASSWORD);

  private static KeyStore emptyPkcs12() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      return store;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyStore savedAndReloaded(KeyStore store) throws Exception {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    store.store(file, PASSWORD);
    KeyStore reloaded = KeyStore.getInstance("PKCS12");
    reloaded.load(new ByteArrayInputStream(file.toByteArray()), PASSWORD);
    return reloaded;
  }

  private static String tamper(String json) {
    int at = json.indexOf("\"encryptedKeyset\":\"") + 30;
    char replacement = json.charAt(at) == 'A' ? 'B' : 'A';
    return json.substring(0, at) + replacement + json.substring(at + 1);
  }

  @Test
  void generatedKeysetHasOnePrimaryKeyNamedByItsThumbprint() {
    SigningKeyset keyset = SigningKeyset.generate();
    SigningPublicKey primary = keyset.primaryPublicKey();

    assertThat(keyset.publicKeys()).containsExactly(primary);
    assertThat(primary.primary()).isTrue();
    assertThat(primary.publicKey()).hasSize(32);
    assertThat(primary.keyId()).isEqualTo(Ed25519Keys.thumbprint(primary.publicKey())).hasSize(43);
  }

  @Test
  void keysetEncryptedUnderAKeyStoreEntryReadsBackAfterTheStoreIsSaved() throws Exception {
    SigningKeyset keyset = SigningKeyset.generate();
    String json = keyset.toEncryptedJson(wrappingKey);
    KeysetWrappingKey reopened =
        KeysetWrappingKey.fromKeyStore(savedAndReloaded(keyStore), "signing-keyset", PASSWORD);

    assertThat(SigningKeyset.fromEncryptedJson(json, reopened).publicKeys())
        .isEqualTo(keyset.publicKeys());
  }

  @Test
  void encryptedJsonIsTinksFormatWithoutCleartextKeyMaterial() {
    String json = SigningKeyset.generate().toEncryptedJson(wrappingKey);

    assertThat(json)
        .contains("\"encryptedKeyset\"", "type.googleapis.com/google.crypto.tink.Ed25519PrivateKey")
        .doesNotContain("keyData");
  }

  @Test
  void wrongWrappingKeyIsRejected() {
    String json = SigningKeyset.generate().toEncryptedJson(wrappingKey);
    KeysetWrappingKey other = KeysetWrappingKey.createInKeyStore(keyStore, "other", PASSWORD);

    assertThatThrownBy(() -> SigningKeyset.fromEncryptedJson(json, other))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "signing keyset could not be decrypted: the wrapping key is wrong or the keyset was"
                + " modified")
        .satisfies(
            e -> assertThat(((DecryptionException) e).code()).isEqualTo("decryption_failed"));
  }

  @Test
  void tamperedKeysetIsRejected() {
    String json = SigningKeyset.generate().toEncryptedJson(wrappingKey);

    assertThatThrownBy(() -> SigningKeyset.fromEncryptedJson(tamper(json), wrappingKey))
        .isInstanceOf(DecryptionException.class)
        .hasMessage(
            "signing keyset could not be decrypted: the wrapping key is wrong or the keyset was"
                + " modified");
  }

  @Test
  void textThatIsNotAnEncryptedKeysetIsRejected() {
    assertThatThrownBy(() -> SigningKeyset.fromEncryptedJson("{\"keys\": []}", wrappingKey))
        .isInstanceOf(DecryptionException.class)
        .hasMessage("signing keyset could not be read as an encrypted Tink JSON keyset");
  }

  @Test
  void keysetWrittenToAFileReadsBack(@TempDir Path directory) throws Exception {
    SigningKeyset keyset = SigningKeyset.generate();
    Path file = directory.resolve("signing-keyset.json");
    keyset.write(file, wrappingKey);
    keyset.rotate().write(file, wrappingKey);

    assertThat(SigningKeyset.read(file, wrappingKey).publicKeys()).hasSize(2);
    try (var files = Files.list(directory)) {
      assertThat(files.map(path -> path.getFileName().toString()).toList())
          .containsExactly("signing-keyset.json");
    }
  }

  @Test
  void rotationAddsANewPrimaryAndKeepsTheOldKey() {
    SigningKeyset keyset = SigningKeyset.generate();
    SigningPublicKey old = keyset.primaryPublicKey();
    SigningKeyset rotated = keyset.rotate();

    assertThat(rotated.primaryPublicKey().keyId()).isNotEqualTo(old.keyId());
    assertThat(rotated.publicKeys())
        .extracting(SigningPublicKey::keyId, SigningPublicKey::primary)
        .containsExactly(
            tuple(old.keyId(), false), tuple(rotated.primaryPublicKey().keyId(), true));
  }

  @Test
  void oldKeyCanBeRemovedOnceRotatedButThePrimaryCannot() {
    SigningKeyset keyset = SigningKeyset.generate();
    String old = keyset.primaryPublicKey().keyId();
    SigningKeyset rotated = keyset.rotate();

    assertThat(rotated.withoutKey(old).publicKeys()).containsExactly(rotated.primaryPublicKey());
    assertThatThrownBy(() -> keyset.withoutKey(old))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key \"" + old + "\" is primary; rotate before removing it");
    assertThatThrownBy(() -> rotated.withoutKey("nope"))
        .hasMessage("key \"nope\" is not in the keyset");
  }

  @Test
  void signerFromTheKeysetIsVerifiedWithTheRegisteredPublicKey() {
    SigningKeyset keyset = SigningKeyset.generate().rotate();
    SigningPublicKey registered = keyset.primaryPublicKey();
    MutableClock clock = new MutableClock(Instant.parse("2026-11-01T00:00:00Z"));
    Rfc9421Verifier bank =
        Rfc9421Verifier.builder()
            .keys(SigningKeyResolver.of(Map.of(registered.keyId(), registered.publicKey())))
            .clock(clock)
            .build();
    Ed25519RequestSigner signer = Ed25519RequestSigner.fromKeyset(keyset, clock);
    TransportRequest request =
        TransportRequest.builder().uri(URI.create("https://wallet.bank.example/v1/keys")).build();

    assertThat(signer.keyId()).isEqualTo(registered.keyId());
    assertThat(bank.verify(signer.sign(request)).keyId()).contains(registered.keyId());
  }

  @Test
  void applicationSuppliedTinkAeadWrapsTheKeyset() throws GeneralSecurityException {
    KeysetWrappingKey kms = KeysetWrappingKey.fromTinkAead(new AesGcmJce(new byte[32]));
    SigningKeyset keyset = SigningKeyset.generate();

    assertThat(SigningKeyset.fromEncryptedJson(keyset.toEncryptedJson(kms), kms).publicKeys())
        .isEqualTo(keyset.publicKeys());
    assertThat(kms).hasToString("KeysetWrappingKey{Tink Aead AesGcmJce}");
  }

  @Test
  void tinkKeysetWithPrefixedKeysIsRejected() throws GeneralSecurityException {
    Ed25519KeyPair pair = Ed25519Keys.generate();
    Ed25519PublicKey prefixed =
        Ed25519PublicKey.create(
            Ed25519Parameters.Variant.TINK, Bytes.copyFrom(pair.publicKey()), 42);
    Ed25519PrivateKey key =
        Ed25519PrivateKey.create(
            prefixed,
            SecretBytes.copyFrom(
                pair.tinkPrivateKey()
                    .getPrivateKeyBytes()
                    .toByteArray(InsecureSecretKeyAccess.get()),
                InsecureSecretKeyAccess.get()));
    KeysetHandle handle =
        KeysetHandle.newBuilder()
            .addEntry(KeysetHandle.importKey(key).withFixedId(42).makePrimary())
            .build();

    assertThatThrownBy(() -> SigningKeyset.fromTinkKeysetHandle(handle))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("keyset key 42 is not a raw (NO_PREFIX) Ed25519 private key");
  }

  @Test
  void keyStoreEntryWithTheWrongPasswordIsRejected() {
    assertThatThrownBy(
            () -> KeysetWrappingKey.fromKeyStore(keyStore, "signing-keyset", "wrong".toCharArray()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key store entry \"signing-keyset\" could not be unlocked");
  }

  @Test
  void missingKeyStoreEntryIsRejected() {
    assertThatThrownBy(() -> KeysetWrappingKey.fromKeyStore(keyStore, "absent", PASSWORD))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key store has no entry \"absent\"");
  }

  @Test
  void keyStoreEntryThatIsNotAnAesKeyIsRejected() throws Exception {
    keyStore.setEntry(
        "hmac",
        new KeyStore.SecretKeyEntry(new SecretKeySpec(new byte[32], "HmacSHA256")),
        new KeyStore.PasswordProtection(PASSWORD));

    assertThatThrownBy(() -> KeysetWrappingKey.fromKeyStore(keyStore, "hmac", PASSWORD))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key store entry \"hmac\" is not a 128 or 256-bit AES key");
  }

  @Test
  void existingAliasIsNotOverwritten() {
    assertThatThrownBy(
            () -> KeysetWrappingKey.createInKeyStore(keyStore, "signing-keyset", PASSWORD))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("key store already has an entry \"signing-keyset\"");
  }

  @Test
  void toStringShowsKeyIdsAndSourcesOnly() {
    SigningKeyset keyset = SigningKeyset.generate();
    String keyId = keyset.primaryPublicKey().keyId();

    assertThat(keyset).hasToString("SigningKeyset{primary=" + keyId + ", keys=[" + keyId + "]}");
    assertThat(wrappingKey).hasToString("KeysetWrappingKey{key store entry \"signing-keyset\"}");
  }
}
