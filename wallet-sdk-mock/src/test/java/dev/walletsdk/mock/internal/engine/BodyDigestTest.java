/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.internal.view.MockJson;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyDigestTest {
  private static String digest(String json) {
    return BodyDigest.of(MockJson.parse(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void membersInAnotherOrderGiveTheSameDigest() {
    assertThat(digest("{\"a\":1,\"b\":[true,null,\"x\"]}"))
        .isEqualTo(digest("{\"b\":[true,null,\"x\"],\"a\":1}"));
  }

  @Test
  void anyDifferenceInTheTreeGivesAnotherDigest() {
    String digest = digest("{\"a\":1,\"b\":[\"x\"]}");

    assertThat(digest("{\"a\":1.0,\"b\":[\"x\"]}")).isNotEqualTo(digest);
    assertThat(digest("{\"a\":\"1\",\"b\":[\"x\"]}")).isNotEqualTo(digest);
    assertThat(digest("{\"a\":1,\"b\":[\"x\",\"x\"]}")).isNotEqualTo(digest);
    assertThat(digest("{\"a\":1,\"b\":\"x\"}")).isNotEqualTo(digest);
    assertThat(digest("{\"a\":1,\"b\":[\"x\"],\"c\":null}")).isNotEqualTo(digest);
  }

  @Test
  void noBodyHasItsOwnDigest() {
    assertThat(BodyDigest.of(null))
        .hasSize(64)
        .isNotEqualTo(digest("null"))
        .isEqualTo(BodyDigest.of(null));
  }
}
