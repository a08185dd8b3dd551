/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Payloads published by the scheme owners, with the checksums they publish. Each checksum is also
 * recomputed here, so a wrong CRC implementation cannot pass by agreeing with itself.
 */
class PublishedSamplesTest {
  /** The example of the EMVCo Merchant-Presented Mode specification v1.1 (CRC A13A). */
  static final String EMVCO_SPEC_EXAMPLE =
      "00020101021229300012D156000000000510A93FO3230Q31280012D15600000001030812345678"
          + "520441115802CN5914BEST TRANSPORT6007BEIJING64200002ZH0104最佳运输0202北京"
          + "540523.7253031565502016233030412340603***0708A60086670902ME"
          + "91320016A0112233449988770708123456786304A13A";

  /** The static example of Banco Central do Brasil's BR Code manual for Pix (CRC 1D3D). */
  static final String PIX_BCB_MANUAL_EXAMPLE =
      "00020126580014br.gov.bcb.pix0136123e4567-e12b-12d1-a456-426655440000"
          + "5204000053039865802BR5913Fulano de Tal6008BRASILIA62070503***63041D3D";

  /** A Pix BR Code with an amount and a transaction id in 62.05 (CRC 07DD). */
  static final String PIX_WITH_AMOUNT =
      "00020126580014br.gov.bcb.pix0136b1734aa3-6240-4d95-9194-33387d596f4a"
          + "5204000053039865406129.905802BR5924Rhian Augusto Reis Lopes6009Sao Paulo"
          + "62240520daqr3180513534182201630407DD";

  /** An SGQR PayNow code to a company UEN with an expiry date (CRC B69E). */
  static final String SGQR_PAYNOW =
      "00020101021126490009SG.PAYNOW010120210201403121W03011040820301231520400005303702"
          + "5802SG5913ACME Pte Ltd.6009Singapore6304B69E";

  @Test
  void publishedChecksumsAreTheCrc16CcittFalseOfThePayload() {
    for (String sample :
        new String[] {EMVCO_SPEC_EXAMPLE, PIX_BCB_MANUAL_EXAMPLE, PIX_WITH_AMOUNT, SGQR_PAYNOW}) {
      String body = sample.substring(0, sample.length() - 4);
      assertThat(QrChecksum.of(body)).isEqualTo(sample.substring(sample.length() - 4));
    }
  }

  @Test
  void crcCheckValueOfTheCatalogue() {
    assertThat(QrChecksum.crc16("123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo(0x29B1);
  }

  @Test
  void emvcoSpecificationExample() {
    MerchantQr qr = MerchantQr.parse(EMVCO_SPEC_EXAMPLE);

    assertThat(qr.isDynamic()).isTrue();
    assertThat(qr.merchantAccounts()).extracting(MerchantAccount::tag).containsExactly("29", "31");
    assertThat(qr.merchantAccounts().get(0).globallyUniqueIdentifier()).hasValue("D15600000000");
    assertThat(qr.merchantAccounts().get(0).field("05")).hasValue("A93FO3230Q");
    assertThat(qr.merchantCategoryCode()).isEqualTo("4111");
    assertThat(qr.currency()).isEqualTo(CurrencyCode.of("CNY"));
    assertThat(qr.amount()).hasValue(Money.of("23.72", "CNY"));
    assertThat(qr.tip()).hasValue(Tip.prompt());
    assertThat(qr.countryCode()).isEqualTo("CN");
    assertThat(qr.merchantName()).isEqualTo("BEST TRANSPORT");
    assertThat(qr.merchantCity()).isEqualTo("BEIJING");
    AdditionalData additional = qr.additionalData().orElseThrow();
    assertThat(additional.field("03")).hasValue("1234");
    assertThat(additional.field("06")).hasValue("***");
    assertThat(additional.terminalLabel()).hasValue("A6008667");
    assertThat(additional.field("09")).hasValue("ME");
    assertThat(qr.dataObjects())
        .filteredOn(object -> object.tag().equals("64"))
        .singleElement()
        .satisfies(
            language ->
                assertThat(language.children())
                    .extracting(QrDataObject::value)
                    .containsExactly("ZH", "最佳运输", "北京"));
    assertThat(qr.payload()).isEqualTo(EMVCO_SPEC_EXAMPLE);
  }

  @Test
  void pixStaticExampleFromTheBrCodeManual() {
    MerchantQr qr = MerchantQr.parse(PIX_BCB_MANUAL_EXAMPLE);

    assertThat(qr.pointOfInitiation()).isEmpty();
    assertThat(qr.merchantAccount("BR.GOV.BCB.PIX").orElseThrow().field("01"))
        .hasValue("123e4567-e12b-12d1-a456-426655440000");
    assertThat(qr.currency()).isEqualTo(CurrencyCode.BRL);
    assertThat(qr.amount()).isEmpty();
    assertThat(qr.countryCode()).isEqualTo("BR");
    assertThat(qr.merchantName()).isEqualTo("Fulano de Tal");
    assertThat(qr.merchantCity()).isEqualTo("BRASILIA");
    assertThat(qr.additionalData().orElseThrow().referenceLabel()).hasValue("***");
    assertThat(qr.walletMerchantId()).isEmpty();
  }

  @Test
  void pixWithAmountAndTransactionId() {
    MerchantQr qr = MerchantQr.parse(PIX_WITH_AMOUNT);

    assertThat(qr.amount()).hasValue(Money.of("129.90", "BRL"));
    assertThat(qr.additionalData().orElseThrow().referenceLabel()).hasValue("daqr3180513534182201");
    assertThat(qr.merchantName()).isEqualTo("Rhian Augusto Reis Lopes");
  }

  @Test
  void sgqrPayNowCompanyCode() {
    MerchantQr qr = MerchantQr.parse(SGQR_PAYNOW);

    MerchantAccount payNow = qr.merchantAccount("SG.PAYNOW").orElseThrow();
    assertThat(payNow.tag()).isEqualTo("26");
    assertThat(payNow.field("01")).hasValue("2");
    assertThat(payNow.field("02")).hasValue("201403121W");
    assertThat(payNow.field("03")).hasValue("1");
    assertThat(payNow.field("04")).hasValue("20301231");
    assertThat(qr.pointOfInitiation()).hasValue(PointOfInitiation.STATIC);
    assertThat(qr.currency()).isEqualTo(CurrencyCode.SGD);
    assertThat(qr.merchantName()).isEqualTo("ACME Pte Ltd.");
    assertThat(qr.merchantCity()).isEqualTo("Singapore");
  }

  @Test
  void percentageFeeIsRoundedHalfEvenAtTheCurrencyScale() {
    Tip tip = Tip.percentageFee(new BigDecimal("3.5"));

    Tip five = Tip.percentageFee(new BigDecimal("5"));

    assertThat(tip.feeFor(Money.of("10.07", "SGD"))).hasValue(Money.of("0.35", "SGD"));
    assertThat(tip.feeFor(Money.of("1000", "JPY"))).hasValue(Money.of("35", "JPY"));
    assertThat(five.feeFor(Money.of("0.50", "SGD"))).hasValue(Money.of("0.02", "SGD"));
    assertThat(five.feeFor(Money.of("0.30", "SGD"))).hasValue(Money.of("0.02", "SGD"));
  }
}
