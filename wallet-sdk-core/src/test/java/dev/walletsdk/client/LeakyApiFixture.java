/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * A public class whose public method returns a Jackson type: what the architecture rule catches.
 */
@SuppressWarnings("exports") // Exposing a Jackson type is the point of this fixture.
public final class LeakyApiFixture {
  /** Creates the fixture. */
  public LeakyApiFixture() {}

  /**
   * Returns a Jackson tree.
   *
   * @return a null node
   */
  public JsonNode tree() {
    return NullNode.getInstance();
  }
}
