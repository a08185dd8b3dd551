/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EncryptedFieldTest {
  private static final byte[] CIPHERTEXT = {1, 2, 3, 4, 5};

  @Test
  void fieldKeepsSchemeKeyIdAndCiphertext() {
    EncryptedField field =
        EncryptedField.of(EncryptedField.HPKE_X25519_SHA256_AES256GCM, "kid-1", CIPHERTEXT);

    assertThat(field.scheme()).isEqualTo("hpke-x25519-sha256-aes256gcm");
    assertThat(field.keyId()).isEqualTo("kid-1");
    assertThat(field.ciphertext()).isEqualTo(CIPHERTEXT);
  }

  @Test
  void ciphertextIsCopiedInAndOut() {
    byte[] input = CIPHERTEXT.clone();
    EncryptedField field = EncryptedField.of("scheme", "kid-1", input);

    input[0] = 9;
    field.ciphertext()[1] = 9;

    assertThat(field.ciphertext()).isEqualTo(CIPHERTEXT);
  }

  @Test
  void toStringShowsOnlyTheCiphertextLength() {
    EncryptedField field = EncryptedField.of("scheme", "kid-1", CIPHERTEXT);

    assertThat(field).hasToString("EncryptedField{scheme=scheme, keyId=kid-1, ciphertext=5 bytes}");
  }

  @Test
  void fieldsAreEqualByCiphertextContent() {
    EncryptedField field = EncryptedField.of("scheme", "kid-1", CIPHERTEXT);

    assertThat(field)
        .isEqualTo(EncryptedField.of("scheme", "kid-1", CIPHERTEXT.clone()))
        .hasSameHashCodeAs(EncryptedField.of("scheme", "kid-1", CIPHERTEXT.clone()))
        .isNotEqualTo(EncryptedField.of("scheme", "kid-2", CIPHERTEXT))
        .isNotEqualTo(EncryptedField.of("other", "kid-1", CIPHERTEXT))
        .isNotEqualTo(EncryptedField.of("scheme", "kid-1", new byte[] {1, 2, 3}));
  }
}
