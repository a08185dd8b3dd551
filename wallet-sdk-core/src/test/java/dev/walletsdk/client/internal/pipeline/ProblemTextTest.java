/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.WalletException;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * What a server writes into a problem document reaches exception messages escaped and bounded: no
 * control character (a forged log line, a terminal escape) and no more than 200 characters of it.
 */
class ProblemTextTest {
  private static final String SUFFIX = " [HTTP 400, code invalid_request, request req_1]";

  private final ErrorMapper mapper =
      new ErrorMapper(Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC));

  private static TransportResponse problem(String members, String requestId) {
    return TransportResponse.of(
        400,
        Headers.of("Content-Type", "application/problem+json", "Request-Id", requestId),
        ("{\"code\":\"invalid_request\"," + members + "}").getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void megabyteDetailIsCutNamingItsLength() {
    WalletException e = mapper.map(problem("\"detail\":\"" + "x".repeat(1 << 20) + "\"", "req_1"));

    assertThat(e).hasMessage("x".repeat(200) + "... [1048576 chars in all]" + SUFFIX);
  }

  @Test
  void controlCharactersInDetailAreEscapedVisibly() {
    WalletException e =
        mapper.map(
            problem(
                "\"detail\":\"paid\\r\\n2026-11-24 INFO forged line\\u001b[2J\\u0000\\u2028\\u202e\"",
                "req_1"));

    assertThat(e)
        .hasMessage(
            "paid\\u000d\\u000a2026-11-24 INFO forged line\\u001b[2J\\u0000\\u2028\\u202e"
                + SUFFIX);
  }

  @Test
  void titleIsEscapedAndCutWhenThereIsNoDetail() {
    WalletException e = mapper.map(problem("\"title\":\"bad\\n" + "y".repeat(300) + "\"", "req_1"));

    assertThat(e).hasMessage("bad\\u000a" + "y".repeat(191) + "... [304 chars in all]" + SUFFIX);
  }

  @Test
  void fieldErrorsAreEscapedAndCut() {
    WalletException e =
        mapper.map(
            problem(
                "\"detail\":\"d\",\"errors\":[{\"field\":\"/amount\\u001b\",\"code\":\"bad\\n\","
                    + "\"message\":\""
                    + "z".repeat(5000)
                    + "\"}]",
                "req_1"));

    assertThat(e).isExactlyInstanceOf(InvalidRequestException.class);
    assertThat(((InvalidRequestException) e).fieldErrors())
        .containsExactly(
            FieldError.of(
                "/amount\\u001b", "bad\\u000a", "z".repeat(200) + "... [5000 chars in all]"));
  }

  @Test
  void longRequestIdIsCutInTheMessageAndTheException() {
    String requestId = "req_" + "9".repeat(1000);

    WalletException e = mapper.map(problem("\"detail\":\"d\"", requestId));

    String cut = "req_" + "9".repeat(196) + "... [1004 chars in all]";
    assertThat(e.requestId()).isEqualTo(cut);
    assertThat(e).hasMessage("d [HTTP 400, code invalid_request, request " + cut + "]");
  }

  @Test
  void longContentTypeOfANonProblemBodyIsCut() {
    TransportResponse html =
        TransportResponse.of(
            502,
            Headers.of("Content-Type", "text/html; x=" + "w".repeat(400)),
            "<html/>".getBytes(StandardCharsets.UTF_8));

    assertThat(mapper.map(html))
        .hasMessage(
            "the server answered HTTP 502 without a problem document (text/html; x="
                + "w".repeat(187)
                + "... [413 chars in all], 7 bytes) [HTTP 502, code service_unavailable]");
  }
}
