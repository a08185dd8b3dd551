/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import dev.walletsdk.client.Timeouts;
import dev.walletsdk.client.internal.transport.OkHttpTransport;
import dev.walletsdk.client.internal.transport.TransportSettings;
import dev.walletsdk.spi.Transport;

/** The transport contract for the default OkHttp transport. */
class OkHttpTransportContractTest extends TransportContract {
  @Override
  Transport create(Timeouts timeouts) {
    return OkHttpTransport.create(TransportSettings.direct(timeouts));
  }
}
