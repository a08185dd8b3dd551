/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.mock.internal.view.MockJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command log keeps each command's text and gives back an equal command. */
class EncodedCommandsTest {
  private static final Instant AT = Instant.parse("2026-11-23T10:00:00.123Z");

  private static Command.Control open(String name) {
    return new Command.Control(
        AT,
        "wallet.open",
        MockJson.object()
            .put("partnerId", "ptn_1")
            .put("displayName", name)
            .set("currencies", MockJson.object().arrayNode().add("EUR")));
  }

  @Test
  void givesBackEqualCommandsInOrder() {
    EncodedCommands log = new EncodedCommands();
    Command.Api transfer =
        new Command.Api(
            AT,
            "req_1",
            "ptn_1",
            "POST",
            "/v1/transfers",
            null,
            "key-1",
            MockJson.object().put("amount", "0.01").put("note", "é"));
    log.add(open("Ada"));
    log.add(transfer);

    assertThat(log).containsExactly(open("Ada"), transfer);
  }

  @Test
  void keepsAPrefixAfterARestore() {
    EncodedCommands log = new EncodedCommands();
    log.addAll(List.of(open("Ada"), open("Bob"), open("Cy")));
    List<Command> kept = List.copyOf(log.subList(0, 2));

    log.clear();
    log.addAll(kept);

    assertThat(log).containsExactly(open("Ada"), open("Bob"));
  }
}
