/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.walletsdk.spi.Headers;
import dev.walletsdk.spi.TransportRequest;
import java.net.URI;
import java.util.Arrays;
import java.util.Base64;

/** The test request of RFC 9421 Appendix B.2 and the key test-key-ed25519 of Appendix B.1.4. */
final class Rfc9421Examples {
  /** B.1.4, PKCS#8: a fixed 16-byte prefix (RFC 8410) followed by the 32-byte seed. */
  static final String TEST_KEY_ED25519_PKCS8 =
      "MC4CAQAwBQYDK2VwBCIEIJ+DYvh6SEqVTm50DFtMDoQikTmiCqirVv9mWG9qfSnF";

  /** B.1.4, SubjectPublicKeyInfo: a fixed 12-byte prefix followed by the 32-byte key. */
  static final String TEST_KEY_ED25519_SPKI =
      "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=";

  private Rfc9421Examples() {}

  static Ed25519KeyPair testKeyEd25519() {
    byte[] pkcs8 = Base64.getDecoder().decode(TEST_KEY_ED25519_PKCS8);
    return Ed25519Keys.fromSeed(Arrays.copyOfRange(pkcs8, 16, 48));
  }

  static byte[] testKeyEd25519PublicKey() {
    byte[] spki = Base64.getDecoder().decode(TEST_KEY_ED25519_SPKI);
    return Arrays.copyOfRange(spki, 12, 44);
  }

  /** B.2: {@code POST /foo?param=Value&Pet=dog} to example.com with a JSON body. */
  static TransportRequest testRequest() {
    return TransportRequest.builder()
        .method("POST")
        .uri(URI.create("https://example.com/foo?param=Value&Pet=dog"))
        .headers(
            Headers.of(
                "Host", "example.com",
                "Date", "Tue, 20 Apr 2021 02:07:55 GMT",
                "Content-Type", "application/json",
                "Content-Digest",
                    "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNN"
                        + "yealdVLvRwEmTHWXvJwew==:",
                "Content-Length", "18"))
        .body("{\"hello\": \"world\"}".getBytes(UTF_8))
        .build();
  }
}
