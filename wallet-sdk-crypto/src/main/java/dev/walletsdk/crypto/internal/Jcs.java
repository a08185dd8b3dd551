/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Canonicalization Scheme (RFC 8785): the byte-exact form of a JSON document that receipts
 * are signed over.
 *
 * <p>Members of every object are sorted by the UTF-16 code units of their names, whitespace is
 * removed, strings are written with the minimal escapes of RFC 8785 §3.2.2.2 and numbers as
 * ECMAScript's {@code Number.prototype.toString} writes them (RFC 8785 §3.2.2.3). The input must be
 * I-JSON (RFC 7493): valid UTF-8, no duplicate member names, no lone surrogates, numbers within the
 * IEEE 754 double range.
 *
 * <p>Stateless and thread-safe.
 */
public final class Jcs {
  /** The largest input accepted, in bytes: 1 MiB. */
  public static final int MAX_INPUT_BYTES = 1 << 20;

  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;

  private Jcs() {}

  /**
   * Canonicalizes a JSON document.
   *
   * @param json the UTF-8 bytes of one JSON value
   * @return the UTF-8 bytes of its canonical form
   * @throws InvalidJsonException if the input is not I-JSON, is larger than {@link
   *     #MAX_INPUT_BYTES} or nests deeper than {@link #MAX_DEPTH}; the message names the position,
   *     never the content
   */
  public static byte[] canonicalize(byte[] json) {
    if (json.length > MAX_INPUT_BYTES) {
      throw new InvalidJsonException(
          -1, "input has " + json.length + " bytes, more than the limit of " + MAX_INPUT_BYTES);
    }
    String text = JsonCanonicalizer.canonicalize(decodeUtf8(json), MAX_DEPTH);
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String decodeUtf8(byte[] json) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(json))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidJsonException(-1, "input is not valid UTF-8");
    }
  }
}
