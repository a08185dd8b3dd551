/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockServerMainTest {
  @Test
  void optionsAreReadFromTheCommandLine() {
    MockServerMain.Options options =
        MockServerMain.Options.parse(
            new String[] {
              "--port", "0", "--journal", "x.journal", "--seed", "42", "--clock", "manual"
            });

    assertThat(options.port).isZero();
    assertThat(options.journal).isEqualTo(Path.of("x.journal"));
    assertThat(options.seed).isEqualTo(42);
    assertThat(options.manualClock).isTrue();
  }

  @Test
  void journalOptionsAreReadFromTheCommandLine() {
    MockServerMain.Options options =
        MockServerMain.Options.parse(
            new String[] {"--journal", "x.journal", "--journal-new", "--fsync", "always"});

    assertThat(options.journalNew).isTrue();
    assertThat(options.fsync).isTrue();
  }

  @Test
  void badFsyncIsRefused() {
    assertThatThrownBy(
            () ->
                MockServerMain.Options.parse(
                    new String[] {"--journal", "x.journal", "--fsync", "sometimes"}))
        .hasMessage("--fsync must be always or never");
  }

  @Test
  void journalNewWithoutAJournalIsRefused() {
    assertThatThrownBy(() -> MockServerMain.Options.parse(new String[] {"--journal-new"}))
        .hasMessage("--journal-new and --fsync need --journal");
  }

  @Test
  void controlTokenIsReadFromItsFileWithoutTheLineBreak(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("token"), "0123456789abcdef-token\n");

    MockServerMain.Options options =
        MockServerMain.Options.parse(
            new String[] {"--control-token-file", file.toString()}, Map.of());

    assertThat(options.controlToken).isEqualTo("0123456789abcdef-token");
  }

  @Test
  void controlTokenIsReadFromTheEnvironment() {
    MockServerMain.Options options =
        MockServerMain.Options.parse(
            new String[0], Map.of("WALLET_MOCK_CONTROL_TOKEN", "0123456789abcdef-env"));

    assertThat(options.controlToken).isEqualTo("0123456789abcdef-env");
  }

  @Test
  void shortControlTokenIsRefusedWithoutBeingNamed() {
    assertThatThrownBy(
            () ->
                MockServerMain.Options.parse(
                    new String[0], Map.of("WALLET_MOCK_CONTROL_TOKEN", "hunter2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the control token must be 16 to 256 characters, not 7");
  }

  @Test
  void announcementSaysATokenIsNeededButNeverPrintsIt() {
    MockServerMain.Options options =
        MockServerMain.Options.parse(
            new String[] {"--port", "0"},
            Map.of("WALLET_MOCK_CONTROL_TOKEN", "0123456789abcdef-env"));
    MockWalletServer mock = options.builder().build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MockHttpServer server = mock.start(0)) {
      MockServerMain.announce(
          new PrintStream(bytes, true, StandardCharsets.UTF_8), server, mock, options);

      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .contains(
              "Control plane: " + server.baseUrl() + "/_mock/ (Mock-Control-Token header required)")
          .contains(
              "Web console: "
                  + server.baseUrl()
                  + "/_mock/console (open it as …/_mock/console#token=<token>, or enter the"
                  + " token on the page)")
          .doesNotContain("0123456789abcdef-env");
    } finally {
      mock.close();
    }
  }

  @Test
  void unknownOptionIsRefused() {
    assertThatThrownBy(() -> MockServerMain.Options.parse(new String[] {"--prot", "1"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option --prot");
  }

  @Test
  void optionWithoutValueIsRefused() {
    assertThatThrownBy(() -> MockServerMain.Options.parse(new String[] {"--port"}))
        .hasMessage("--port needs a value");
  }

  @Test
  void badClockIsRefused() {
    assertThatThrownBy(() -> MockServerMain.Options.parse(new String[] {"--clock", "fast"}))
        .hasMessage("--clock must be system or manual");
  }

  @Test
  void announcementNamesTheBaseUrlAndTheApiKey() {
    MockServerMain.Options options = MockServerMain.Options.parse(new String[] {"--port", "0"});
    MockWalletServer mock = options.builder().build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MockHttpServer server = mock.start(0)) {
      MockServerMain.announce(
          new PrintStream(bytes, true, StandardCharsets.UTF_8), server, mock, options);

      assertThat(bytes.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "Wallet API v1 mock listening on "
                  + server.baseUrl()
                  + "\n"
                  + "API key of the default partner: "
                  + mock.apiKey().reveal()
                  + "\n"
                  + "Control plane: "
                  + server.baseUrl()
                  + "/_mock/\n"
                  + "Web console: "
                  + server.baseUrl()
                  + "/_mock/console\n"
                  + "Clock: system, seed 0, no journal\n");
      assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
    }
  }

  @Test
  void secondServerProcessRefusesAJournalInUse(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path journal = dir.resolve("busy.journal");
    Path err = dir.resolve("second.err");
    MockWalletServer first = MockWalletServer.builder().journal(journal).build();
    Process second = null;
    try {
      ProcessBuilder builder =
          new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(),
              "-cp",
              System.getProperty("java.class.path"),
              "dev.walletsdk.mock.MockServerMain",
              "--port",
              "0",
              "--journal",
              journal.toString());
      builder.redirectError(err.toFile());
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      second = builder.start();

      assertThat(second.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(second.exitValue()).isEqualTo(1);
      assertThat(Files.readString(err, StandardCharsets.UTF_8))
          .isEqualTo(
              "error: journal "
                  + journal
                  + " is in use by another mock server (its lock file "
                  + journal
                  + ".lock is held); stop that server first"
                  + System.lineSeparator());
    } finally {
      if (second != null) {
        second.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
      first.close();
    }
  }
}
