/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The checksum of tag 63: CRC-16/CCITT-FALSE (polynomial {@code 0x1021}, initial value {@code
 * 0xFFFF}, no reflection, no final XOR) over the UTF-8 bytes of the payload up to and including the
 * {@code "6304"} that introduces the checksum.
 */
public final class QrChecksum {
  private static final int POLYNOMIAL = 0x1021;
  private static final int INITIAL = 0xFFFF;

  private QrChecksum() {}

  /**
   * Computes the CRC of bytes.
   *
   * @param bytes the input
   * @return the CRC, 0 to 65535
   */
  public static int crc16(byte[] bytes) {
    int crc = INITIAL;
    for (byte b : bytes) {
      crc ^= (b & 0xFF) << 8;
      for (int bit = 0; bit < 8; bit++) {
        crc = (crc & 0x8000) != 0 ? (crc << 1) ^ POLYNOMIAL : crc << 1;
        crc &= 0xFFFF;
      }
    }
    return crc;
  }

  /**
   * Computes the value of tag 63 for a payload.
   *
   * @param payloadThroughTag63Header the payload up to and including {@code "6304"}
   * @return four upper-case hexadecimal digits
   */
  public static String of(String payloadThroughTag63Header) {
    int crc = crc16(payloadThroughTag63Header.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%04X", crc);
  }
}
