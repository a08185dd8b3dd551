/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The client's one Jackson configuration: strict, exact decimals, bounded input. */
public final class Json {
  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(64)
          .maxNumberLength(64)
          .maxStringLength(1 << 20)
          .build();

  private static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(LIMITS)
                  .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                  .build())
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /**
   * The same limits without the parser's duplicate detection, which allocates a set per object:
   * {@link MemberScan} refuses duplicates itself.
   */
  private static final JsonFactory STREAMING =
      JsonFactory.builder().streamReadConstraints(LIMITS).build();

  private Json() {}

  /**
   * Parses a response body.
   *
   * @param body UTF-8 JSON
   * @return the tree
   * @throws ResponseFormatException if the body is not a single JSON value, or has a number whose
   *     exponent is out of {@code BigDecimal}'s range
   */
  public static JsonNode parse(byte[] body) {
    try {
      JsonNode node = MAPPER.readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new ResponseFormatException("response body is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new ResponseFormatException(
          "response body is not valid JSON: " + e.getOriginalMessage());
    } catch (NumberFormatException e) {
      // Jackson reads a float as BigDecimal while building the tree, and throws this (not a
      // JsonProcessingException) for an exponent BigDecimal cannot hold, such as 1e4000000000.
      throw new ResponseFormatException(
          "response body has a number out of range: " + e.getMessage());
    } catch (IOException e) {
      throw new ResponseFormatException("response body could not be read: " + e.getMessage());
    }
  }

  /**
   * Opens a parser on a response body for a streaming reader, with the limits of {@link #parse}.
   *
   * @param body UTF-8 JSON
   * @return the parser
   * @throws IOException if the parser cannot start
   */
  static JsonParser streamingParser(byte[] body) throws IOException {
    return STREAMING.createParser(body);
  }

  /**
   * Serializes a tree compactly.
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
   * Creates an empty object node.
   *
   * @return a new object node
   */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }
}
