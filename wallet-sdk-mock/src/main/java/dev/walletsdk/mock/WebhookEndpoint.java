/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.crypto.WebhookSecret;
import java.util.Objects;

/** A registered webhook endpoint: its id and the secret its deliveries are signed with. */
public final class WebhookEndpoint {
  private final String id;
  private final WebhookSecret secret;

  WebhookEndpoint(String id, WebhookSecret secret) {
    this.id = Objects.requireNonNull(id, "id");
    this.secret = Objects.requireNonNull(secret, "secret");
  }

  /**
   * Returns the endpoint's id.
   *
   * @return for example {@code whe_1}
   */
  public String id() {
    return id;
  }

  /**
   * Returns the signing secret, to configure the receiver's verifier with.
   *
   * @return the secret
   */
  public WebhookSecret secret() {
    return secret;
  }

  /** Returns the id; the secret is never part of the string. */
  @Override
  public String toString() {
    return "WebhookEndpoint{" + id + "}";
  }
}
