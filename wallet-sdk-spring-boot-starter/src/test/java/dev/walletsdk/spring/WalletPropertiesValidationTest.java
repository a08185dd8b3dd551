/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

/** Bad {@code wallet.*} values stop the start with a message naming the property. */
class WalletPropertiesValidationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  WalletMockAutoConfiguration.class,
                  WalletAutoConfiguration.class,
                  WalletWebhookAutoConfiguration.class));

  @Test
  void missingBaseUrlIsNamed() {
    assertStartFailsWith(
        "wallet.base-url is required (or wallet.mock.enabled=true in tests)",
        "wallet.api-key=sk_test_0123456789");
  }

  @Test
  void missingApiKeyIsNamed() {
    assertStartFailsWith(
        "wallet.api-key is required (or wallet.mock.enabled=true in tests)",
        "wallet.base-url=https://wallet.bank.example");
  }

  @Test
  void malformedApiKeyIsNamedWithoutItsValue() {
    List<String> messages =
        startFailure(
            "wallet.base-url=https://wallet.bank.example", "wallet.api-key=sk live with spaces");
    assertThat(messages)
        .contains(
            "wallet.api-key: apiKey must be 1 to 512 visible ASCII characters (value not shown)");
    assertThat(String.join("\n", messages)).doesNotContain("sk live with spaces");
  }

  @Test
  void baseUrlThatIsNotHttpIsNamed() {
    assertStartFailsWith(
        "wallet.base-url: baseUrl \"ftp://wallet.bank.example\" is not an absolute http or https"
            + " URL without query, fragment or user info",
        "wallet.base-url=ftp://wallet.bank.example",
        "wallet.api-key=sk_test_1");
  }

  @Test
  void plainHttpToARemoteHostIsRefusedWhenTheClientIsBuilt() {
    assertStartFailsWith(
        "baseUrl \"http://wallet.bank.example\" must use https: plain http is allowed only to"
            + " loopback addresses or with allowInsecureHttp()",
        "wallet.base-url=http://wallet.bank.example",
        "wallet.api-key=sk_test_1");
  }

  @Test
  void nonPositiveTimeoutIsNamed() {
    assertStartFailsWith(
        "wallet.timeouts: read timeout must be positive but was PT0S",
        "wallet.mock.enabled=true",
        "wallet.timeouts.read=0s");
  }

  @Test
  void retryCountOutOfRangeIsNamed() {
    assertStartFailsWith(
        "wallet.retry: maxRetries must be between 0 and 10 but was 11",
        "wallet.mock.enabled=true",
        "wallet.retry.max-retries=11");
  }

  @Test
  void keysetWithoutKeyStoreNamesEachMissingProperty() {
    List<String> messages =
        startFailure("wallet.mock.enabled=true", "wallet.signing.keyset=file:/tmp/keyset.json");
    assertThat(messages)
        .contains(
            "wallet.signing.key-store.location is required when wallet.signing.keyset is set",
            "wallet.signing.key-store.password is required when wallet.signing.keyset is set",
            "wallet.signing.key-store.alias is required when wallet.signing.keyset is set");
  }

  @Test
  void fieldEncryptionKeyIdWithoutPublicKeyIsNamed() {
    assertStartFailsWith(
        "wallet.field-encryption.key-id and wallet.field-encryption.public-key must be set"
            + " together",
        "wallet.mock.enabled=true",
        "wallet.field-encryption.key-id=hpke-2026");
  }

  @Test
  void fieldEncryptionKeyOfTheWrongLengthIsNamed() {
    assertStartFailsWith(
        "wallet.field-encryption.public-key must be a 32-byte X25519 key but has 3 bytes",
        "wallet.mock.enabled=true",
        "wallet.field-encryption.key-id=hpke-2026",
        "wallet.field-encryption.public-key=AQID");
  }

  @Test
  void malformedWebhookSecretIsNamedWithoutItsValue() {
    List<String> messages =
        startFailure("wallet.mock.enabled=true", "wallet.webhook.secrets=not-a-secret-value");
    assertThat(messages)
        .contains(
            "wallet.webhook.secrets[0]: webhookSecret must start with whsec_ (value not shown)");
    assertThat(String.join("\n", messages)).doesNotContain("not-a-secret-value");
  }

  @Test
  void webhookPathMustBeAbsolute() {
    assertStartFailsWith(
        "wallet.webhook.path must start with / but was hooks",
        "wallet.mock.enabled=true",
        "wallet.webhook.path=hooks");
  }

  @Test
  void mockModeWithoutTheMockOnTheClassPathNamesTheArtifact() {
    WalletProperties properties = new WalletProperties();
    properties.getMock().setEnabled(true);
    Errors errors = new BeanPropertyBindingResult(properties, "wallet");

    PropertiesCheck.check(
        properties, errors, new FilteredClassLoader(dev.walletsdk.mock.MockWalletServer.class));

    assertThat(errors.getAllErrors())
        .extracting(error -> error.getDefaultMessage())
        .containsExactly(
            "wallet.mock.enabled=true needs dev.walletsdk:wallet-sdk-mock on the class path (test"
                + " scope)");
  }

  private void assertStartFailsWith(String message, String... properties) {
    assertThat(startFailure(properties)).contains(message);
  }

  /** The messages of the start failure: each cause's, and each validation error's. */
  private List<String> startFailure(String... properties) {
    List<String> messages = new ArrayList<>();
    runner
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasFailed();
              for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
                if (t
                    instanceof
                    org.springframework.boot.context.properties.bind.validation
                            .BindValidationException
                        e) {
                  e.getValidationErrors()
                      .getAllErrors()
                      .forEach(error -> messages.add(error.getDefaultMessage()));
                }
              }
            });
    return messages;
  }
}
