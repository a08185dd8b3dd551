/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The mock's Jackson configuration: strict parsing of requests, compact writing of responses and
 * stored event data. The engine owns it (signed claims and stored events are JSON too); the view
 * layer's {@code MockJson} is its face for rendering.
 */
public final class JsonTrees {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(32)
                          .maxNumberLength(64)
                          .maxStringLength(64 * 1024)
                          .build())
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();

  private JsonTrees() {}

  /**
   * Parses a request body.
   *
   * @param body the bytes
   * @return the tree
   * @throws ApiProblem {@code 400 malformed_request} if the body is not one JSON value
   */
  public static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw malformed("the body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw malformed("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw malformed("the body could not be read");
    }
  }

  private static ApiProblem malformed(String detail) {
    return ApiProblem.of(400, "malformed_request", "Malformed request", detail);
  }

  /**
   * Serializes a tree.
   *
   * @param node the tree
   * @return UTF-8 JSON
   */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  /**
   * Creates an object node.
   *
   * @return a new node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Creates an array node.
   *
   * @return a new node
   */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }
}
