package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

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
                  + "Clock: system, seed 0, no journal\n");
      assertThat(server.baseUrl().getHost()).isEqualTo("127.0.0.1");
    }
  }
}
