/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.view;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.JsonTrees;

/**
 * The mock's Jackson configuration: strict parsing of requests, compact writing of responses. One
 * configuration, {@link JsonTrees}, shared with the engine.
 */
public final class MockJson {
  private MockJson() {}

  /**
   * Parses a request body.
   *
   * @param body the bytes
   * @return the tree
   * @throws ApiProblem {@code 400 malformed_request} if the body is not one JSON value
   */
  public static JsonNode parse(byte[] body) {
    return JsonTrees.parse(body);
  }

  /**
   * Serializes a tree.
   *
   * @param node the tree
   * @return UTF-8 JSON
   */
  public static byte[] write(JsonNode node) {
    return JsonTrees.write(node);
  }

  /**
   * Creates an object node.
   *
   * @return a new node
   */
  public static ObjectNode object() {
    return JsonTrees.object();
  }

  /**
   * Creates an array node.
   *
   * @return a new node
   */
  public static ArrayNode array() {
    return JsonTrees.array();
  }
}
