/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static dev.walletsdk.client.support.Servers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.ApiKey;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.client.internal.UserAgent;
import dev.walletsdk.client.support.Servers;
import dev.walletsdk.client.support.TransportKind;
import dev.walletsdk.client.support.WireJson;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.spi.Transport;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Builder.appInfo names the partner's application in the User-Agent of every request. */
class AppInfoTest {
  private static final String SDK =
      "wallet-sdk-java/" + UserAgent.sdkVersion() + " java/" + Runtime.version().feature();

  private final MockWebServer server = Servers.startLoopback();

  @AfterEach
  void stop() {
    server.close();
  }

  private String userAgentSent(TransportKind kind, Consumer<WalletClient.Builder> settings) {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    WalletClient.Builder builder =
        WalletClient.builder().baseUrl(Servers.baseUrl(server)).apiKey(ApiKey.of("sk_test_app"));
    settings.accept(builder);
    try (Transport transport = kind.open();
        WalletClient client = builder.transport(transport).build()) {
      client.transfers().get(TransferId.of("trf_1"));
    }
    return Servers.take(server).getHeaders().get("User-Agent");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void appNameVersionAndUrlFollowTheSdkInTheUserAgent(TransportKind kind) {
    String sent =
        userAgentSent(
            kind, b -> b.appInfo("CheckoutService", "4.2.0", "https://shop.example/checkout"));

    assertThat(sent).isEqualTo(SDK + " CheckoutService/4.2.0 (+https://shop.example/checkout)");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void appNameAloneIsAProductWithoutVersion(TransportKind kind) {
    assertThat(userAgentSent(kind, b -> b.appInfo("CheckoutService", null, null)))
        .isEqualTo(SDK + " CheckoutService");
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void withoutAppInfoTheUserAgentNamesTheSdkOnly(TransportKind kind) {
    assertThat(userAgentSent(kind, b -> {})).isEqualTo(SDK);
  }

  @Test
  void laterAppInfoReplacesTheEarlierOne() {
    String sent =
        userAgentSent(
            TransportKind.OKHTTP, b -> b.appInfo("Old", "1", null).appInfo("New", "2", null));

    assertThat(sent).isEqualTo(SDK + " New/2");
  }

  @Test
  void derivedClientKeepsTheAppInfo() {
    server.enqueue(json(200, WireJson.transfer("trf_1"), "req_1"));
    try (WalletClient client =
        WalletClient.builder()
            .baseUrl(Servers.baseUrl(server))
            .apiKey(ApiKey.of("sk_test_app"))
            .appInfo("CheckoutService", "4.2.0", null)
            .build()) {
      client.withOptions(o -> o.header("X-Tenant", "t")).transfers().get(TransferId.of("trf_1"));
    }

    assertThat(Servers.take(server).getHeaders().get("User-Agent"))
        .isEqualTo(SDK + " CheckoutService/4.2.0");
  }

  private static void assertRefused(
      String name, String version, String url, String field, String message) {
    assertThatThrownBy(() -> WalletClient.builder().appInfo(name, version, url))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            e -> {
              assertThat(e.fieldErrors().get(0).field()).isEqualTo(field);
              assertThat(e.fieldErrors().get(0).code()).isEqualTo("invalid_format");
            })
        .hasMessage(message);
  }

  private static String notAToken(String field, String shown) {
    return field
        + " must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~) of 1 to 64 characters"
        + " but was "
        + shown;
  }

  @ParameterizedTest
  @ValueSource(strings = {"Checkout Service", "Checkout/1", "Checkout(x)", "Kassé", ""})
  void appNameThatIsNotATokenIsRefused(String name) {
    assertRefused(name, "1", null, "appInfo.name", notAToken("appInfo.name", "\"" + name + "\""));
  }

  @Test
  void missingAppNameIsRefused() {
    assertRefused(null, "1", null, "appInfo.name", notAToken("appInfo.name", "null"));
  }

  @Test
  void appNameOverSixtyFourCharactersIsRefused() {
    String name = "A".repeat(65);

    assertRefused(name, null, null, "appInfo.name", notAToken("appInfo.name", "\"" + name + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4.2 beta", "4.2/1", ""})
  void appVersionThatIsNotATokenIsRefused(String version) {
    assertRefused(
        "Checkout",
        version,
        null,
        "appInfo.version",
        notAToken("appInfo.version", "\"" + version + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://shop.example/", "shop.example/checkout", "/checkout", "http:///x"})
  void appUrlThatIsNotAnAbsoluteHttpUrlWithAHostIsRefused(String url) {
    assertRefused(
        "Checkout",
        "1",
        url,
        "appInfo.url",
        "appInfo.url must be an absolute http or https URL with a host but was \"" + url + "\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://shop.example/a(b)", "https://shop.example/kassé"})
  void appUrlWithParenthesesOrNonAsciiIsRefused(String url) {
    assertRefused(
        "Checkout",
        "1",
        url,
        "appInfo.url",
        "appInfo.url must have at most 256 visible ASCII characters and no parentheses but was \""
            + url
            + "\"");
  }

  @Test
  void appUrlOverTheLimitIsRefused() {
    String url = "https://shop.example/" + "a".repeat(236);

    assertRefused(
        "Checkout",
        "1",
        url,
        "appInfo.url",
        "appInfo.url must have at most 256 visible ASCII characters and no parentheses but was \""
            + url.substring(0, 200)
            + "... [257 chars in all]\"");
  }

  @Test
  void appUrlWithUserInformationIsRefusedWithoutRepeatingIt() {
    assertRefused(
        "Checkout",
        "1",
        "https://ops:hunter2@shop.example/",
        "appInfo.url",
        "appInfo.url must not carry user information");
  }

  @Test
  void appUrlThatIsNotAUriIsRefused() {
    assertRefused(
        "Checkout",
        "1",
        "https://shop example/",
        "appInfo.url",
        "appInfo.url is not a URL: \"https://shop example/\"");
  }
}
