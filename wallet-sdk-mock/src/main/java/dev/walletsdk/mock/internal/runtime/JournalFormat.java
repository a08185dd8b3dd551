/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The bytes of a journal file. Version 3: a header line {@code wallet-sdk-mock journal v3 seed=<n>
 * crc=<crc32 hex of the text before " crc=">}, then one record per line as {@code <crc32 hex>
 * <json>}, whose personal data is sealed under its holder's data key ({@link PersonalData}).
 * Version 2 files (same header and records, personal data in plain) and version 1 files (header
 * {@code wallet-sdk-mock journal v1 seed=<n>}, without a checksum) are still read; opening one
 * gives it a version 3 header ({@link JournalFile}), so an earlier mock, which cannot read sealed
 * records, refuses it instead of misreading them.
 *
 * <p>A final record without its line end is torn (the process died while writing it) and is cut
 * off. A complete record that fails its checksum or cannot be read is damage, and so is a header
 * that fails its checksum: the journal is refused.
 */
final class JournalFormat {
  static final String V1 = "wallet-sdk-mock journal v1 seed=";
  static final String V2 = "wallet-sdk-mock journal v2 seed=";
  static final String V3 = "wallet-sdk-mock journal v3 seed=";

  /** The version this mock writes. */
  static final int VERSION = 3;

  private static final String CRC = " crc=";
  private static final int CRC_HEX = 8;
  private static final int MAX_ECHO = 120;
  private static final String HOW_TO_RECOVER =
      "Restore it from a backup, or pass --journal-new to start with a new, empty mock";

  private JournalFormat() {}

  /**
   * What a journal file holds.
   *
   * @param version the version in its header
   * @param seed the seed in its header
   * @param commands the intact records
   * @param validLength the bytes up to the end of the last intact record
   */
  record Parsed(int version, long seed, List<Command> commands, long validLength) {}

  static byte[] header(long seed) {
    String text = V3 + seed;
    return (text + CRC + crc(text.getBytes(StandardCharsets.UTF_8)) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A command's JSON, as a record carries it and the in-memory log keeps it. */
  static byte[] json(Command command) {
    return MockJson.write(CommandCodec.write(command));
  }

  /** The command a record's JSON holds. */
  static Command command(byte[] json) {
    return CommandCodec.read(MockJson.parse(json));
  }

  static byte[] record(Command command) {
    return record(json(command));
  }

  /** A record of a command already turned into its JSON ({@link #json}). */
  static byte[] record(byte[] json) {
    byte[] line = new byte[CRC_HEX + 1 + json.length + 1];
    System.arraycopy(crc(json).getBytes(StandardCharsets.US_ASCII), 0, line, 0, CRC_HEX);
    line[CRC_HEX] = ' ';
    System.arraycopy(json, 0, line, CRC_HEX + 1, json.length);
    line[line.length - 1] = '\n';
    return line;
  }

  static Parsed parse(Path path, byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalStateException(
          "journal "
              + path
              + " is empty (0 bytes) where a journal was expected; it may have been cut short by a"
              + " crash. Restore it from a backup, or delete it (or pass --journal-new) to start"
              + " with a new, empty mock");
    }
    int headerEnd = indexOf(bytes, 0);
    String header =
        new String(bytes, 0, headerEnd < 0 ? bytes.length : headerEnd, StandardCharsets.UTF_8);
    long seed = seed(path, header, headerEnd >= 0);
    int version = header.startsWith(V3) ? 3 : header.startsWith(V2) ? 2 : 1;
    List<Command> commands = new ArrayList<>();
    int offset = headerEnd + 1;
    while (offset < bytes.length) {
      int end = indexOf(bytes, offset);
      if (end < 0) {
        break;
      }
      commands.add(command(path, bytes, offset, end, commands.size() + 1));
      offset = end + 1;
    }
    return new Parsed(version, seed, commands, offset);
  }

  private static long seed(Path path, String header, boolean complete) {
    String shown = header.length() > MAX_ECHO ? header.substring(0, MAX_ECHO) + "…" : header;
    if ((header.startsWith(V3) || header.startsWith(V2)) && complete) {
      int crcAt = header.lastIndexOf(CRC);
      String content = crcAt < 0 ? header : header.substring(0, crcAt);
      String crc = crcAt < 0 ? "" : header.substring(crcAt + CRC.length());
      if (!crc.equals(crc(content.getBytes(StandardCharsets.UTF_8)))) {
        throw damaged(path, "the header fails its checksum (\"" + shown + "\")");
      }
      return number(path, content.substring(V3.length()), shown);
    }
    if (header.startsWith(V1) && complete) {
      return number(path, header.substring(V1.length()), shown);
    }
    throw damaged(path, "the header is not a wallet-sdk-mock journal header (\"" + shown + "\")");
  }

  private static long number(Path path, String seed, String shown) {
    try {
      return Long.parseLong(seed);
    } catch (NumberFormatException e) {
      throw damaged(path, "the header's seed is not a number (\"" + shown + "\")");
    }
  }

  private static Command command(Path path, byte[] bytes, int offset, int end, int number) {
    String where = "record " + number + " (at byte " + offset + ")";
    if (end - offset <= CRC_HEX + 1 || bytes[offset + CRC_HEX] != ' ') {
      throw damaged(path, where + " is complete but has no checksum");
    }
    byte[] json = Arrays.copyOfRange(bytes, offset + CRC_HEX + 1, end);
    String crc = new String(bytes, offset, CRC_HEX, StandardCharsets.US_ASCII);
    if (!crc.equals(crc(json))) {
      throw damaged(
          path,
          where + " is complete but fails its checksum",
          " (a torn write would have no line end)");
    }
    try {
      return command(json);
    } catch (RuntimeException e) {
      throw damaged(
          path, where + " passes its checksum but cannot be read (" + e.getMessage() + ")");
    }
  }

  private static IllegalStateException damaged(Path path, String what) {
    return damaged(path, what, "");
  }

  private static IllegalStateException damaged(Path path, String what, String note) {
    return new IllegalStateException(
        "journal " + path + ": " + what + "; the file is damaged" + note + ". " + HOW_TO_RECOVER);
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }
}
