/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.ApiKey;
import java.util.Objects;

/**
 * A partner of the mock platform: its id and API key. Wallets and events of one partner are
 * invisible to another.
 */
public final class MockPartner {
  private final String id;
  private final ApiKey apiKey;

  MockPartner(String id, ApiKey apiKey) {
    this.id = Objects.requireNonNull(id, "id");
    this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
  }

  /**
   * Returns the partner's id.
   *
   * @return the id, for example {@code ptn_…}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the partner's API key.
   *
   * @return the key
   */
  public ApiKey apiKey() {
    return apiKey;
  }

  /** Returns the id; the API key is never part of the string. */
  @Override
  public String toString() {
    return "MockPartner{" + id + "}";
  }
}
