/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.ApiKey;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.testing.ClientFactory;

/**
 * Creates {@link WalletClient}s for test tooling found through {@link java.util.ServiceLoader},
 * such as the mock backend's JUnit extension, which must not depend on this module.
 */
public final class WalletClientFactory implements ClientFactory {
  /** Creates the factory; the service loader calls this. */
  public WalletClientFactory() {}

  @Override
  public Class<? extends AutoCloseable> clientType() {
    return WalletClient.class;
  }

  @Override
  public AutoCloseable create(Transport transport, ApiKey apiKey) {
    return WalletClient.builder().transport(transport).apiKey(apiKey).build();
  }
}
