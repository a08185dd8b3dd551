/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Many oversized responses at once on one transport stay within a small heap: each body is refused
 * at the limit, and the bodies being read together are held to the transport's budget. Checked in a
 * JVM of its own with a 256 MiB heap that exits on the first {@link OutOfMemoryError}.
 */
class ResponseMemoryTest {
  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void thirtyTwoConcurrentOversizedResponsesFitIn256MiB(String transport)
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-cp",
                System.getProperty("java.class.path"),
                ConcurrentOversizedResponses.class.getName(),
                transport)
            .redirectErrorStream(true)
            .start();
    boolean ended = process.waitFor(90, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(ended).as("ended within 90 s; output: %s", output).isTrue();
    assertThat(process.exitValue()).as("exit status; output: %s", output).isZero();
    assertThat(output.lines())
        .as(output)
        .allSatisfy(
            line ->
                assertThat(line)
                    .matches(
                        "\\d+ dev\\.walletsdk\\.(InvalidResponseException|TransportException)"));
    int calls = output.lines().mapToInt(line -> Integer.parseInt(line.split(" ")[0])).sum();
    // Which failure each call sees depends on how the reads interleave: a read that reaches the
    // 16 MiB limit first is an invalid response, one refused by the shared 64 MiB budget first a
    // transport failure (when all 32 grow in step, every one of them). Both are typed and bounded.
    assertThat(calls).isEqualTo(ConcurrentOversizedResponses.CALLS);
  }
}
