/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A partner's class path without OkHttp, or with a broken one, checked in a JVM of its own: the
 * test's class path minus the jars named below, running {@link TransferWithoutOkHttp} against the
 * mock on a loopback port.
 */
class WithoutOkHttpTest {
  private static final Predicate<String> OKHTTP = name -> name.startsWith("okhttp");
  private static final Predicate<String> OKIO_AND_KOTLIN =
      name -> name.startsWith("okio") || name.startsWith("kotlin");

  @Test
  void clientTransfersOverTheJdkTransportWithoutOkHttpOkioAndKotlin() throws Exception {
    List<String> output = run(OKHTTP.or(OKIO_AND_KOTLIN), "transfer");

    assertThat(output)
        .containsExactly(
            "okhttp3.OkHttpClient absent",
            "kotlin.Unit absent",
            "transport JdkHttpTransport",
            "transfer 1.00 EUR COMPLETED",
            "transfer 2.50 EUR COMPLETED",
            "alice 96.50 EUR");
  }

  @Test
  void okHttpWithoutOkioAndKotlinIsRefusedNamingTheMissingJar() throws Exception {
    List<String> output = run(OKIO_AND_KOTLIN, "build");

    assertThat(output)
        .containsExactly(
            "okhttp3.OkHttpClient present",
            "kotlin.Unit absent",
            "InvalidRequestException: the OkHttp transport needs com.squareup.okio:okio-jvm, which"
                + " is not on the class path: add it (OkHttp's own dependency), or remove"
                + " com.squareup.okhttp3:okhttp-jvm to use the JDK's HttpClient transport");
  }

  @TempDir Path temp;

  private List<String> run(Predicate<String> removed, String mode)
      throws IOException, InterruptedException {
    Path errors = temp.resolve(mode + ".err");
    String classPath =
        String.join(
            File.pathSeparator,
            Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !removed.test(Path.of(entry).getFileName().toString()))
                .toList());
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx128m",
                "-cp",
                classPath,
                TransferWithoutOkHttp.class.getName(),
                mode)
            .redirectError(errors.toFile())
            .start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String failure = "output: " + text + "\nerrors: " + Files.readString(errors);
    assertThat(ended).as("ended within 60 s; %s", failure).isTrue();
    assertThat(process.exitValue()).as("exit status; %s", failure).isZero();
    return text.lines().toList();
  }
}
