/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.InvalidRequestException;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Ed25519KeysTest {
  private static final HexFormat HEX = HexFormat.of();

  /** RFC 8032 §7.1, TEST 1 and TEST 2: public key from seed, and the signature. */
  @ParameterizedTest
  @CsvSource({
    "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60,"
        + " d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a, '',"
        + " e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
    "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb,"
        + " 3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c, 72,"
        + " 92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
  })
  void matchesRfc8032Section71(String seed, String publicKey, String message, String signature) {
    Ed25519KeyPair keys = Ed25519Keys.fromSeed(HEX.parseHex(seed));

    assertThat(HEX.formatHex(keys.publicKey())).isEqualTo(publicKey);
    assertThat(HEX.formatHex(keys.sign(HEX.parseHex(message)))).isEqualTo(signature);
  }

  /** RFC 8037 Appendix A.3: the JWK thumbprint of the RFC 8032 TEST 1 public key. */
  @Test
  void thumbprintMatchesRfc8037AppendixA3() {
    byte[] x = Base64.getUrlDecoder().decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");

    assertThat(Ed25519Keys.thumbprint(x)).isEqualTo("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
  }

  @Test
  void generatedKeyPairsDiffer() {
    Ed25519KeyPair first = Ed25519Keys.generate();
    Ed25519KeyPair second = Ed25519Keys.generate();

    assertThat(first).isNotEqualTo(second);
    assertThat(first.publicKey()).hasSize(32).isNotEqualTo(second.publicKey());
  }

  @Test
  void keyPairsFromTheSameSeedAreEqual() {
    byte[] seed = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    assertThat(Ed25519Keys.fromSeed(seed)).isEqualTo(Ed25519Keys.fromSeed(seed.clone()));
  }

  @Test
  void toStringShowsTheThumbprintAndNeverTheSeed() {
    byte[] seed = HEX.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    assertThat(Ed25519Keys.fromSeed(seed))
        .hasToString(
            "Ed25519KeyPair{thumbprint=kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k,"
                + " seed=<redacted>}");
  }

  @Test
  void seedOfTheWrongLengthIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> Ed25519Keys.fromSeed(new byte[31]))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Ed25519 seed must be 32 bytes but has 31 (value not shown)");
  }

  @Test
  void publicKeyOfTheWrongLengthHasNoThumbprint() {
    assertThatThrownBy(() -> Ed25519Keys.thumbprint(new byte[33]))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage("Ed25519 public key must be 32 bytes but has 33");
  }
}
