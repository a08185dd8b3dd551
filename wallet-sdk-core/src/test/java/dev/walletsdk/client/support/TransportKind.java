/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.support;

import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.spi.Transport;
import java.net.http.HttpClient;
import okhttp3.OkHttpClient;

/** The two HTTP transports, each over one HTTP client shared by the tests that use it. */
public enum TransportKind {
  OKHTTP,
  JDK;

  private static final OkHttpClient OK_HTTP = new OkHttpClient();
  private static final HttpClient JDK_HTTP = HttpClient.newHttpClient();

  /** A transport of this kind; the shared HTTP client stays open when it is closed. */
  public Transport open() {
    return this == OKHTTP ? OkHttpTransports.wrap(OK_HTTP) : JdkHttpTransports.wrap(JDK_HTTP);
  }
}
