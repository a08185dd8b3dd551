/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.client.ProxyCredentials;
import java.nio.charset.StandardCharsets;
import okhttp3.Authenticator;
import okhttp3.Credentials;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.Route;
import org.jspecify.annotations.Nullable;

/**
 * Answers an HTTP proxy's {@code 407} with {@code Proxy-Authorization: Basic}, once: if the proxy
 * rejects the credentials, the 407 is returned to the pipeline instead of looping.
 */
final class BasicProxyAuthenticator implements Authenticator {
  private final ProxyCredentials credentials;

  BasicProxyAuthenticator(ProxyCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public @Nullable Request authenticate(@Nullable Route route, Response response) {
    if (response.request().header("Proxy-Authorization") != null) {
      return null;
    }
    String header =
        Credentials.basic(
            credentials.username(), credentials.revealPassword(), StandardCharsets.UTF_8);
    return response.request().newBuilder().header("Proxy-Authorization", header).build();
  }
}
