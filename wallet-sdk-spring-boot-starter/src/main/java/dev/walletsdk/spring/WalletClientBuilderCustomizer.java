/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import dev.walletsdk.client.WalletClient;

/**
 * Adjusts the {@link WalletClient.Builder} the starter fills from the {@code wallet.*} properties,
 * just before it builds the application's {@code WalletClient}: add interceptors, request listeners
 * (metrics, tracing), a step-up handler, an executor, or replace a setting.
 *
 * <p>Declare one or more as beans. They run once each, on the thread creating the client, in {@link
 * org.springframework.core.annotation.Order @Order} / {@link org.springframework.core.Ordered}
 * order (unordered ones last), after every property has been applied, so a customizer may override
 * a property. Not called when the application defines its own {@code WalletClient} bean.
 */
@FunctionalInterface
public interface WalletClientBuilderCustomizer {
  /**
   * Customizes the builder.
   *
   * @param builder the builder, already configured from the properties
   */
  void customize(WalletClient.Builder builder);
}
