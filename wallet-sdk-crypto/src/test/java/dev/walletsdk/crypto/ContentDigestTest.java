/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.SignatureVerificationException;
import dev.walletsdk.crypto.internal.ContentDigest;
import org.junit.jupiter.api.Test;

class ContentDigestTest {
  private static final byte[] HELLO = "{\"hello\": \"world\"}\n".getBytes(UTF_8);

  /** RFC 9530 Appendix B.1: {"hello": "world"} followed by a line feed. */
  @Test
  void matchesRfc9530AppendixB1() {
    assertThat(ContentDigest.sha256(HELLO))
        .isEqualTo("sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:");
  }

  /** RFC 9530 Appendix B.2: empty content. */
  @Test
  void matchesRfc9530AppendixB2ForEmptyContent() {
    assertThat(ContentDigest.sha256(new byte[0]))
        .isEqualTo("sha-256=:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=:");
  }

  /** RFC 9421 Appendix B.2: the sha-512 digest of the test request's 18-byte body. */
  @Test
  void acceptsTheSha512DigestOfRfc9421AppendixB2() {
    byte[] body = "{\"hello\": \"world\"}".getBytes(UTF_8);
    String field =
        "sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWX"
            + "vJwew==:";

    assertThatCode(() -> ContentDigest.verify(field, body)).doesNotThrowAnyException();
  }

  @Test
  void acceptsItsOwnDigestAmongUnknownAlgorithms() {
    String field = "md5=:AAAA:, " + ContentDigest.sha256(HELLO);

    assertThatCode(() -> ContentDigest.verify(field, HELLO)).doesNotThrowAnyException();
  }

  @Test
  void digestOfAnotherBodyIsRejected() {
    assertThatThrownBy(() -> ContentDigest.verify(ContentDigest.sha256(HELLO), new byte[0]))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("Content-Digest sha-256 does not match the body");
  }

  @Test
  void fieldWithoutAKnownAlgorithmIsRejected() {
    assertThatThrownBy(() -> ContentDigest.verify("md5=:AAAA:", HELLO))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage("Content-Digest has no sha-256 or sha-512 digest");
  }

  @Test
  void digestThatIsNotAByteSequenceIsRejected() {
    assertThatThrownBy(() -> ContentDigest.verify("sha-256=\"RK/0\"", HELLO))
        .hasMessage("Content-Digest sha-256 is not a byte sequence");
  }

  @Test
  void malformedFieldIsRejected() {
    assertThatThrownBy(() -> ContentDigest.verify("sha-256=:RK/0", HELLO))
        .isInstanceOf(SignatureVerificationException.class)
        .hasMessage(
            "Content-Digest is not a structured field dictionary: at 13: byte sequence is not"
                + " terminated by ':'");
  }
}
