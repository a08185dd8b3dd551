/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Bad payloads are refused with a typed error that names the tag. */
class MerchantQrRejectionTest {
  private static final String MERCHANT = "26270013dev.walletsdk0106mer_qr";

  /** A valid payload from its objects before the checksum, with the checksum computed. */
  static String withCrc(String body) {
    return body + "6304" + QrChecksum.of(body + "6304");
  }

  private static String body(String extra) {
    return "000201010212" + MERCHANT + "52045812" + extra + "5802SG5909Kopi Shop6009Singapore";
  }

  private static QrFormatException rejected(String payload) {
    QrFormatException e =
        catchThrowableOfType(QrFormatException.class, () -> MerchantQr.parse(payload));
    assertThat(e).as("expected %s to be rejected", payload).isNotNull();
    assertThat(e.code()).isEqualTo("invalid_qr");
    assertThat(e.fieldErrors())
        .singleElement()
        .satisfies(f -> assertThat(f.field()).isEqualTo("qr." + e.tag()));
    return e;
  }

  @Test
  void validBaseline() {
    MerchantQr qr = MerchantQr.parse(withCrc(body("5303702540512.50")));

    assertThat(qr.walletMerchantId()).hasValue(MerchantId.of("mer_qr"));
    assertThat(qr.amount()).hasValue(Money.of("12.50", "SGD"));
  }

  @Test
  void badChecksumNamesTag63() {
    String good = withCrc(body("5303702"));
    String bad = good.substring(0, good.length() - 4) + (good.endsWith("0000") ? "0001" : "0000");

    QrFormatException e = rejected(bad);

    assertThat(e.tag()).isEqualTo("63");
    assertThat(e.reason()).isEqualTo(QrFormatException.CRC_MISMATCH);
    assertThat(e.getMessage()).startsWith("QR tag 63: the checksum is ");
  }

  @Test
  void alteredAmountBreaksTheChecksum() {
    String good = withCrc(body("5303702540512.50"));

    QrFormatException e = rejected(good.replace("540512.50", "540519.50"));

    assertThat(e.reason()).isEqualTo(QrFormatException.CRC_MISMATCH);
  }

  @Test
  void lengthPastTheEndNamesTheTag() {
    QrFormatException e = rejected("000201599");

    assertThat(e.tag()).isEqualTo("59");
    assertThat(e.reason()).isEqualTo(QrFormatException.INVALID_LENGTH);
  }

  @Test
  void unreadableTagIsNamedByItsPlaceNotByItsCharacters() {
    QrFormatException e = rejected(withCrc(body("  02ab")));

    assertThat(e.tag()).isEqualTo("??");
    assertThat(e.reason()).isEqualTo(QrFormatException.INVALID_VALUE);
    assertThat(e.getMessage())
        .contains("the tag \"  \" at character")
        .endsWith("is not two digits");
  }

  @Test
  void nonNumericLengthIsRejected() {
    QrFormatException e = rejected(withCrc(body("53AB702")));

    assertThat(e.tag()).isEqualTo("53");
    assertThat(e.reason()).isEqualTo(QrFormatException.INVALID_LENGTH);
    assertThat(e.getMessage()).isEqualTo("QR tag 53: the length \"AB\" is not two digits");
  }

  @Test
  void duplicateTagIsRejected() {
    QrFormatException e = rejected(withCrc(body("53037025303702")));

    assertThat(e.tag()).isEqualTo("53");
    assertThat(e.reason()).isEqualTo(QrFormatException.DUPLICATE_TAG);
  }

  @Test
  void duplicateSubTagInsideATemplateNamesBoth() {
    QrFormatException e = rejected(withCrc(body("530370262120502120502XY")));

    assertThat(e.tag()).isEqualTo("62.05");
    assertThat(e.reason()).isEqualTo(QrFormatException.DUPLICATE_TAG);
  }

  @Test
  void missingMandatoryTagIsNamed() {
    QrFormatException e = rejected(withCrc(body("")));

    assertThat(e.tag()).isEqualTo("53");
    assertThat(e.reason()).isEqualTo(QrFormatException.MISSING_TAG);
    assertThat(e.getMessage()).isEqualTo("QR tag 53: the tag is mandatory");
  }

  @Test
  void missingMerchantAccountIsNamed() {
    QrFormatException e =
        rejected(withCrc("0002015204581253037025802SG5909Kopi Shop6009Singapore"));

    assertThat(e.tag()).isEqualTo("26");
    assertThat(e.reason()).isEqualTo(QrFormatException.MISSING_TAG);
  }

  @Test
  void missingChecksumIsNamed() {
    QrFormatException e = rejected(body("5303702"));

    assertThat(e.tag()).isEqualTo("63");
    assertThat(e.reason()).isEqualTo(QrFormatException.MISSING_TAG);
  }

  @Test
  void nonNumericCurrencyIsRejected() {
    QrFormatException e = rejected(withCrc(body("5303SGD")));

    assertThat(e.tag()).isEqualTo("53");
    assertThat(e.reason()).isEqualTo(QrFormatException.INVALID_VALUE);
    assertThat(e.getMessage())
        .isEqualTo("QR tag 53: the currency \"SGD\" is not a 3-digit ISO 4217 numeric code");
  }

  @Test
  void unknownNumericCurrencyIsRejected() {
    QrFormatException e = rejected(withCrc(body("5303999")));

    assertThat(e.reason()).isEqualTo(QrFormatException.UNKNOWN_CURRENCY);
  }

  @Test
  void amountWithMoreDecimalsThanTheCurrencyIsRejectedNotRounded() {
    QrFormatException yen = rejected(withCrc(body("530339254041.50")));
    QrFormatException dollars = rejected(withCrc(body("5303702540612.505")));

    assertThat(yen.tag()).isEqualTo("54");
    assertThat(yen.reason()).isEqualTo(QrFormatException.TOO_MANY_DECIMALS);
    assertThat(yen.getMessage())
        .isEqualTo("QR tag 54: the amount 1.50 has more decimal places than JPY allows (0)");
    assertThat(dollars.reason()).isEqualTo(QrFormatException.TOO_MANY_DECIMALS);
  }

  @Test
  void trailingZerosBeyondTheScaleAreExact() {
    MerchantQr qr = MerchantQr.parse(withCrc(body("53033925405150.0")));

    assertThat(qr.amount()).hasValue(Money.of("150", "JPY"));
  }

  @Test
  void malformedAndZeroAmountsAreRejected() {
    assertThat(rejected(withCrc(body("530370254041,50"))).reason())
        .isEqualTo(QrFormatException.INVALID_VALUE);
    assertThat(rejected(withCrc(body("530370254040.00"))).tag()).isEqualTo("54");
  }

  @Test
  void unknownCountryIsRejected() {
    String payload =
        withCrc("000201" + MERCHANT + "520458125303702" + "5802XX5909Kopi Shop6009Singapore");

    assertThat(rejected(payload).tag()).isEqualTo("58");
  }

  @Test
  void feeTagsNeedTheirIndicator() {
    assertThat(rejected(withCrc(body("530370256041.00"))).reason())
        .isEqualTo(QrFormatException.MISPLACED_TAG);
    assertThat(rejected(withCrc(body("530370255020257033.0"))).tag()).isEqualTo("57");
    assertThat(rejected(withCrc(body("5303702550202"))).reason())
        .isEqualTo(QrFormatException.MISSING_TAG);
    assertThat(rejected(withCrc(body("5303702550209"))).tag()).isEqualTo("55");
  }

  @Test
  void fixedFeeWithTooManyDecimalsIsRejected() {
    QrFormatException e = rejected(withCrc(body("530339255020256031.5")));

    assertThat(e.tag()).isEqualTo("56");
    assertThat(e.reason()).isEqualTo(QrFormatException.TOO_MANY_DECIMALS);
  }

  @Test
  void percentageOutOfRangeIsRejected() {
    assertThat(rejected(withCrc(body("53037025502035703100"))).tag()).isEqualTo("57");
    assertThat(rejected(withCrc(body("530370255020357050.001"))).tag()).isEqualTo("57");
  }

  @Test
  void checksumMustBeLastAndFormatIndicatorFirst() {
    assertThat(rejected(withCrc("5303702" + body("")).substring(0)).tag()).isEqualTo("00");
    String crcInTheMiddle = body("5303702") + "63040000" + "610512345";
    assertThat(rejected(crcInTheMiddle).reason()).isEqualTo(QrFormatException.MISPLACED_TAG);
  }

  @Test
  void templateWithoutIdentifierIsRejected() {
    String payload = withCrc(body("5303702").replace(MERCHANT, "26100106mer_qr"));

    QrFormatException e = rejected(payload);

    assertThat(e.tag()).isEqualTo("26.00");
    assertThat(e.reason()).isEqualTo(QrFormatException.MISSING_TAG);
  }

  @Test
  void nullAndEmptyAreRejected() {
    assertThat(rejected("").tag()).isEqualTo("00");
    assertThat(catchThrowableOfType(QrFormatException.class, () -> MerchantQr.parse(null)).tag())
        .isEqualTo("00");
  }

  @Test
  void builderRejectsAFeeInAnotherCurrency() {
    MerchantQr.Builder builder =
        MerchantQr.builder()
            .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_qr")))
            .merchantCategoryCode("5812")
            .currency(CurrencyCode.SGD)
            .tip(Tip.fixedFee(Money.of("1.00", "EUR")))
            .countryCode("SG")
            .merchantName("Kopi Shop")
            .merchantCity("Singapore");

    QrFormatException e = catchThrowableOfType(QrFormatException.class, builder::build);

    assertThat(e.tag()).isEqualTo("56");
  }

  @Test
  void builderRejectsBadValuesAtOnce() {
    MerchantQr.Builder builder = MerchantQr.builder();

    assertThat(
            catchThrowableOfType(QrFormatException.class, () -> builder.merchantCategoryCode("58"))
                .tag())
        .isEqualTo("52");
    assertThat(
            catchThrowableOfType(
                    QrFormatException.class, () -> builder.merchantName("A".repeat(26)))
                .reason())
        .isEqualTo(QrFormatException.INVALID_LENGTH);
    assertThat(
            catchThrowableOfType(
                    QrFormatException.class, () -> Tip.percentageFee(new BigDecimal("0.001")))
                .tag())
        .isEqualTo("57");
  }

  @Test
  void builderNeedsAMerchantAccount() {
    MerchantQr.Builder builder =
        MerchantQr.builder()
            .merchantCategoryCode("5812")
            .currency(CurrencyCode.SGD)
            .countryCode("SG")
            .merchantName("Kopi Shop")
            .merchantCity("Singapore");

    assertThat(catchThrowableOfType(QrFormatException.class, builder::build).tag()).isEqualTo("26");
  }
}
