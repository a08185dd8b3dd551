/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of a parsed request body, equal for two bodies exactly when the trees are equal: the
 * members of an object in any order, every number with its type and written form. The idempotency
 * store and the journal keep this instead of the body.
 */
public final class BodyDigest {
  private BodyDigest() {}

  /**
   * Returns the digest of a body.
   *
   * @param body the parsed body, or {@code null} for none
   * @return 64 lowercase hex digits
   */
  public static String of(@Nullable JsonNode body) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
    if (body == null) {
      sha256.update((byte) 'M');
    } else {
      feed(sha256, body);
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static void feed(MessageDigest sha256, JsonNode node) {
    switch (node.getNodeType()) {
      case OBJECT -> {
        sha256.update((byte) 'O');
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        count(sha256, names.size());
        for (String name : names) {
          text(sha256, name);
          feed(sha256, node.get(name));
        }
      }
      case ARRAY -> {
        sha256.update((byte) 'A');
        count(sha256, node.size());
        node.forEach(element -> feed(sha256, element));
      }
      case STRING -> {
        sha256.update((byte) 'S');
        text(sha256, node.textValue());
      }
      case NUMBER -> {
        sha256.update((byte) 'N');
        text(sha256, node.numberType().name());
        text(sha256, node.asText());
      }
      case BOOLEAN -> sha256.update((byte) (node.booleanValue() ? 'T' : 'F'));
      case NULL -> sha256.update((byte) 'Z');
      default -> {
        sha256.update((byte) 'X');
        text(sha256, node.toString());
      }
    }
  }

  /** Every UTF-16 unit as it is, so that even unpaired surrogates tell strings apart. */
  private static void text(MessageDigest sha256, String text) {
    ByteBuffer units = ByteBuffer.allocate(Integer.BYTES + Character.BYTES * text.length());
    units.putInt(text.length());
    for (int i = 0; i < text.length(); i++) {
      units.putChar(text.charAt(i));
    }
    sha256.update(units.array());
  }

  private static void count(MessageDigest sha256, int count) {
    sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(count).array());
  }
}
