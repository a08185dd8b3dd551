/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.walletsdk.ApiKey;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.RetryPolicy;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.client.support.RawCaptureServer;
import dev.walletsdk.crypto.Ed25519KeyPair;
import dev.walletsdk.crypto.Ed25519Keys;
import dev.walletsdk.crypto.Ed25519RequestSigner;
import dev.walletsdk.crypto.server.Rfc9421Verifier;
import dev.walletsdk.crypto.server.SigningKeyResolver;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.Transport;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Whatever the base URL and whatever URI a user interceptor sets, the {@code @target-uri} a server
 * rebuilds from the request line and {@code Host} it received verifies: each transport sends
 * exactly the URI that was signed.
 */
class SignedTargetUriPropertyTest {
  private static final int EXAMPLES = 200;
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
  private static final Ed25519KeyPair KEY = Ed25519Keys.generate();
  private static final ApiKey API_KEY = ApiKey.of("sk_test_target_uri_key_000000000");

  private static final Gen<String> HOSTS =
      Generate.pick(List.of("127.0.0.1", "localhost", "LOCALHOST", "LocalHost"));
  private static final Gen<String> BASE_PATHS =
      Generate.pick(List.of("", "/", "/api", "/API/v1/", "/a%20b", "/x/./y/../", "/%7Euser/é"));
  private static final Gen<String> PATH_TOKENS =
      Generate.pick(
          List.of(
              "/",
              "/",
              "a",
              "Z",
              ".",
              "..",
              "%2e",
              "%2E",
              "%2F",
              "%20",
              "%41",
              "%25",
              "é",
              "€",
              "\uD83D\uDE00",
              "~",
              "-",
              "_",
              "!",
              "$",
              "&",
              "'",
              "(",
              ")",
              "*",
              "+",
              ",",
              ";",
              "=",
              ":",
              "@"));
  private static final Gen<String> QUERY_TOKENS =
      Generate.pick(
          List.of(
              "a", "B", "=", "&", "+", "%20", "%2B", "'", "[", "]", "?", "/", ":", "@", "é", "~",
              ",", ";", "$", "!", "*", "(", ")", "%25", ".", ".."));

  /** A query: none, an empty one ({@code ?} alone), or a sequence of tokens. */
  private static final Gen<Optional<String>> QUERIES =
      lists()
          .of(QUERY_TOKENS)
          .ofSizeBetween(0, 8)
          .map(parts -> String.join("", parts))
          .toOptionals(20);

  private static final Gen<String> PATH_SUFFIXES =
      lists().of(PATH_TOKENS).ofSizeBetween(0, 8).map(parts -> String.join("", parts));

  /** The host and path of a base URL. */
  private record Base(String host, String path) {}

  /** What the interceptor sets: the host (in some case) and what it appends to the path. */
  private record Rewrite(String host, String pathSuffix) {}

  private static final Gen<Base> BASES = HOSTS.zip(BASE_PATHS, Base::new);
  private static final Gen<Rewrite> REWRITES = HOSTS.zip(PATH_SUFFIXES, Rewrite::new);

  private final RawCaptureServer server = RawCaptureServer.start();
  private final OkHttpClient okHttp = new OkHttpClient();
  private final HttpClient jdk = HttpClient.newHttpClient();
  private final Ed25519RequestSigner signer = Ed25519RequestSigner.create("partner-1", KEY, CLOCK);
  private final Rfc9421Verifier verifier =
      Rfc9421Verifier.builder()
          .keys(SigningKeyResolver.of(Map.of("partner-1", KEY.publicKey())))
          .clock(CLOCK)
          .build();

  /** What the interceptor of every client does to the URI in the current example. */
  private final AtomicReference<UnaryOperator<URI>> rewrite =
      new AtomicReference<>(UnaryOperator.identity());

  /** One client per transport and base URL, built once: building one per example is slow. */
  private final Map<String, WalletClient> clients = new HashMap<>();

  @AfterEach
  void stop() {
    clients.values().forEach(WalletClient::close);
    server.close();
    okHttp.dispatcher().executorService().shutdown();
    okHttp.connectionPool().evictAll();
  }

  @Test
  void okHttpSendsExactlyTheSignedTargetUri() {
    checkTransport("okhttp", () -> OkHttpTransports.wrap(okHttp));
  }

  @Test
  void jdkHttpClientSendsExactlyTheSignedTargetUri() {
    checkTransport("jdk", () -> JdkHttpTransports.wrap(jdk));
  }

  private void checkTransport(String name, Supplier<Transport> transport) {
    qt().withExamples(EXAMPLES)
        .withShrinkCycles(20)
        .forAll(BASES, REWRITES, QUERIES, booleans().all())
        .checkAssert(
            (base, rewriting, query, post) -> {
              String baseUrl = "http://" + base.host() + ":" + server.port() + base.path();
              rewrite.set(uri -> rewritten(uri, rewriting, query.orElse(null)));
              sendAndVerify(client(name, transport, baseUrl), post);
            });
  }

  /** Changes the host's case, extends the path and sets the query. */
  private static URI rewritten(URI uri, Rewrite rewriting, @Nullable String query) {
    return URI.create(
        "http://"
            + rewriting.host()
            + ":"
            + uri.getPort()
            + uri.getRawPath()
            + rewriting.pathSuffix()
            + (query == null ? "" : "?" + query));
  }

  private WalletClient client(String name, Supplier<Transport> transport, String baseUrl) {
    return clients.computeIfAbsent(
        name + " " + baseUrl,
        key ->
            WalletClient.builder()
                .baseUrl(baseUrl)
                .apiKey(API_KEY)
                .transport(transport.get())
                .retries(RetryPolicy.none())
                .addInterceptor(
                    chain ->
                        chain.proceed(
                            chain.request().toBuilder()
                                .uri(rewrite.get().apply(chain.request().uri()))
                                .build()))
                .requestSigning(signer)
                .build());
  }

  private void sendAndVerify(WalletClient client, boolean post) {
    assertThatThrownBy(
            () -> {
              if (post) {
                client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
              } else {
                client.wallets().get(WalletId.of("wal_8f3KQ2"));
              }
            })
        .isInstanceOf(NotFoundException.class);
    TransportRequest asReceived = asReceived(server.take());

    assertThat(verifier.verify(asReceived).keyId()).contains("partner-1");
  }

  /** The request as a server sees it: the URI rebuilt from {@code Host} and the request target. */
  private static TransportRequest asReceived(RawCaptureServer.Captured received) {
    Headers.Builder headers = Headers.builder();
    received.headers().forEach(h -> headers.add(h[0], h[1]));
    return TransportRequest.builder()
        .method(received.method())
        .uri(URI.create("http://" + received.header("Host") + received.target()))
        .headers(headers.build())
        .body(received.body().length == 0 ? null : received.body())
        .build();
  }
}
