/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * WireMock, the comparison server of part 3, serving the same two exchanges as the mock: a balance
 * read and a transfer write, with bodies recorded from the mock, matched on method, path and the
 * API key. Its request journal is off, as it would be in a load test. Prints its base URL and runs
 * until killed.
 */
public final class WireMockMain {
  private WireMockMain() {}

  /**
   * Starts WireMock on an ephemeral loopback port.
   *
   * @param args the balance path, the balance body file, the transfer body file, the API key
   * @throws IOException if a body file cannot be read
   * @throws InterruptedException if interrupted while serving
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    String authorization = "Bearer " + args[3];
    WireMockServer server =
        new WireMockServer(
            options().bindAddress("127.0.0.1").dynamicPort().disableRequestJournal());
    server.stubFor(
        get(urlPathEqualTo(args[0]))
            .withHeader("Authorization", equalTo(authorization))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Files.readAllBytes(Path.of(args[1])))));
    server.stubFor(
        post(urlPathEqualTo("/v1/transfers"))
            .withHeader("Authorization", equalTo(authorization))
            .willReturn(
                aResponse()
                    .withStatus(201)
                    .withHeader("Content-Type", "application/json")
                    .withBody(Files.readAllBytes(Path.of(args[2])))));
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "wiremock-shutdown"));
    System.out.println("WireMock listening on http://127.0.0.1:" + server.port());
    System.out.flush();
    Thread.currentThread().join();
  }
}
