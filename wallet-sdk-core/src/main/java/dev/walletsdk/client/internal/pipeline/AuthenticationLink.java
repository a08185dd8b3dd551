/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.pipeline;

import dev.walletsdk.ApiKey;
import dev.walletsdk.spi.Interceptor;
import dev.walletsdk.spi.TransportResponse;

/** Adds {@code Authorization: Bearer <api key>} to each attempt. */
final class AuthenticationLink implements Interceptor {
  private final ApiKey apiKey;

  AuthenticationLink(ApiKey apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public TransportResponse intercept(Chain chain) {
    return chain.proceed(
        chain.request().toBuilder().header("Authorization", "Bearer " + apiKey.reveal()).build());
  }
}
