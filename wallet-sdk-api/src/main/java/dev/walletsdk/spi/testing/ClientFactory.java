/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi.testing;

import dev.walletsdk.ApiKey;
import dev.walletsdk.spi.Transport;

/**
 * Creates a client bound to a transport, for test tooling that must not depend on the client
 * module: the mock's JUnit extension finds implementations with {@link java.util.ServiceLoader} and
 * injects the client into tests. {@code wallet-sdk-core} provides one for {@code WalletClient}.
 */
public interface ClientFactory {
  /**
   * Returns the type of client this factory makes.
   *
   * @return the client's interface, for example {@code WalletClient.class}
   */
  Class<? extends AutoCloseable> clientType();

  /**
   * Creates a client.
   *
   * @param transport the transport to use, for example the mock's in-process transport
   * @param apiKey the API key to authenticate with
   * @return the client; the caller closes it
   */
  AutoCloseable create(Transport transport, ApiKey apiKey);
}
