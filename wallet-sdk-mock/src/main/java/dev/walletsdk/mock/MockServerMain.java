/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.runtime.ControlToken;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the mock as a standalone server:
 *
 * <pre>
 * java -jar wallet-sdk-mock-&lt;version&gt;-server.jar [--port 8080] [--journal FILE [--journal-new]
 *     [--fsync always|never]] [--seed N] [--clock system|manual] [--start-at 2026-11-23T10:00:00Z]
 *     [--control-token-file FILE] [--tls | --tls-keystore FILE.p12 --tls-password-file FILE]
 * </pre>
 *
 * <p>With {@code --control-token-file}, or the environment variable {@value
 * Options#TOKEN_VARIABLE}, every control-plane request must carry the token in the {@code
 * Mock-Control-Token} header. The token is never printed.
 *
 * <p>With {@code --tls} it serves HTTPS with a self-signed certificate generated at start for
 * {@code localhost}, {@code 127.0.0.1} and {@code ::1}; with {@code --tls-keystore} it presents the
 * first key of a PKCS#12 file, whose password is read from {@code --tls-password-file} (never from
 * the command line, and never printed). Either way it prints the certificate's SHA-256 fingerprint
 * and PEM, for clients to trust.
 *
 * <p>It prints the base URL and the default partner's API key, serves until the process is stopped,
 * then closes the journal cleanly. A journal that is empty, damaged or held by another server makes
 * it exit with status 1 and a message saying why.
 */
public final class MockServerMain {
  private MockServerMain() {}

  /**
   * Starts the server.
   *
   * @param args the command-line options
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(Options.USAGE);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    MockWalletServer mock;
    try {
      mock = options.builder().build();
    } catch (IllegalStateException | UncheckedIOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(1);
      return;
    }
    MockHttpServer server = options.start(mock);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  mock.close();
                  stopped.countDown();
                },
                "wallet-mock-shutdown"));
    announce(System.out, server, mock, options);
    stopped.await();
  }

  static void announce(
      PrintStream out, MockHttpServer server, MockWalletServer mock, Options options) {
    out.println("Wallet API v1 mock listening on " + server.baseUrl());
    out.println("API key of the default partner: " + mock.apiKey().reveal());
    out.println(
        "Control plane: "
            + server.baseUrl()
            + "/_mock/"
            + (options.controlToken == null ? "" : " (Mock-Control-Token header required)"));
    out.println(
        "Web console: "
            + server.consoleUrl()
            + (options.controlToken == null
                ? ""
                : " (open it as …/_mock/console#token=<token>, or enter the token on the page)"));
    out.println(
        "Clock: "
            + (options.manualClock ? "manual" : "system")
            + ", seed "
            + mock.runtime().seed()
            + (options.journal == null ? ", no journal" : ", journal " + options.journal));
    if (options.tls != null) {
      out.println(
          "TLS certificate ("
              + (options.tlsKeystore == null
                  ? "self-signed, generated at start"
                  : "from " + options.tlsKeystore)
              + "), SHA-256 fingerprint "
              + options.tls.sha256Fingerprint()
              + ":");
      out.print(options.tls.certificatePem());
    }
    out.flush();
  }

  /** The parsed command line. */
  static final class Options {
    static final String USAGE =
        "usage: java -jar wallet-sdk-mock-server.jar [--port 8080] [--journal FILE [--journal-new]"
            + " [--fsync always|never]] [--seed N] [--clock system|manual] [--start-at INSTANT]"
            + " [--control-token-file FILE]"
            + " [--tls | --tls-keystore FILE.p12 --tls-password-file FILE]";

    /** The environment variable that may hold the control token instead of a file. */
    static final String TOKEN_VARIABLE = "WALLET_MOCK_CONTROL_TOKEN";

    int port = 8080;
    Path journal;
    boolean journalNew;
    boolean fsync;
    long seed;
    boolean manualClock;
    Instant startAt;
    String controlToken;
    boolean selfSigned;
    Path tlsKeystore;
    Path tlsPasswordFile;
    MockTls tls;

    static Options parse(String[] args) {
      return parse(args, System.getenv());
    }

    static Options parse(String[] args, Map<String, String> environment) {
      Options options = new Options();
      options.controlToken = environment.get(TOKEN_VARIABLE);
      for (int i = 0; i < args.length; i++) {
        if (args[i].equals("--journal-new") || args[i].equals("--tls")) {
          options.journalNew |= args[i].equals("--journal-new");
          options.selfSigned |= args[i].equals("--tls");
          continue;
        }
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--port" -> options.port = Integer.parseInt(required(args[i], value));
          case "--journal" -> options.journal = Path.of(required(args[i], value));
          case "--seed" -> options.seed = Long.parseLong(required(args[i], value));
          case "--clock" -> options.manualClock = clock(required(args[i], value));
          case "--start-at" -> options.startAt = instant(required(args[i], value));
          case "--fsync" -> options.fsync = fsync(required(args[i], value));
          case "--control-token-file" ->
              options.controlToken = readToken(Path.of(required(args[i], value)));
          case "--tls-keystore" -> options.tlsKeystore = Path.of(required(args[i], value));
          case "--tls-password-file" -> options.tlsPasswordFile = Path.of(required(args[i], value));
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
        i++;
      }
      if (options.port < 0 || options.port > 65535) {
        throw new IllegalArgumentException("--port must be 0 to 65535");
      }
      if (options.journal == null && (options.journalNew || options.fsync)) {
        throw new IllegalArgumentException("--journal-new and --fsync need --journal");
      }
      if (options.controlToken != null) {
        ControlToken.of(options.controlToken);
      }
      options.tls = tls(options);
      return options;
    }

    private static MockTls tls(Options options) {
      if (options.selfSigned && options.tlsKeystore != null) {
        throw new IllegalArgumentException("--tls and --tls-keystore exclude each other");
      }
      if ((options.tlsKeystore == null) != (options.tlsPasswordFile == null)) {
        throw new IllegalArgumentException("--tls-keystore and --tls-password-file go together");
      }
      if (options.selfSigned) {
        return MockTls.selfSigned();
      }
      if (options.tlsKeystore == null) {
        return null;
      }
      char[] password = readPassword(options.tlsPasswordFile);
      try {
        return MockTls.pkcs12(options.tlsKeystore, password);
      } finally {
        Arrays.fill(password, '\0');
      }
    }

    /** The file's text without its trailing line break; never in a message. */
    private static char[] readPassword(Path file) {
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "--tls-password-file " + file + " cannot be read: " + e.getClass().getSimpleName());
      }
      int end = bytes.length;
      while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
        end--;
      }
      CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
      char[] password = new char[chars.remaining()];
      chars.get(password);
      Arrays.fill(bytes, (byte) 0);
      Arrays.fill(chars.array(), '\0');
      return password;
    }

    private static boolean fsync(String value) {
      return switch (value) {
        case "always" -> true;
        case "never" -> false;
        default -> throw new IllegalArgumentException("--fsync must be always or never");
      };
    }

    /** The file's text without surrounding white space; the token itself is never in a message. */
    private static String readToken(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "--control-token-file " + file + " cannot be read: " + e.getClass().getSimpleName());
      }
    }

    private static Instant instant(String value) {
      try {
        return MockClock.requireInRange(Instant.parse(value));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            "--start-at must be an instant such as 2026-11-23T10:00:00Z");
      }
    }

    private static String required(String option, String value) {
      if (value == null) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return value;
    }

    private static boolean clock(String value) {
      return switch (value) {
        case "manual" -> true;
        case "system" -> false;
        default -> throw new IllegalArgumentException("--clock must be system or manual");
      };
    }

    /** Serves the mock on the port, over HTTPS if TLS was asked for. */
    MockHttpServer start(MockWalletServer mock) {
      return tls == null ? mock.start(port) : mock.start(port, tls);
    }

    MockWalletServer.Builder builder() {
      MockWalletServer.Builder builder = MockWalletServer.builder().seed(seed);
      if (journal != null) {
        builder.journal(journal).fsyncJournal(fsync);
        if (journalNew) {
          builder.newJournal();
        }
      }
      if (controlToken != null) {
        builder.controlToken(controlToken);
      }
      if (manualClock) {
        builder.startAt(startAt != null ? startAt : Instant.now());
      } else {
        builder.followSystemClock();
      }
      return builder;
    }
  }
}
