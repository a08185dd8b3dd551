package dev.walletsdk.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.hybrid.HpkeParameters.AeadId;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * RFC 9180 Appendix A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode.
 *
 * <p>The vector's ciphertexts use the AAD {@code "Count-<n>"}, while Wallet API v1 (and Tink's
 * single-shot HPKE) seals with an empty AAD. So the test computes the empty-AAD ciphertext from the
 * vector's own {@code key} and {@code base_nonce} with the JDK's AES-GCM, after checking that this
 * oracle reproduces the vector's sequence-0 ciphertext exactly, and then decrypts it through the
 * production code path with the vector's {@code skRm}, {@code enc} and {@code info}. Success proves
 * the KEM and key schedule derive the RFC's key and nonce.
 */
class HpkeSuiteTest {
  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] SK_RM =
      hex("4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8");
  private static final byte[] PK_RM =
      hex("3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d");
  private static final byte[] ENC =
      hex("37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431");
  private static final byte[] INFO = hex("4f6465206f6e2061204772656369616e2055726e");
  private static final byte[] KEY = hex("4531685d41d65f03dc48f6b8302c05b0");
  private static final byte[] BASE_NONCE = hex("56d890e5accaaf011cff4b7d");
  private static final byte[] PT =
      hex("4265617574792069732074727574682c20747275746820626561757479");
  private static final byte[] AAD_0 = hex("436f756e742d30");
  private static final byte[] CT_0 =
      hex(
          "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a9"
              + "6d8770ac83d07bea87e13c512a");

  private static byte[] hex(String text) {
    return HEX.parseHex(text);
  }

  private static byte[] aesGcm(byte[] aad) throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(
        Cipher.ENCRYPT_MODE, new SecretKeySpec(KEY, "AES"), new GCMParameterSpec(128, BASE_NONCE));
    cipher.updateAAD(aad);
    return cipher.doFinal(PT);
  }

  private static byte[] encThen(byte[] ciphertext) {
    return ByteBuffer.allocate(ENC.length + ciphertext.length).put(ENC).put(ciphertext).array();
  }

  @Test
  void derivesTheVectorsPublicKeyFromItsPrivateKey() throws GeneralSecurityException {
    assertThat(HpkeSuite.publicKeyOf(SK_RM)).isEqualTo(PK_RM);
  }

  @Test
  void oracleReproducesTheVectorsSequenceZeroCiphertext() throws GeneralSecurityException {
    assertThat(aesGcm(AAD_0)).isEqualTo(CT_0);
  }

  @Test
  void decryptsRfc9180AppendixA1ThroughTheProductionCodePath() throws GeneralSecurityException {
    byte[] sealed = encThen(aesGcm(new byte[0]));

    assertThat(HpkeSuite.decrypter(SK_RM, AeadId.AES_128_GCM).decrypt(sealed, INFO)).isEqualTo(PT);
  }

  @Test
  void theVectorDoesNotDecryptUnderAnotherInfo() throws GeneralSecurityException {
    byte[] sealed = encThen(aesGcm(new byte[0]));

    assertThatThrownBy(
            () -> HpkeSuite.decrypter(SK_RM, AeadId.AES_128_GCM).decrypt(sealed, new byte[0]))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void theVectorDoesNotDecryptWithTheAes256Suite() throws GeneralSecurityException {
    byte[] sealed = encThen(aesGcm(new byte[0]));

    assertThatThrownBy(() -> HpkeSuite.decrypter(SK_RM, AeadId.AES_256_GCM).decrypt(sealed, INFO))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void sealsToTheVectorsRecipientKey() throws GeneralSecurityException {
    byte[] sealed = HpkeSuite.encrypter(PK_RM, AeadId.AES_128_GCM).encrypt(PT, INFO);

    assertThat(sealed).hasSize(32 + PT.length + 16);
    assertThat(HpkeSuite.decrypter(SK_RM, AeadId.AES_128_GCM).decrypt(sealed, INFO)).isEqualTo(PT);
  }

  @Test
  void fieldInfoIsThePrefixAndThePointerInUtf8() {
    assertThat(new String(HpkeSuite.fieldInfo("/destinationAccount/accountNumber")))
        .isEqualTo("wallet-api-v1 field /destinationAccount/accountNumber");
  }
}
