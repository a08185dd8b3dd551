/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Build then parse gives the same payload back; no input makes the parser fail untyped. */
class MerchantQrPropertiesTest {
  private static final int EXAMPLES = 400;

  private static final Gen<CurrencyCode> CURRENCIES =
      Generate.pick(List.copyOf(CurrencyCode.all()));

  private static final Gen<String> NAMES =
      strings().betweenCodePoints('!', '~').ofLengthBetween(1, 25);

  private static final Gen<String> CITIES =
      strings().betweenCodePoints(' ', '~').ofLengthBetween(1, 15).assuming(s -> !s.isEmpty());

  private static final Gen<String> IDS =
      strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 40).map(s -> "mer_" + s);

  /** A payload built from random valid parts. */
  private static Gen<MerchantQr> payloads() {
    Gen<Money> amounts =
        CURRENCIES.flatMap(
            currency ->
                longs().between(1, 99_999_999L).map(units -> Money.ofMinor(units, currency)));
    Gen<Tip> tips =
        Generate.pick(List.of(0, 1, 2, 3))
            .zip(
                integers().between(1, 9999),
                (kind, n) ->
                    switch (kind) {
                      case 1 -> Tip.prompt();
                      case 2 -> Tip.percentageFee(BigDecimal.valueOf(n, 2));
                      default -> null;
                    });
    return IDS.zip(amounts, tips, NAMES, (id, amount, tip, name) -> build(id, amount, tip, name))
        .zip(CITIES, (builder, city) -> builder.merchantCity(city).build());
  }

  private static MerchantQr.Builder build(String id, Money amount, Tip tip, String name) {
    MerchantQr.Builder builder =
        MerchantQr.builder()
            .pointOfInitiation(PointOfInitiation.DYNAMIC)
            .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of(id)))
            .merchantCategoryCode("5812")
            .amount(amount)
            .countryCode("SG")
            .merchantName(name)
            .additionalData(AdditionalData.of(Map.of(AdditionalData.BILL_NUMBER, "INV-1")));
    return tip == null ? builder : builder.tip(tip);
  }

  @Test
  void buildThenParseRoundTrips() {
    qt().withExamples(EXAMPLES)
        .forAll(payloads())
        .checkAssert(
            qr -> {
              MerchantQr parsed = MerchantQr.parse(qr.payload());
              assertThat(parsed).isEqualTo(qr);
              assertThat(parsed.amount()).isEqualTo(qr.amount());
              assertThat(parsed.tip()).isEqualTo(qr.tip());
              assertThat(parsed.merchantName()).isEqualTo(qr.merchantName());
              assertThat(parsed.merchantCity()).isEqualTo(qr.merchantCity());
              assertThat(parsed.walletMerchantId()).isEqualTo(qr.walletMerchantId());
              assertThat(parsed.currency()).isEqualTo(qr.amount().orElseThrow().currency());
            });
  }

  @Test
  void everyMutationOfAValidPayloadIsValidOrATypedError() {
    qt().withExamples(EXAMPLES)
        .forAll(payloads(), longs().all())
        .checkAssert(
            (qr, seed) -> {
              Random random = new Random(seed);
              String mutated = mutate(qr.payload(), random);
              parseTyped(mutated);
              parseTyped(fixCrc(mutated));
            });
  }

  @Test
  void randomTextIsATypedError() {
    qt().withExamples(EXAMPLES)
        .forAll(strings().betweenCodePoints(0, 0x7f).ofLengthBetween(0, 80))
        .checkAssert(MerchantQrPropertiesTest::parseTyped);
  }

  /**
   * Sequences of the grammar's own pieces (tags, lengths, values, templates) with a valid checksum
   * appended: these pass the CRC and reach the structural and field rules.
   */
  @Test
  void tokenSequencesWithAValidChecksumAreValidOrATypedError() {
    Gen<String> tokens =
        Generate.pick(
            List.of(
                "000201",
                "010211",
                "010212",
                "0102",
                "26",
                "62",
                "64",
                "91",
                "52",
                "53",
                "54",
                "55",
                "56",
                "57",
                "58",
                "59",
                "60",
                "63",
                "04",
                "05",
                "13",
                "99",
                "00",
                "0013",
                "dev.walletsdk",
                "0106mer_qr",
                "5204",
                "5812",
                "5303",
                "978",
                "392",
                "5405",
                "12.50",
                "1.5",
                "550201",
                "550202",
                "550203",
                "56031.5",
                "57035.5",
                "5802SG",
                "5909Kopi Shop",
                "6009Singapore",
                "62070503***",
                "最佳",
                "6304",
                "ABCD",
                " "));
    qt().withExamples(2_000)
        .forAll(lists().of(tokens).ofSizeBetween(0, 30))
        .checkAssert(parts -> parseTyped(fixCrc(String.join("", parts))));
  }

  @Test
  void singleCharacterChangesAreCaughtByTheChecksum() {
    qt().withExamples(EXAMPLES)
        .forAll(payloads(), integers().between(0, 10_000), integers().between('0', 'z'))
        .checkAssert(
            (qr, where, replacement) -> {
              String payload = qr.payload();
              int at = where % (payload.length() - 4);
              if (payload.charAt(at) == (char) (int) replacement) {
                return;
              }
              String changed =
                  payload.substring(0, at) + (char) (int) replacement + payload.substring(at + 1);
              try {
                MerchantQr.parse(changed);
                fail("a changed payload passed: " + changed);
              } catch (QrFormatException e) {
                assertThat(e.tag()).isNotEmpty();
              }
            });
  }

  private static void parseTyped(String payload) {
    try {
      MerchantQr.parse(payload);
    } catch (QrFormatException e) {
      assertThat(e.getMessage()).startsWith("QR tag " + e.tag() + ": ");
    } catch (RuntimeException e) {
      fail("untyped failure for " + payload, e);
    }
  }

  private static String mutate(String payload, Random random) {
    StringBuilder text = new StringBuilder(payload);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0 -> text.setCharAt(at, (char) ('0' + random.nextInt(10)));
        case 1 -> text.deleteCharAt(at);
        case 2 -> text.insert(at, (char) (' ' + random.nextInt(95)));
        default -> text.setLength(at);
      }
    }
    return text.toString();
  }

  /** Gives a mutated payload a valid checksum, so the parser's deeper rules are exercised. */
  private static String fixCrc(String payload) {
    int at = payload.lastIndexOf("6304");
    String body = at >= 0 ? payload.substring(0, at) : payload;
    return body + "6304" + QrChecksum.of(body + "6304");
  }
}
