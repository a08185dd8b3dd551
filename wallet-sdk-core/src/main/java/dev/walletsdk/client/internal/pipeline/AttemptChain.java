/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.spi.CallInfo;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import dev.walletsdk.spi.TransportResponse;
import java.util.List;

/** The links of one attempt, ending in the transport; each link calls {@link #proceed} once. */
final class AttemptChain implements Interceptor.Chain {
  private final List<Interceptor> links;
  private final int index;
  private final TransportRequest request;
  private final Transport transport;
  private final CallInfo call;
  private final int attempt;

  AttemptChain(
      List<Interceptor> links,
      int index,
      TransportRequest request,
      Transport transport,
      CallInfo call,
      int attempt) {
    this.links = links;
    this.index = index;
    this.request = request;
    this.transport = transport;
    this.call = call;
    this.attempt = attempt;
  }

  @Override
  public TransportRequest request() {
    return request;
  }

  @Override
  public TransportResponse proceed(TransportRequest next) {
    if (index == links.size()) {
      return transport.execute(next);
    }
    return links
        .get(index)
        .intercept(new AttemptChain(links, index + 1, next, transport, call, attempt));
  }

  @Override
  public String operation() {
    return call.operation();
  }

  @Override
  public CallInfo call() {
    return call;
  }

  @Override
  public int attempt() {
    return attempt;
  }
}
