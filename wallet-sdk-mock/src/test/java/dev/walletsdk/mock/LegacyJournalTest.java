/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal written before personal data was sealed (version 2) still replays. */
class LegacyJournalTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  @TempDir Path dir;

  private static String crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  /** The setup records of a new mock, then a wallet opened with a plain display name, as v2. */
  private Path versionTwoJournal() throws IOException {
    Path journal = dir.resolve("legacy.journal");
    MockWalletServer setup = MockWalletServer.builder().startAt(START).journal(journal).build();
    String partner = setup.control().defaultPartner().id();
    setup.close();
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    String header =
        lines.get(0).substring(0, lines.get(0).indexOf(" crc=")).replace(" v3 ", " v2 ");
    String open =
        "{\"at\":\""
            + START
            + "\",\"t\":\"api\",\"requestId\":\"req_legacy\",\"partnerId\":\""
            + partner
            + "\",\"method\":\"POST\",\"path\":\"/v1/wallets\",\"key\":\"legacy-1\","
            + "\"body\":{\"displayName\":\"Legacy Holdername\",\"currencies\":[\"EUR\"]}}";
    StringBuilder text = new StringBuilder(header + " crc=" + crc(header) + "\n");
    lines.subList(1, lines.size()).forEach(line -> text.append(line).append('\n'));
    text.append(crc(open)).append(' ').append(open).append('\n');
    Files.writeString(journal, text, StandardCharsets.UTF_8);
    return journal;
  }

  @Test
  void versionTwoJournalReplaysAndGetsAVersionThreeHeader() throws IOException {
    Path journal = versionTwoJournal();

    MockWalletServer mock = MockWalletServer.builder().startAt(START).journal(journal).build();
    MockApi.Reply wallets = new MockApi(mock).get("/v1/wallets");
    mock.close();

    assertThat(wallets.text("/data/0/displayName")).isEqualTo("Legacy Holdername");
    assertThat(Files.readAllLines(journal, StandardCharsets.UTF_8).get(0))
        .startsWith("wallet-sdk-mock journal v3 seed=");
    assertThat(Files.readString(journal)).contains("\"displayName\":\"Legacy Holdername\"");
  }
}
