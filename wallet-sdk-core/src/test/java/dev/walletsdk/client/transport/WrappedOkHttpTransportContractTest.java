/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.spi.Transport;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;

/** The transport contract for a caller's own OkHttpClient, wrapped. */
class WrappedOkHttpTransportContractTest extends TransportContract {
  private OkHttpClient callersClient;

  @Override
  Transport create(Timeouts timeouts) {
    callersClient = new OkHttpClient();
    return OkHttpTransports.wrap(callersClient);
  }

  @AfterEach
  void shutDownCallersClient() {
    callersClient.dispatcher().executorService().shutdown();
    callersClient.connectionPool().evictAll();
  }
}
