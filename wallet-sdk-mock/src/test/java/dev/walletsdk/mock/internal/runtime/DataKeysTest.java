/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.mock.internal.view.MockJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data keys in their own file, and personal data sealed under them. */
class DataKeysTest {
  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

  @TempDir Path dir;

  private static Command.Api payment(String reference) {
    return new Command.Api(
        AT,
        "req_1",
        "ptn_1",
        "POST",
        "/v1/payments",
        null,
        "key-1",
        MockJson.object().put("walletId", "wal_a").put("reference", reference));
  }

  @Test
  void destroyedKeyIsInNoFileAndItsDataOpensAsAStandIn() throws IOException {
    Path file = dir.resolve("mock.journal.keys");
    DataKeys keys = DataKeys.open(file, true);
    PersonalData personal = new PersonalData(keys);
    Command sealed = personal.seal(payment("zq-secret-reference"), 5, () -> "wal_a");
    String keyLine = Files.readString(file, StandardCharsets.UTF_8);
    String key =
        MockJson.parse(keyLine.getBytes(StandardCharsets.UTF_8)).at("/keys/0/key").asText();

    assertThat(((Command.Api) personal.open(sealed, 5)).body().get("reference"))
        .isEqualTo(TextNode.valueOf("zq-secret-reference"));
    assertThat(keys.destroy("wal_a")).isTrue();

    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain(key, "wal_a");
    assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
        .containsExactly("mock.journal.keys");
    assertThat(((Command.Api) personal.open(sealed, 5)).body().get("reference").asText())
        .isEqualTo(StandIns.TEXT);
    assertThat(DataKeys.open(file, false).size()).isZero();
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
  }

  @Test
  void sealedValueMovedToAnotherRecordDoesNotOpen() {
    DataKeys keys = DataKeys.inMemory();
    PersonalData personal = new PersonalData(keys);
    Command sealed = personal.seal(payment("zq-secret-reference"), 5, () -> "wal_a");
    String keyId = ((Command.Api) sealed).body().at("/reference/$pd").asText();

    assertThatThrownBy(() -> personal.open(sealed, 6))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "record 7: the personal data at /reference fails its authentication under key "
                + keyId
                + "; the journal was altered");
  }

  @Test
  void keyFileThatIsNotAKeyFileRefusesToOpen() throws IOException {
    Path file = dir.resolve("bad.keys");
    Files.writeString(file, "{\"format\":\"something else\"}");

    assertThatThrownBy(() -> DataKeys.open(file, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "key file "
                + file
                + " is damaged: its format is not \"wallet-sdk-mock data keys v1\". Restore it"
                + " from its backup, or pass --journal-new to start with a new, empty mock");
  }
}
