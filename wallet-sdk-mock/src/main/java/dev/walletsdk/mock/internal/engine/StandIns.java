/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What a journal replay puts in place of personal data it can no longer decrypt, because the
 * holder's data key was destroyed on erasure. A stand-in passes the checks the original passed (the
 * original was accepted), so the command replays with the same effect on everything but the
 * personal data, which the erasure replayed after it then removes.
 *
 * <p>Stand-ins carry a token drawn at random when the process starts, so a client cannot send one
 * to skip a check: only the journal's reader makes them.
 */
public final class StandIns {
  private static final String TOKEN;

  static {
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    TOKEN = HexFormat.of().formatHex(random).toUpperCase(Locale.ROOT);
  }

  /**
   * The stand-in for a plain text member: upper-case letters and digits, ending in {@code 0000}, so
   * it is also a valid account number whose last four characters are what erasure leaves.
   */
  public static final String TEXT = "SHREDDED" + TOKEN + "0000";

  /** The member of a stand-in field-encryption envelope. */
  private static final String ENVELOPE_MEMBER = "shredded";

  /** The date of birth an erased identity replays with: an adult, the earliest date accepted. */
  private static final String DATE_OF_BIRTH = "1900-01-01";

  /** The country an erased address replays with: any valid code would do. */
  private static final String COUNTRY = "AQ";

  private StandIns() {}

  /**
   * Tells whether a text is the stand-in of a plain text member.
   *
   * @param text the text
   * @return {@code true} if only a journal replay could have produced it
   */
  public static boolean isText(String text) {
    return TEXT.equals(text);
  }

  /**
   * Returns a new stand-in for a field-encryption envelope.
   *
   * @return the envelope
   */
  public static ObjectNode envelope() {
    return JsonNodeFactory.instance.objectNode().put(ENVELOPE_MEMBER, TOKEN);
  }

  /**
   * Tells whether a node is a stand-in envelope.
   *
   * @param node the node
   * @return {@code true} if only a journal replay could have produced it
   */
  public static boolean isEnvelope(JsonNode node) {
    JsonNode token = node.get(ENVELOPE_MEMBER);
    return node.isObject() && node.size() == 1 && token != null && TOKEN.equals(token.asText());
  }

  /**
   * Returns what a stand-in envelope decrypts to: a value the field accepts.
   *
   * @param pointer the field's JSON pointer
   * @return the plain text
   */
  public static String plainFor(String pointer) {
    if (pointer.endsWith("/dateOfBirth")) {
      return DATE_OF_BIRTH;
    }
    if (pointer.endsWith("/country")) {
      return COUNTRY;
    }
    if (pointer.endsWith("/accountNumber")) {
      return TEXT;
    }
    return PrivacyService.ERASED;
  }
}
