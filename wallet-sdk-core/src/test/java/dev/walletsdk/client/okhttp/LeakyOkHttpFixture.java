/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.okhttp;

import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * A public class in the OkHttp integration package that names OkHttpClient (exempt) and Request
 * (not exempt): what the architecture rule must still catch.
 */
@SuppressWarnings("exports") // Exposing OkHttp types is the point of this fixture.
public final class LeakyOkHttpFixture {
  /** Creates the fixture. */
  public LeakyOkHttpFixture() {}

  /**
   * Accepts a client, as the exemption allows.
   *
   * @param client ignored
   */
  public void use(OkHttpClient client) {}

  /**
   * Returns an OkHttp request, which the exemption does not allow.
   *
   * @return a request
   */
  public Request request() {
    return new Request.Builder().url("http://127.0.0.1/").build();
  }
}
