/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Looks for personal values in the files a mock wrote: in plain, base64 (standard and URL-safe,
 * with and without padding, at each of the 3 byte alignments) and hex (lower and upper case); and
 * reads the sealed personal data of a journal as an attacker holding the files would.
 */
final class DiskScan {
  private DiskScan() {}

  /** A value found in a file, and in which form. */
  record Hit(String value, String form, Path file) {}

  /** A sealed value of the journal: its record's position, its JSON pointer and the node. */
  record Sealed(int position, String pointer, JsonNode node) {}

  /** A field-encryption envelope in the journal, with its JSON pointer. */
  record Envelope(String pointer, JsonNode node) {}

  /** Every form a value is looked for in, by name. */
  static Map<String, byte[]> forms(String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    Map<String, byte[]> forms = new java.util.LinkedHashMap<>();
    forms.put("plain", bytes);
    forms.put("hex", ascii(HexFormat.of().formatHex(bytes)));
    forms.put("HEX", ascii(HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT)));
    forms.put("base64", ascii(Base64.getEncoder().encodeToString(bytes)));
    forms.put("base64-unpadded", ascii(Base64.getEncoder().withoutPadding().encodeToString(bytes)));
    forms.put("base64url", ascii(Base64.getUrlEncoder().encodeToString(bytes)));
    forms.put(
        "base64url-unpadded", ascii(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)));
    for (int offset = 0; offset < 3; offset++) {
      forms.put("base64@" + offset, aligned(Base64.getEncoder(), bytes, offset));
      forms.put("base64url@" + offset, aligned(Base64.getUrlEncoder(), bytes, offset));
    }
    return forms;
  }

  /** The characters of the encoding that depend on the value alone, after {@code offset} bytes. */
  private static byte[] aligned(Base64.Encoder encoder, byte[] value, int offset) {
    byte[] shifted = new byte[offset + value.length];
    System.arraycopy(value, 0, shifted, offset, value.length);
    String encoded = encoder.withoutPadding().encodeToString(shifted);
    int from = (8 * offset + 5) / 6;
    int to = 8 * (offset + value.length) / 6;
    return ascii(encoded.substring(from, to));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Every regular file under a directory. */
  static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every form of every value found in any of the files. */
  static List<Hit> scan(List<Path> files, List<String> values) {
    List<Hit> hits = new ArrayList<>();
    for (Path file : files) {
      byte[] content = read(file);
      for (String value : values) {
        forms(value)
            .forEach(
                (form, pattern) -> {
                  if (indexOf(content, pattern) >= 0) {
                    hits.add(new Hit(value, form, file));
                  }
                });
      }
    }
    return hits;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int indexOf(byte[] content, byte[] pattern) {
    outer:
    for (int i = 0; i + pattern.length <= content.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (content[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** The JSON of each record of a journal, in order. */
  static List<JsonNode> records(Path journal) {
    String[] lines = new String(read(journal), StandardCharsets.UTF_8).split("\n");
    List<JsonNode> records = new ArrayList<>();
    for (String line : Arrays.asList(lines).subList(1, lines.length)) {
      try {
        records.add(MockApi.JSON.readTree(line.substring(line.indexOf(' ') + 1)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return records;
  }

  /** The command data of a record: an API body or control arguments. */
  private static JsonNode data(JsonNode record) {
    return record.has("body") ? record.get("body") : record.path("args");
  }

  /** Every sealed value in a journal. */
  static List<Sealed> sealed(Path journal) {
    List<Sealed> sealed = new ArrayList<>();
    List<JsonNode> records = records(journal);
    for (int i = 0; i < records.size(); i++) {
      int position = i;
      walk(
          data(records.get(i)),
          "",
          (pointer, node) -> {
            if (node.isObject() && node.has("$pd")) {
              sealed.add(new Sealed(position, pointer, node));
              return true;
            }
            return false;
          });
    }
    return sealed;
  }

  /** Every field-encryption envelope in plain view in a journal. */
  static List<Envelope> envelopes(Path journal) {
    List<Envelope> envelopes = new ArrayList<>();
    for (JsonNode record : records(journal)) {
      walk(data(record), "", (pointer, node) -> envelope(node, pointer, envelopes));
    }
    return envelopes;
  }

  private static boolean envelope(JsonNode node, String pointer, List<Envelope> into) {
    if (node.isObject() && node.has("enc") && node.has("ct")) {
      into.add(new Envelope(pointer, node));
      return true;
    }
    return false;
  }

  private static void walk(
      JsonNode node, String pointer, BiFunction<String, JsonNode, Boolean> visit) {
    if (visit.apply(pointer, node)) {
      return;
    }
    if (node.isObject()) {
      node.properties().forEach(e -> walk(e.getValue(), pointer + "/" + e.getKey(), visit));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, visit);
      }
    }
  }

  /** The data keys of a key file, by key id, as an attacker holding the file reads them. */
  static Map<String, byte[]> keys(Path keyFile) {
    Map<String, byte[]> keys = new HashMap<>();
    try {
      for (JsonNode key : MockApi.JSON.readTree(read(keyFile)).path("keys")) {
        keys.put(key.path("kid").asText(), Base64.getDecoder().decode(key.path("key").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  /** The key ids of the sealed values. */
  static Set<String> keyIds(List<Sealed> sealed) {
    Set<String> ids = new LinkedHashSet<>();
    sealed.forEach(s -> ids.add(s.node().path("$pd").asText()));
    return ids;
  }

  /**
   * Opens a sealed value with AES-256-GCM (12-byte nonce first, 16-byte tag last) and the journal's
   * associated data, independently of the mock's code.
   *
   * @return the value's JSON, or {@code null} if its key is not in the key file
   */
  static JsonNode open(Sealed sealed, Map<String, byte[]> keys) {
    String keyId = sealed.node().path("$pd").asText();
    byte[] key = keys.get(keyId);
    if (key == null) {
      return null;
    }
    byte[] ct = Base64.getUrlDecoder().decode(sealed.node().path("ct").asText());
    String ad =
        "wallet-sdk-mock journal personal data|"
            + sealed.position()
            + "|"
            + sealed.pointer()
            + "|"
            + keyId;
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, ct, 0, 12));
      cipher.updateAAD(ad.getBytes(StandardCharsets.UTF_8));
      return MockApi.JSON.readTree(cipher.doFinal(ct, 12, ct.length - 12));
    } catch (GeneralSecurityException | IOException e) {
      throw new AssertionError("sealed value at " + sealed.pointer() + " does not open", e);
    }
  }
}
