/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.ledger;

import dev.walletsdk.mock.internal.ledger.JournalEntry.Memo;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@link JournalEntry#hash()}: SHA-256 over the previous hash (US-ASCII) followed by the
 * entry's canonical text (UTF-8), {@code
 * sequence|at|kind|reservation|resourceId|type|idempotencyScope} and one {@code
 * |debit>credit:currency:amount} per leg, where {@code at} is {@link Instant#toString()} and a
 * missing scope is empty. The bytes are written straight into a reused buffer and digested with a
 * reused {@link MessageDigest}, so a hash costs no text building; the values are those of encoding
 * the text with {@link String#getBytes}, for every input (a string with a non-ASCII character is
 * encoded by the JDK's own encoder).
 *
 * <p>Not thread-safe: one per ledger, or per audit.
 */
final class EntryHasher {
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
  private static final int SHA_256_BYTES = 32;

  private final MessageDigest sha256;
  private final byte[] digest = new byte[SHA_256_BYTES];
  private final byte[] hex = new byte[2 * SHA_256_BYTES];
  private byte[] buffer = new byte[512];
  private int length;
  private long cachedSecond = Long.MIN_VALUE;
  private byte[] cachedSecondText = new byte[0];

  EntryHasher() {
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  String hash(
      String previousHash,
      long sequence,
      Instant at,
      EntryKind kind,
      long reservation,
      List<Leg> legs,
      Memo memo) {
    length = 0;
    if (!ascii(previousHash)) {
      bytes(previousHash.getBytes(StandardCharsets.US_ASCII));
    }
    number(sequence);
    separator('|');
    instant(at);
    separator('|');
    ascii(kind.name());
    separator('|');
    number(reservation);
    separator('|');
    text(memo.resourceId());
    separator('|');
    text(memo.type());
    separator('|');
    String scope = memo.idempotencyScope();
    if (scope != null) {
      text(scope);
    }
    for (int i = 0, n = legs.size(); i < n; i++) {
      Leg leg = legs.get(i);
      separator('|');
      text(leg.debit());
      separator('>');
      text(leg.credit());
      separator(':');
      text(leg.currency());
      separator(':');
      number(leg.amount());
    }
    sha256.update(buffer, 0, length);
    try {
      sha256.digest(digest, 0, SHA_256_BYTES);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 gives 32 bytes", e);
    }
    for (int i = 0; i < SHA_256_BYTES; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(hex, StandardCharsets.US_ASCII);
  }

  /** The seconds part of {@link Instant#toString()} is cached; the fraction is written here. */
  private void instant(Instant at) {
    long second = at.getEpochSecond();
    if (second != cachedSecond) {
      String text = Instant.ofEpochSecond(second).toString();
      cachedSecondText = text.substring(0, text.length() - 1).getBytes(StandardCharsets.US_ASCII);
      cachedSecond = second;
    }
    bytes(cachedSecondText);
    int nano = at.getNano();
    if (nano != 0) {
      separator('.');
      if (nano % 1_000_000 == 0) {
        digits(nano / 1_000_000, 3);
      } else if (nano % 1_000 == 0) {
        digits(nano / 1_000, 6);
      } else {
        digits(nano, 9);
      }
    }
    separator('Z');
  }

  private void digits(int value, int count) {
    ensure(count);
    for (int i = length + count - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += count;
  }

  private void number(long value) {
    if (value < 0) {
      if (value == Long.MIN_VALUE) {
        ascii(Long.toString(value));
        return;
      }
      separator('-');
      value = -value;
    }
    int count = 1;
    for (long rest = value / 10; rest != 0; rest /= 10) {
      count++;
    }
    ensure(count);
    for (int i = length + count - 1; i >= length; i--) {
      buffer[i] = (byte) ('0' + value % 10);
      value /= 10;
    }
    length += count;
  }

  /** UTF-8, as {@link String#getBytes} gives it; each text stands between ASCII separators. */
  private void text(String text) {
    if (!ascii(text)) {
      bytes(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Writes the text if it is all ASCII, in one pass; otherwise writes nothing and says so. */
  private boolean ascii(String text) {
    int n = text.length();
    ensure(n);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return false;
      }
      buffer[length + i] = (byte) c;
    }
    length += n;
    return true;
  }

  private void bytes(byte[] bytes) {
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, length, bytes.length);
    length += bytes.length;
  }

  private void separator(char c) {
    ensure(1);
    buffer[length++] = (byte) c;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(2 * buffer.length, length + more));
    }
  }
}
