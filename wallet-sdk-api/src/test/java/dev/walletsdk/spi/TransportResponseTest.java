/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportResponseTest {
  private static final Headers JSON = Headers.of("Content-Type", "application/json");
  private static final byte[] BODY = "{\"id\":\"wal_1\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void responseKeepsEveryValue() {
    TransportResponse response = TransportResponse.of(201, JSON, BODY);

    assertThat(response.status()).isEqualTo(201);
    assertThat(response.headers()).isEqualTo(JSON);
    assertThat(response.body()).isEqualTo(BODY);
    assertThat(response.bodyLength()).isEqualTo(BODY.length);
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 200, 204, 404, 599})
  void statusFrom100To599IsAccepted(int status) {
    assertThat(TransportResponse.of(status, JSON, new byte[0]).status()).isEqualTo(status);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 99, 600, 999})
  void statusOutOfRangeIsKeptForThePipelineToRefuse(int status) {
    TransportResponse response = TransportResponse.of(status, JSON, new byte[0]);

    assertThat(response.status()).isEqualTo(status);
    assertThat(response.isSuccessful()).isFalse();
  }

  @Test
  void onlyA2xxStatusIsSuccessful() {
    assertThat(TransportResponse.of(199, JSON, new byte[0]).isSuccessful()).isFalse();
    assertThat(TransportResponse.of(200, JSON, new byte[0]).isSuccessful()).isTrue();
    assertThat(TransportResponse.of(299, JSON, new byte[0]).isSuccessful()).isTrue();
    assertThat(TransportResponse.of(300, JSON, new byte[0]).isSuccessful()).isFalse();
    assertThat(TransportResponse.of(500, JSON, new byte[0]).isSuccessful()).isFalse();
  }

  @Test
  void changingTheInputArrayDoesNotChangeTheResponse() {
    byte[] input = BODY.clone();
    TransportResponse response = TransportResponse.of(200, JSON, input);

    input[0] = 'X';

    assertThat(response.body()).isEqualTo(BODY);
  }

  @Test
  void changingTheReturnedArrayDoesNotChangeTheResponse() {
    TransportResponse response = TransportResponse.of(200, JSON, BODY);

    response.body()[0] = 'X';

    assertThat(response.body()).isEqualTo(BODY);
    assertThat(response.bodyText()).isEqualTo("{\"id\":\"wal_1\"}");
  }

  @Test
  void bodyTextIsDecodedAsUtf8() {
    TransportResponse response =
        TransportResponse.of(200, JSON, "Grüße, €5".getBytes(StandardCharsets.UTF_8));

    assertThat(response.bodyText()).isEqualTo("Grüße, €5");
  }

  @Test
  void emptyBodyGivesEmptyText() {
    TransportResponse response = TransportResponse.of(204, Headers.empty(), new byte[0]);

    assertThat(response.bodyText()).isEmpty();
    assertThat(response.bodyLength()).isZero();
  }

  @Test
  void nullBodyOrHeadersAreRejected() {
    assertThatNullPointerException()
        .isThrownBy(() -> TransportResponse.of(200, JSON, null))
        .withMessage("body");
    assertThatNullPointerException()
        .isThrownBy(() -> TransportResponse.of(200, null, BODY))
        .withMessage("headers");
  }

  @Test
  void toStringHidesCookiesAndNeverPrintsTheBody() {
    TransportResponse response =
        TransportResponse.of(200, JSON.with("Set-Cookie", "session=secret"), BODY);

    assertThat(response)
        .hasToString(
            "HTTP 200 [Content-Type: application/json, Set-Cookie: <redacted>] ("
                + BODY.length
                + " body bytes)");
    assertThat(response.toString()).doesNotContain("secret", "wal_1");
  }

  @Test
  void responsesAreEqualByStatusHeadersAndBodyContent() {
    TransportResponse response = TransportResponse.of(200, JSON, BODY);

    assertThat(response)
        .isEqualTo(
            TransportResponse.of(200, Headers.of("content-type", "application/json"), BODY.clone()))
        .hasSameHashCodeAs(TransportResponse.of(200, JSON, BODY.clone()))
        .isNotEqualTo(TransportResponse.of(201, JSON, BODY))
        .isNotEqualTo(TransportResponse.of(200, Headers.empty(), BODY))
        .isNotEqualTo(TransportResponse.of(200, JSON, new byte[0]));
  }
}
