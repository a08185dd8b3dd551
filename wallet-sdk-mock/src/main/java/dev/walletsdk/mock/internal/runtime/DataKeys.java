/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import com.google.crypto.tink.util.SecretBytes;
import dev.walletsdk.mock.internal.view.MockJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data keys of wallet holders: one AES-256-GCM key (a Tink {@link Aead}) per holder, under
 * which the journal keeps that holder's personal data. Erasure destroys the holder's key, which
 * makes every copy of the personal data in the journal unreadable (crypto-shredding).
 *
 * <p>With a journal, the keys live in their own file next to it ({@code <journal>.keys}), owner
 * read and write only where the file system has POSIX permissions; the keys are in plain there,
 * protected by the file's permissions, as the journal's own seed is. Every change writes a whole
 * new file, forces it, renames it over the old one and forces the directory, so a destroyed key is
 * in no file the mock keeps. Without a journal, the keys are in memory only.
 *
 * <p>Not thread-safe: used under the engine's lock.
 */
final class DataKeys {
  private static final Logger LOG = LoggerFactory.getLogger(DataKeys.class);
  private static final String FORMAT = "wallet-sdk-mock data keys v1";
  private static final int KEY_BYTES = 32;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A holder's key. */
  private record Entry(String keyId, String holder, byte[] key, Aead aead) {}

  private final @Nullable Path file;
  private final Map<String, Entry> byHolder = new LinkedHashMap<>();
  private final Map<String, Entry> byKeyId = new LinkedHashMap<>();

  private DataKeys(@Nullable Path file) {
    this.file = file;
  }

  /**
   * Returns keys kept in memory only.
   *
   * @return the keys, none yet
   */
  static DataKeys inMemory() {
    return new DataKeys(null);
  }

  /**
   * Returns the key file of a journal.
   *
   * @param journal the journal file
   * @return its key file
   */
  static Path fileOf(Path journal) {
    return journal.resolveSibling(journal.getFileName() + ".keys");
  }

  /**
   * Reads a key file, or creates an empty one.
   *
   * @param file the key file
   * @param startNew whether to replace an existing file with an empty one: the journal is new
   * @return the keys
   * @throws IllegalStateException if the file is not a key file
   * @throws UncheckedIOException if it cannot be read or written
   */
  static DataKeys open(Path file, boolean startNew) {
    DataKeys keys = new DataKeys(file);
    try {
      Files.deleteIfExists(temp(file));
      if (startNew || !Files.exists(file)) {
        if (!startNew) {
          LOG.warn(
              "key file {} is missing next to its journal: the personal data the journal holds"
                  + " cannot be decrypted and replays as erased",
              file);
        }
        keys.save();
        return keys;
      }
      keys.read(Files.readAllBytes(file));
      return keys;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open key file " + file + ": " + e.getMessage(), e);
    }
  }

  private void read(byte[] bytes) {
    JsonNode json;
    try {
      json = MockJson.parse(bytes);
    } catch (RuntimeException e) {
      throw damaged("it is not JSON");
    }
    if (!FORMAT.equals(json.path("format").asText())) {
      throw damaged("its format is not \"" + FORMAT + "\"");
    }
    for (JsonNode key : json.path("keys")) {
      byte[] material;
      try {
        material = Base64.getDecoder().decode(key.path("key").asText());
      } catch (IllegalArgumentException e) {
        throw damaged("key " + key.path("kid").asText() + " is not base64");
      }
      if (material.length != KEY_BYTES) {
        throw damaged("key " + key.path("kid").asText() + " is not " + KEY_BYTES + " bytes");
      }
      add(
          new Entry(
              key.path("kid").asText(), key.path("holder").asText(), material, aead(material)));
    }
  }

  private IllegalStateException damaged(String what) {
    return new IllegalStateException(
        "key file "
            + file
            + " is damaged: "
            + what
            + ". Restore it from its backup, or pass --journal-new to start with a new, empty mock");
  }

  private void add(Entry entry) {
    byHolder.put(entry.holder(), entry);
    byKeyId.put(entry.keyId(), entry);
  }

  /**
   * Returns the id of a holder's key, creating (and saving) the key if the holder has none.
   *
   * @param holder the holder: a wallet id, or a partner's key for data tied to no wallet
   * @return the key id
   */
  String keyIdFor(String holder) {
    Entry entry = byHolder.get(holder);
    if (entry == null) {
      byte[] material = new byte[KEY_BYTES];
      RANDOM.nextBytes(material);
      byte[] id = new byte[8];
      RANDOM.nextBytes(id);
      entry = new Entry("dk_" + HexFormat.of().formatHex(id), holder, material, aead(material));
      add(entry);
      save();
    }
    return entry.keyId();
  }

  /**
   * Returns the key with an id, unless it was destroyed.
   *
   * @param keyId the key id a record names
   * @return the AEAD, or empty
   */
  Optional<Aead> aead(String keyId) {
    return Optional.ofNullable(byKeyId.get(keyId)).map(Entry::aead);
  }

  /**
   * Tells whether a holder has a key.
   *
   * @param holder the holder
   * @return {@code true} if it has one
   */
  boolean has(String holder) {
    return byHolder.containsKey(holder);
  }

  /**
   * Destroys a holder's key: the key file is written again without it before this returns.
   *
   * @param holder the holder
   * @return {@code true} if there was a key
   */
  boolean destroy(String holder) {
    Entry entry = byHolder.remove(holder);
    if (entry == null) {
      return false;
    }
    byKeyId.remove(entry.keyId());
    save();
    Arrays.fill(entry.key(), (byte) 0);
    return true;
  }

  /**
   * Returns how many keys there are.
   *
   * @return the count
   */
  int size() {
    return byHolder.size();
  }

  private void save() {
    if (file == null) {
      return;
    }
    ObjectNode json = MockJson.object();
    json.put("format", FORMAT);
    ArrayNode keys = json.putArray("keys");
    for (Entry entry : byHolder.values()) {
      keys.addObject()
          .put("kid", entry.keyId())
          .put("holder", entry.holder())
          .put("key", Base64.getEncoder().encodeToString(entry.key()));
    }
    byte[] bytes = MockJson.write(json);
    Path temp = temp(file);
    try {
      Files.deleteIfExists(temp);
      try (FileChannel out =
          FileChannel.open(
              temp,
              java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              ownerOnly())) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      forceDirectory(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write key file " + file + ": " + e.getMessage(), e);
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  private static FileAttribute<?>[] ownerOnly() {
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[] {
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
      };
    }
    return new FileAttribute<?>[0];
  }

  private static void forceDirectory(Path path) {
    Path dir = path.toAbsolutePath().getParent();
    try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
      directory.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("cannot force directory {} to disk", dir, e);
    }
  }

  private static Path temp(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  private static Aead aead(byte[] key) {
    try {
      AesGcmParameters parameters =
          AesGcmParameters.builder()
              .setKeySizeBytes(KEY_BYTES)
              .setIvSizeBytes(12)
              .setTagSizeBytes(16)
              .setVariant(AesGcmParameters.Variant.NO_PREFIX)
              .build();
      return AesGcmJce.create(
          AesGcmKey.builder()
              .setParameters(parameters)
              .setKeyBytes(SecretBytes.copyFrom(key, InsecureSecretKeyAccess.get()))
              .build());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Tink rejected a data key", e);
    }
  }

  /** Names the file and the number of keys; never key material. */
  @Override
  public String toString() {
    return "DataKeys{" + (file == null ? "in memory" : file) + ", " + byHolder.size() + " keys}";
  }
}
