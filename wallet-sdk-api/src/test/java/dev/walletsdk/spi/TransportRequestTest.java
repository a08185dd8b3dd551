/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TransportRequestTest {
  private static final URI WALLETS = URI.create("https://api.example.com/v1/wallets");
  private static final byte[] BODY = "{\"displayName\":\"Ada\"}".getBytes(StandardCharsets.UTF_8);

  private static TransportRequest.Builder post() {
    return TransportRequest.builder()
        .method("POST")
        .uri(WALLETS)
        .header("Authorization", "Bearer sk_live_secret")
        .header("Content-Type", "application/json")
        .body(BODY)
        .timeout(Duration.ofSeconds(10));
  }

  @Test
  void requestKeepsEveryValue() {
    TransportRequest request = post().build();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.uri()).isEqualTo(WALLETS);
    assertThat(request.headers())
        .isEqualTo(
            Headers.of(
                "Authorization", "Bearer sk_live_secret", "Content-Type", "application/json"));
    assertThat(request.body()).hasValueSatisfying(body -> assertThat(body).isEqualTo(BODY));
    assertThat(request.bodyLength()).isEqualTo(BODY.length);
    assertThat(request.timeout()).contains(Duration.ofSeconds(10));
  }

  @Test
  void builderDefaultsToAGetWithoutHeadersBodyOrTimeout() {
    TransportRequest request = TransportRequest.builder().uri(WALLETS).build();

    assertThat(request.method()).isEqualTo("GET");
    assertThat(request.headers()).isEqualTo(Headers.empty());
    assertThat(request.body()).isEmpty();
    assertThat(request.bodyLength()).isZero();
    assertThat(request.timeout()).isEmpty();
  }

  @Test
  void changingTheInputArrayDoesNotChangeTheRequest() {
    byte[] input = BODY.clone();
    TransportRequest request = TransportRequest.builder().uri(WALLETS).body(input).build();

    input[0] = 'X';

    assertThat(request.body()).hasValueSatisfying(body -> assertThat(body).isEqualTo(BODY));
  }

  @Test
  void changingTheReturnedArrayDoesNotChangeTheRequest() {
    TransportRequest request = post().build();

    request.body().orElseThrow()[0] = 'X';

    assertThat(request.body()).hasValueSatisfying(body -> assertThat(body).isEqualTo(BODY));
  }

  @Test
  void nullBodyMeansNoBody() {
    TransportRequest request = post().body(null).build();

    assertThat(request.body()).isEmpty();
    assertThat(request.bodyLength()).isZero();
  }

  @Test
  void headerReplacesEveryFieldOfTheName() {
    TransportRequest request =
        post().headers(Headers.of("Via", "a", "via", "b")).header("VIA", "c").build();

    assertThat(request.headers()).isEqualTo(Headers.of("VIA", "c"));
  }

  @Test
  void relativeUriIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TransportRequest.builder().uri(URI.create("/v1/wallets")))
        .withMessage("uri /v1/wallets is not absolute");
  }

  @Test
  void missingUriIsRejectedOnBuild() {
    assertThatNullPointerException()
        .isThrownBy(() -> TransportRequest.builder().build())
        .withMessage("uri");
  }

  @Test
  void zeroTimeoutIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TransportRequest.builder().timeout(Duration.ZERO))
        .withMessage("timeout PT0S must be positive");
  }

  @Test
  void negativeTimeoutIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TransportRequest.builder().timeout(Duration.ofMillis(-1)))
        .withMessage("timeout PT-0.001S must be positive");
  }

  @Test
  void nullTimeoutMeansTheTransportDefault() {
    assertThat(post().timeout(null).build().timeout()).isEmpty();
  }

  @Test
  void toStringHidesAuthorizationAndNeverPrintsTheBody() {
    TransportRequest request = post().build();

    assertThat(request)
        .hasToString(
            "POST https://api.example.com/v1/wallets"
                + " [Authorization: <redacted>, Content-Type: application/json]"
                + " ("
                + BODY.length
                + " body bytes)");
    assertThat(request.toString()).doesNotContain("sk_live_secret", "Ada", "displayName");
  }

  @Test
  void toBuilderCopiesTheRequest() {
    TransportRequest request = post().build();

    TransportRequest copy = request.toBuilder().build();
    TransportRequest changed = request.toBuilder().method("PUT").body(new byte[] {1}).build();

    assertThat(copy).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(changed.method()).isEqualTo("PUT");
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.body()).hasValueSatisfying(body -> assertThat(body).isEqualTo(BODY));
  }

  @Test
  void requestsAreEqualByContentOfTheBody() {
    TransportRequest one = post().body(BODY.clone()).build();
    TransportRequest two = post().body(BODY.clone()).build();

    assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
    assertThat(one).isNotEqualTo(post().body(new byte[] {1}).build());
    assertThat(one).isNotEqualTo(post().body(null).build());
    assertThat(one).isNotEqualTo(post().timeout(null).build());
  }
}
