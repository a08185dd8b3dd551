/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import okhttp3.OkHttpClient;

/** A public class outside the OkHttp integration package that returns an OkHttpClient. */
@SuppressWarnings("exports") // Exposing an OkHttp type is the point of this fixture.
public final class LeakyOkHttpClientFixture {
  /** Creates the fixture. */
  public LeakyOkHttpClientFixture() {}

  /**
   * Returns a client.
   *
   * @return a new client
   */
  public OkHttpClient client() {
    return new OkHttpClient();
  }
}
