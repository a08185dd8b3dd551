/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The few ASN.1 DER encodings an X.509 certificate needs (ITU-T X.690). */
final class Der {
  private static final int SEQUENCE = 0x30;
  private static final int SET = 0x31;

  private Der() {}

  static byte[] tagged(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4);
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else if (length < 0x100) {
      out.write(0x81);
      out.write(length);
    } else {
      out.write(0x82);
      out.write(length >> 8);
      out.write(length & 0xFF);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  static byte[] sequence(byte[]... members) {
    return tagged(SEQUENCE, concat(members));
  }

  static byte[] set(byte[]... members) {
    return tagged(SET, concat(members));
  }

  /** An INTEGER from its minimal two's-complement bytes. */
  static byte[] integer(byte[] value) {
    return tagged(0x02, value);
  }

  static byte[] bitString(byte[] bits) {
    byte[] content = new byte[bits.length + 1];
    System.arraycopy(bits, 0, content, 1, bits.length);
    return tagged(0x03, content);
  }

  static byte[] octetString(byte[] content) {
    return tagged(0x04, content);
  }

  static byte[] utf8String(String text) {
    return tagged(0x0C, text.getBytes(StandardCharsets.UTF_8));
  }

  /** A UTCTime such as {@code 261203174700Z}. */
  static byte[] utcTime(String yyMMddHHmmssZ) {
    return tagged(0x17, yyMMddHHmmssZ.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] booleanTrue() {
    return new byte[] {0x01, 0x01, (byte) 0xFF};
  }

  /** An OBJECT IDENTIFIER from its dotted form, such as {@code 2.5.29.17}. */
  static byte[] oid(String dotted) {
    String[] arcs = dotted.split("\\.");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
    for (int i = 2; i < arcs.length; i++) {
      long arc = Long.parseLong(arcs[i]);
      int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
      for (int group = groups - 1; group >= 0; group--) {
        int bits = (int) ((arc >> (7 * group)) & 0x7F);
        out.write(group == 0 ? bits : bits | 0x80);
      }
    }
    return tagged(0x06, out.toByteArray());
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
