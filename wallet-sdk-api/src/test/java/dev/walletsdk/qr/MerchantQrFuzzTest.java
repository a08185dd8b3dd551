/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.qr;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link MerchantQr#parse(String)}, the parser of codes a camera reads from paper: any text
 * either parses into a code whose payload is exactly the text and parses again to the same code, or
 * is refused with a {@link QrFormatException} naming a tag and a reason.
 *
 * <p>Seeds in {@code MerchantQrFuzzTestInputs} are the published samples of {@code
 * PublishedSamplesTest}. Most random changes break the CRC, so the target also repairs the CRC of
 * the fuzzed text half of the time, which lets the fuzzer reach the rules behind the checksum.
 */
class MerchantQrFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void anyTextIsACodeOrATypedRefusal(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (input.length > 0 && (input[0] & 1) == 1 && text.length() > 4) {
      text = withRepairedCrc(text);
    }
    MerchantQr code;
    try {
      code = MerchantQr.parse(text);
    } catch (QrFormatException e) {
      assertThat(e.tag()).matches("(\\d\\d\\.)?(\\d\\d|\\?\\?)");
      assertThat(e.reason()).isNotBlank();
      assertThat(e.getMessage()).startsWith("QR ");
      return;
    }
    assertThat(code.payload()).isEqualTo(text);
    assertThat(MerchantQr.parse(code.payload())).isEqualTo(code);
  }

  /** Replaces the last four characters with the CRC the text before them calls for. */
  private static String withRepairedCrc(String text) {
    String body = text.substring(0, text.length() - 4);
    return body + QrChecksum.of(body);
  }
}
