/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The streaming transfer reader returns exactly what the tree reader returns, or leaves the body to
 * it: on the fuzz corpus and on generated mutations of transfers, whenever {@link
 * StreamingReaders#transfer} returns a transfer, {@link ModelReaders#transfer} over {@link
 * Json#parse} returns an equal one, so the client's results and error messages stay those of the
 * tree reader.
 */
class StreamingReadersTest {
  private static final String PAYOUT =
      "{\"object\":\"transfer\",\"id\":\"trf_6v7kEt7cn39rEI8r6Tq7\","
          + "\"sourceWalletId\":\"wal_hedFdubijMRFPwRNMBtR\","
          + "\"destinationAccount\":{\"holderName\":\"Bob Builder\",\"accountNumberLast4\":\"3000\","
          + "\"bankCode\":\"COBADEFF\"},"
          + "\"sourceAmount\":{\"amount\":\"10.00\",\"currency\":\"EUR\"},"
          + "\"destinationAmount\":{\"amount\":\"10.92\",\"currency\":\"USD\"},"
          + "\"fee\":{\"amount\":\"0.02\",\"currency\":\"EUR\"},\"rate\":\"1.0945\","
          + "\"quoteId\":\"quo_XKWpocHmch9q3acuBGH1\",\"reference\":\"invoice-42\","
          + "\"description\":\"rent\",\"status\":\"completed\","
          + "\"createdAt\":\"2026-12-03T12:30:33.25Z\","
          + "\"receipt\":{\"kid\":\"rcpt-1\",\"alg\":\"ed25519\",\"sig\":\"Ofj7cx32\"}}";

  /** Member names and values of a wallet-to-wallet transfer, the base of the generated bodies. */
  private static final String[][] MEMBERS = {
    {"object", "\"transfer\""},
    {"id", "\"trf_6v7kEt7cn39rEI8r6Tq7\""},
    {"sourceWalletId", "\"wal_hedFdubijMRFPwRNMBtR\""},
    {"destinationWalletId", "\"wal_d4NHgOFOQLGzG72ki4Xx\""},
    {"sourceAmount", "{\"amount\":\"10.00\",\"currency\":\"EUR\"}"},
    {"destinationAmount", "{\"amount\":\"10.00\",\"currency\":\"EUR\"}"},
    {"fee", "{\"amount\":\"0.00\",\"currency\":\"EUR\"}"},
    {"reference", "\"invoice-42\""},
    {"status", "\"pending\""},
    {"createdAt", "\"2026-12-03T12:30:33Z\""},
    {"receipt", "{\"kid\":\"rcpt-1\",\"alg\":\"ed25519\",\"sig\":\"GBX3p6Gy\"}"}
  };

  private static final String[] NAMES = {
    "object",
    "id",
    "sourceWalletId",
    "destinationWalletId",
    "destinationAccount",
    "sourceAmount",
    "destinationAmount",
    "fee",
    "rate",
    "quoteId",
    "reference",
    "description",
    "status",
    "createdAt",
    "receipt",
    "Status",
    "extra",
    "nested",
    "amount"
  };

  private static final String[] VALUES = {
    "null",
    "1",
    "-0",
    "1.5",
    "1e4000000000",
    "123456789012345678901234567890",
    "true",
    "[]",
    "{}",
    "\"\"",
    "\"x\"",
    "\"transfer\"",
    "\"payment\"",
    "\"completed\"",
    "\"COMPLETED\"",
    "\"failed\"",
    "\"unknown\"",
    "\"reversed\"",
    "\"trf_bad id\"",
    "\"wal_d4NHgOFOQLGzG72ki4Xx\"",
    "\"quo_XKWpocHmch9q3acuBGH1\"",
    "\"1.0945\"",
    "\"01.5\"",
    "\"-1\"",
    "\"2026-02-30T00:00:00Z\"",
    "\"2026-12-03T12:30:33.123+01:00\"",
    "\"2026-12-03t12:30:33z\"",
    "\"\\u0000\\n\"",
    "{\"amount\":\"-1.00\",\"currency\":\"EUR\"}",
    "{\"amount\":\"1.00\",\"currency\":\"EURO\"}",
    "{\"amount\":\"1.001\",\"currency\":\"EUR\"}",
    "{\"amount\":\"1.00\"}",
    "{\"amount\":\"1.00\",\"currency\":null}",
    "{\"amount\":1,\"currency\":\"EUR\"}",
    "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"amount\":\"2.00\"}",
    "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"x\":{\"y\":1,\"y\":2}}",
    "{\"amount\":\"1.00\",\"currency\":\"EUR\",\"x\":[1e4000000000]}",
    "{\"kid\":\"k\",\"alg\":\"ed25519\",\"sig\":\"s\"}",
    "{\"kid\":\"k\",\"alg\":\"ed25519\"}",
    "{\"holderName\":\"A\",\"accountNumberLast4\":\"1234\"}",
    "{\"holderName\":\"A\",\"accountNumberLast4\":\"1234\",\"bankCode\":null}",
    "{\"holderName\":\"A\",\"accountNumberLast4\":\"12345\",\"bankCode\":\"B\"}",
    "[{\"x\":{\"y\":[1,2,{\"z\":\"q\",\"z\":\"r\"}]}}]",
    "[{\"x\":{\"y\":[1,2.5,{\"z\":\"q\"}]}},null,false]"
  };

  private static final String[] ENDINGS = {"", " ", "\n", " x", "{}", "]", ",", "null"};

  @Test
  void readsATransferWithEveryMemberAsTheTreeReaderDoes() {
    byte[] body = PAYOUT.getBytes(UTF_8);

    Transfer streamed = StreamingReaders.transfer(body);

    assertThat(streamed).isNotNull().isEqualTo(treeRead(body));
    assertThat(streamed.status()).isEqualTo(TransferStatus.COMPLETED);
  }

  @Test
  void readsAWalletToWalletTransferAsTheTreeReaderDoes() {
    byte[] body = body(List.of()).getBytes(UTF_8);

    assertThat(StreamingReaders.transfer(body)).isNotNull().isEqualTo(treeRead(body));
  }

  @Test
  void leavesAMemberGivenTwiceInsideAnUnknownMemberToTheTreeReader() {
    byte[] body =
        PAYOUT.replace("{\"object\"", "{\"x\":[{\"a\":1,\"a\":2}],\"object\"").getBytes(UTF_8);

    assertThat(StreamingReaders.transfer(body)).isNull();
    assertThatThrownBy(() -> treeRead(body))
        .isInstanceOf(ResponseFormatException.class)
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void leavesAnUnknownStatusSpelledInCapitalsToTheTreeReaderResult() {
    byte[] body = PAYOUT.replace("\"completed\"", "\"COMPLETED\"").getBytes(UTF_8);

    assertThat(StreamingReaders.transfer(body))
        .isEqualTo(treeRead(body))
        .extracting(Transfer::status)
        .isEqualTo(TransferStatus.UNKNOWN);
  }

  @Test
  void agreesWithTheTreeReaderOnTheFuzzCorpus() throws IOException, URISyntaxException {
    Path corpus =
        Path.of(StreamingReadersTest.class.getResource("/dev/walletsdk/client/fuzz").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    int streamed = 0;
    for (Path file : files) {
      byte[] input = Files.readAllBytes(file);
      agrees(input);
      if (agrees(Arrays.copyOfRange(input, bodyStart(input), input.length))) {
        streamed++;
      }
    }
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(streamed).as("transfers in the corpus read by streaming").isGreaterThan(5);
  }

  @Test
  void agreesWithTheTreeReaderOnMutatedTransfers() {
    qt().withExamples(3000)
        .forAll(lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, 10))
        .checkAssert(mutations -> agrees(body(mutations).getBytes(UTF_8)));
  }

  @Test
  void agreesWithTheTreeReaderOnCutAndExtendedTransfers() {
    qt().withExamples(1000)
        .forAll(
            lists().of(integers().between(0, 1 << 20)).ofSizeBetween(0, 3),
            integers().between(0, 1000),
            integers().between(0, ENDINGS.length - 1))
        .checkAssert(
            (mutations, cut, ending) -> {
              String body = body(mutations);
              String edited = body.substring(0, Math.min(cut, body.length())) + ENDINGS[ending];
              agrees(edited.getBytes(UTF_8));
              agrees((body + ENDINGS[ending]).getBytes(UTF_8));
            });
  }

  /** Where the body of a fuzz input starts: after its first empty line, as FuzzInput reads it. */
  private static int bodyStart(byte[] input) {
    for (int i = 0; i + 1 < input.length; i++) {
      if (input[i] == '\n' && input[i + 1] == '\n') {
        return i + 2;
      }
    }
    return 0;
  }

  /**
   * Builds a transfer body from the base members, changed by each number in turn: its low bits
   * choose drop, replace, add, repeat or move, the rest which member and which value.
   */
  private static String body(List<Integer> mutations) {
    List<String[]> members = new ArrayList<>();
    for (String[] member : MEMBERS) {
      members.add(member.clone());
    }
    for (int mutation : mutations) {
      int kind = mutation % 5;
      int which = (mutation / 5) % Math.max(1, members.size());
      int pick = mutation / 5 / Math.max(1, members.size());
      switch (kind) {
        case 0 -> {
          if (!members.isEmpty()) {
            members.remove(which);
          }
        }
        case 1 -> {
          if (!members.isEmpty()) {
            members.get(which)[1] = VALUES[pick % VALUES.length];
          }
        }
        case 2 ->
            members.add(
                Math.min(which, members.size()),
                new String[] {NAMES[pick % NAMES.length], VALUES[(pick / 7) % VALUES.length]});
        case 3 -> {
          if (!members.isEmpty()) {
            members.add(members.get(which).clone());
          }
        }
        default -> {
          if (!members.isEmpty()) {
            members.add(members.remove(which));
          }
        }
      }
    }
    StringBuilder body = new StringBuilder("{");
    for (String[] member : members) {
      body.append(body.length() == 1 ? "" : ",");
      body.append('"').append(member[0]).append("\":").append(member[1]);
    }
    return body.append('}').toString();
  }

  /** Checks the property and tells whether the streaming reader read the body itself. */
  private static boolean agrees(byte[] body) {
    Transfer streamed = StreamingReaders.transfer(body);
    if (streamed == null) {
      return false;
    }
    assertThat(treeOutcome(body)).as(new String(body, UTF_8)).isEqualTo(streamed);
    return true;
  }

  private static @Nullable Object treeOutcome(byte[] body) {
    try {
      return treeRead(body);
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Transfer treeRead(byte[] body) {
    return ModelReaders.transfer(JsonRead.root(Json.parse(body), "transfer"));
  }
}
