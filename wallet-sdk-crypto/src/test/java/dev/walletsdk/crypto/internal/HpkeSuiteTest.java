/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.hybrid.HpkeParameters.AeadId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 9180 Appendix A.1.1 (DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM) and A.2.1 (the
 * same with ChaCha20Poly1305), base mode, through the production code path ({@link HpkeSuite}).
 *
 * <p>The vectors' ciphertexts use the AAD {@code "Count-<n>"}, while Wallet API v1 (and Tink's
 * single-shot HPKE) seals with an empty AAD. So each test computes the empty-AAD ciphertext from
 * the vector's own {@code key} and {@code base_nonce} with the JDK's AEAD, after checking that this
 * oracle reproduces the vector's sequence-0 ciphertext exactly, and then decrypts it with the
 * vector's {@code skRm}, {@code enc} and {@code info}. Success proves that the KEM and the key
 * schedule derive the RFC's key and nonce.
 */
class HpkeSuiteTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] INFO = hex("4f6465206f6e2061204772656369616e2055726e");
  private static final byte[] PT =
      hex("4265617574792069732074727574682c20747275746820626561757479");
  private static final byte[] AAD_0 = hex("436f756e742d30");

  /** One base-mode vector of RFC 9180 Appendix A. */
  record Vector(
      String name,
      AeadId aead,
      String jdkCipher,
      byte[] skRm,
      byte[] pkRm,
      byte[] enc,
      byte[] key,
      byte[] baseNonce,
      byte[] ct0) {
    byte[] seal(byte[] aad) throws GeneralSecurityException {
      Cipher cipher = Cipher.getInstance(jdkCipher);
      SecretKeySpec secret =
          new SecretKeySpec(key, aead == AeadId.CHACHA20_POLY1305 ? "ChaCha20" : "AES");
      if (aead == AeadId.CHACHA20_POLY1305) {
        cipher.init(Cipher.ENCRYPT_MODE, secret, new IvParameterSpec(baseNonce));
      } else {
        cipher.init(Cipher.ENCRYPT_MODE, secret, new GCMParameterSpec(128, baseNonce));
      }
      cipher.updateAAD(aad);
      return cipher.doFinal(PT);
    }

    byte[] sealedWithEmptyAad() throws GeneralSecurityException {
      byte[] ciphertext = seal(new byte[0]);
      return ByteBuffer.allocate(enc.length + ciphertext.length).put(enc).put(ciphertext).array();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] hex(String text) {
    return HEX.parseHex(text);
  }

  static Stream<Vector> vectors() {
    return Stream.of(
        new Vector(
            "A.1.1 AES-128-GCM",
            AeadId.AES_128_GCM,
            "AES/GCM/NoPadding",
            hex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8"),
            hex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d"),
            hex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431"),
            hex("4531685d41d65f03dc48f6b8302c05b0"),
            hex("56d890e5accaaf011cff4b7d"),
            hex(
                "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a9"
                    + "6d8770ac83d07bea87e13c512a")),
        new Vector(
            "A.2.1 ChaCha20Poly1305",
            AeadId.CHACHA20_POLY1305,
            "ChaCha20-Poly1305",
            hex("8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb"),
            hex("4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a"),
            hex("1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a"),
            hex("ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91"),
            hex("5c4d98150661b848853b547f"),
            hex(
                "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db"
                    + "21993c62ce81883d2dd1b51a28")));
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void derivesTheVectorsPublicKeyFromItsPrivateKey(Vector vector) throws GeneralSecurityException {
    assertThat(HpkeSuite.publicKeyOf(vector.skRm())).isEqualTo(vector.pkRm());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void oracleReproducesTheVectorsSequenceZeroCiphertext(Vector vector)
      throws GeneralSecurityException {
    assertThat(vector.seal(AAD_0)).isEqualTo(vector.ct0());
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void decryptsTheVectorThroughTheProductionCodePath(Vector vector)
      throws GeneralSecurityException {
    assertThat(
            HpkeSuite.decrypter(vector.skRm(), vector.aead())
                .decrypt(vector.sealedWithEmptyAad(), INFO))
        .isEqualTo(PT);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void theVectorDoesNotDecryptUnderAnotherInfo(Vector vector) throws GeneralSecurityException {
    byte[] sealed = vector.sealedWithEmptyAad();

    assertThatThrownBy(
            () -> HpkeSuite.decrypter(vector.skRm(), vector.aead()).decrypt(sealed, new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void theVectorDoesNotDecryptWithTheWalletApiSuite(Vector vector) throws GeneralSecurityException {
    byte[] sealed = vector.sealedWithEmptyAad();

    assertThatThrownBy(
            () -> HpkeSuite.decrypter(vector.skRm(), AeadId.AES_256_GCM).decrypt(sealed, INFO))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void sealsToTheVectorsRecipientKey(Vector vector) throws GeneralSecurityException {
    byte[] sealed = HpkeSuite.encrypter(vector.pkRm(), vector.aead()).encrypt(PT, INFO);

    assertThat(sealed).hasSize(32 + PT.length + 16);
    assertThat(HpkeSuite.decrypter(vector.skRm(), vector.aead()).decrypt(sealed, INFO))
        .isEqualTo(PT);
  }

  @Test
  void fieldInfoIsThePrefixAndThePointerInUtf8() {
    assertThat(new String(HpkeSuite.fieldInfo("/destinationAccount/accountNumber")))
        .isEqualTo("wallet-api-v1 field /destinationAccount/accountNumber");
  }
}
