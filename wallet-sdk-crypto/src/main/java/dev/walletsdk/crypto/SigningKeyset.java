/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.Ed25519Parameters;
import com.google.crypto.tink.signature.Ed25519PrivateKey;
import com.google.crypto.tink.signature.SignatureConfig2026;
import dev.walletsdk.DecryptionException;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.crypto.internal.Failures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.AEADBadTagException;

/**
 * The partner's request-signing keys: a Tink keyset of raw ({@code NO_PREFIX}) Ed25519 keys, one of
 * them primary, stored encrypted at rest as Tink's encrypted JSON keyset.
 *
 * <p>Each key's id is the RFC 7638 JWK thumbprint of its public key ({@link
 * Ed25519Keys#thumbprint(byte[])}): it needs no storage, does not depend on Tink's internal key
 * numbers, and lets the bank check that a registered id belongs to its key. Register {@link
 * #publicKeys()} with the bank; {@link Ed25519RequestSigner#fromKeyset} signs with the primary key.
 *
 * <p>Rotation: {@link #rotate()} adds a new primary key and keeps the old ones so the bank can
 * still verify in-flight requests; {@link #withoutKey(String)} drops a key once the bank no longer
 * needs it. The keyset is encrypted with the AEAD of a {@link KeysetWrappingKey}, with associated
 * data {@code "wallet-sdk signing keyset v1"}. Serialization uses Tink's signature configuration
 * ({@code SignatureConfig2026}), never the global registry.
 *
 * <p>Immutable and thread-safe: rotation returns a new keyset.
 */
public final class SigningKeyset {
  private static final byte[] ASSOCIATED_DATA =
      "wallet-sdk signing keyset v1".getBytes(StandardCharsets.US_ASCII);

  private final KeysetHandle handle;
  private final Map<String, Ed25519KeyPair> keys;
  private final String primaryKeyId;

  private SigningKeyset(KeysetHandle handle) {
    Map<String, Ed25519KeyPair> pairs = new LinkedHashMap<>();
    String primary = null;
    for (int i = 0; i < handle.size(); i++) {
      KeysetHandle.Entry entry = handle.getAt(i);
      Ed25519KeyPair pair = keyPair(entry);
      if (entry.getStatus() == KeyStatus.ENABLED) {
        pairs.put(pair.thumbprint(), pair);
      }
      primary = entry.isPrimary() ? pair.thumbprint() : primary;
    }
    if (primary == null || !pairs.containsKey(primary)) {
      // Tink reads keysets whose primary is disabled; nothing could be signed with one.
      throw Failures.invalid(
          "keyset", "invalid_keyset", "keyset has no enabled primary key to sign with");
    }
    this.handle = handle;
    this.keys = pairs;
    this.primaryKeyId = primary;
  }

  /**
   * Generates a keyset with one new key.
   *
   * @return the keyset
   */
  public static SigningKeyset generate() {
    return new SigningKeyset(withNewPrimary(KeysetHandle.newBuilder()));
  }

  /**
   * Adopts a keyset the application already manages with Tink.
   *
   * @param handle a keyset of Ed25519 private keys with the {@code NO_PREFIX} variant
   * @return the keyset
   * @throws InvalidRequestException if a key is of another type or variant, or the primary key is
   *     not enabled
   */
  @SuppressWarnings("exports") // Callers hold a Tink KeysetHandle, so Tink is on their module path.
  public static SigningKeyset fromTinkKeysetHandle(KeysetHandle handle) {
    return new SigningKeyset(handle);
  }

  /**
   * Reads an encrypted JSON keyset.
   *
   * @param encryptedJson the text written by {@link #toEncryptedJson(KeysetWrappingKey)}
   * @param wrappingKey the key it was encrypted with
   * @return the keyset
   * @throws DecryptionException (code {@code decryption_failed}) if the wrapping key is wrong, the
   *     text was modified, or it is not an encrypted Tink JSON keyset
   * @throws InvalidRequestException if it holds a key that is not a raw Ed25519 private key, or its
   *     primary key is not enabled
   */
  public static SigningKeyset fromEncryptedJson(
      String encryptedJson, KeysetWrappingKey wrappingKey) {
    try {
      return new SigningKeyset(
          TinkJsonProtoKeysetFormat.parseEncryptedKeyset(
              encryptedJson, wrappingKey.aead(), ASSOCIATED_DATA, SignatureConfig2026.get()));
    } catch (AEADBadTagException e) {
      throw Failures.decryption(
          "signing keyset could not be decrypted: the wrapping key is wrong or the keyset was"
              + " modified",
          e);
    } catch (GeneralSecurityException e) {
      throw Failures.decryption(
          "signing keyset could not be read as an encrypted Tink JSON keyset", e);
    }
  }

  /**
   * Reads an encrypted JSON keyset from a file.
   *
   * @param file the file written by {@link #write(Path, KeysetWrappingKey)}
   * @param wrappingKey the key it was encrypted with
   * @return the keyset
   * @throws UncheckedIOException if the file cannot be read
   * @throws DecryptionException as {@link #fromEncryptedJson(String, KeysetWrappingKey)}
   */
  public static SigningKeyset read(Path file, KeysetWrappingKey wrappingKey) {
    try {
      return fromEncryptedJson(Files.readString(file), wrappingKey);
    } catch (IOException e) {
      throw new UncheckedIOException("signing keyset " + file + " could not be read", e);
    }
  }

  /**
   * Encrypts the keyset as Tink's encrypted JSON keyset. The key material is encrypted; the key
   * numbers, types and statuses (Tink's {@code keysetInfo}) are not.
   *
   * @param wrappingKey the key to encrypt with
   * @return the JSON text
   */
  public String toEncryptedJson(KeysetWrappingKey wrappingKey) {
    try {
      return TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(
          handle, wrappingKey.aead(), ASSOCIATED_DATA, SignatureConfig2026.get());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the signing keyset could not be encrypted", e);
    }
  }

  /**
   * Writes the encrypted keyset to a file, atomically: to a new file in the same directory (created
   * readable by its owner only where the file system supports it), then moved over the target.
   *
   * @param file the target file
   * @param wrappingKey the key to encrypt with
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file, KeysetWrappingKey wrappingKey) {
    Path directory = file.toAbsolutePath().getParent();
    try {
      Path temporary = Files.createTempFile(directory, ".signing-keyset", ".tmp");
      Files.writeString(temporary, toEncryptedJson(wrappingKey));
      Files.move(
          temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("signing keyset " + file + " could not be written", e);
    }
  }

  /**
   * Adds a new key and makes it primary; the previous keys stay, for verification.
   *
   * @return the new keyset
   */
  public SigningKeyset rotate() {
    return new SigningKeyset(withNewPrimary(KeysetHandle.newBuilder(handle)));
  }

  /**
   * Removes a key that is no longer primary.
   *
   * @param keyId the key's id
   * @return the new keyset
   * @throws InvalidRequestException if the key is primary or not in the keyset
   */
  public SigningKeyset withoutKey(String keyId) {
    if (keyId.equals(primaryKeyId)) {
      throw Failures.invalid(
          "keyId", "primary_key", "key \"" + keyId + "\" is primary; rotate before removing it");
    }
    KeysetHandle.Builder builder = KeysetHandle.newBuilder(handle);
    for (int i = 0; i < builder.size(); i++) {
      if (keyPair(handle.getAt(i)).thumbprint().equals(keyId)) {
        builder.deleteAt(i);
        return new SigningKeyset(build(builder));
      }
    }
    throw Failures.invalid("keyId", "not_found", "key \"" + keyId + "\" is not in the keyset");
  }

  /**
   * Returns the enabled public keys, to register with the bank.
   *
   * @return the keys in keyset order
   */
  public List<SigningPublicKey> publicKeys() {
    List<SigningPublicKey> publicKeys = new ArrayList<>();
    keys.forEach(
        (keyId, pair) ->
            publicKeys.add(
                new SigningPublicKey(keyId, pair.publicKey(), keyId.equals(primaryKeyId))));
    return List.copyOf(publicKeys);
  }

  /**
   * Returns the primary public key.
   *
   * @return the key that signs new requests
   */
  public SigningPublicKey primaryPublicKey() {
    return new SigningPublicKey(primaryKeyId, keys.get(primaryKeyId).publicKey(), true);
  }

  String primaryKeyId() {
    return primaryKeyId;
  }

  Ed25519KeyPair primaryKeyPair() {
    return keys.get(primaryKeyId);
  }

  private static KeysetHandle withNewPrimary(KeysetHandle.Builder builder) {
    Ed25519PrivateKey key = Ed25519Keys.generate().tinkPrivateKey();
    return build(builder.addEntry(KeysetHandle.importKey(key).withRandomId().makePrimary()));
  }

  private static KeysetHandle build(KeysetHandle.Builder builder) {
    try {
      return builder.build();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected the signing keyset", e);
    }
  }

  private static Ed25519KeyPair keyPair(KeysetHandle.Entry entry) {
    if (!(entry.getKey() instanceof Ed25519PrivateKey key)
        || key.getParameters().getVariant() != Ed25519Parameters.Variant.NO_PREFIX) {
      throw Failures.invalid(
          "keyset",
          "unsupported_key",
          "keyset key "
              + Integer.toUnsignedString(entry.getId())
              + " is not a raw (NO_PREFIX)"
              + " Ed25519 private key");
    }
    return Ed25519Keys.fromSeed(
        key.getPrivateKeyBytes().toByteArray(InsecureSecretKeyAccess.get()));
  }

  /** Lists key ids; never key material. */
  @Override
  public String toString() {
    return "SigningKeyset{primary=" + primaryKeyId + ", keys=" + keys.keySet() + "}";
  }
}
