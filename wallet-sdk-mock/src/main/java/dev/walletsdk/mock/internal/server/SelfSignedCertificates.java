/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.server;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Makes a self-signed server certificate for the loopback interface with the JDK alone: an EC P-256
 * key, and an X.509 v3 certificate naming {@code localhost}, {@code 127.0.0.1} and {@code ::1} in
 * its subject alternative names, encoded in DER here because the JDK's certificate builder is not
 * exported (docs/decisions/0030-mock-request-journal-and-https.md).
 */
public final class SelfSignedCertificates {
  /** How long a generated certificate is valid from its start. */
  public static final Duration VALIDITY = Duration.ofDays(30);

  /** How long before now a certificate becomes valid, for clocks a little behind. */
  private static final Duration BACKDATE = Duration.ofHours(1);

  private static final String ECDSA_WITH_SHA256 = "1.2.840.10045.4.3.2";
  private static final String COMMON_NAME = "2.5.4.3";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";
  private static final String BASIC_CONSTRAINTS = "2.5.29.19";
  private static final DateTimeFormatter UTC_TIME =
      DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC);

  /**
   * A key and its certificate.
   *
   * @param keys the key pair
   * @param certificate the self-signed certificate of its public key
   */
  public record Generated(KeyPair keys, X509Certificate certificate) {}

  private SelfSignedCertificates() {}

  /**
   * Generates a key and its certificate, valid from an hour before {@code now} for {@link
   * #VALIDITY}.
   *
   * @param now the current wall-clock time (TLS peers check validity against theirs)
   * @return the key and certificate
   */
  public static Generated generate(Instant now) {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      byte[] algorithm = Der.sequence(Der.oid(ECDSA_WITH_SHA256));
      byte[] name =
          Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8String("localhost"))));
      byte[] tbs =
          Der.sequence(
              Der.tagged(0xA0, Der.integer(new byte[] {2})),
              Der.integer(serial()),
              algorithm,
              name,
              Der.sequence(
                  Der.utcTime(UTC_TIME.format(now.minus(BACKDATE))),
                  Der.utcTime(UTC_TIME.format(now.minus(BACKDATE).plus(VALIDITY)))),
              name,
              keys.getPublic().getEncoded(),
              Der.tagged(0xA3, extensions()));
      Signature signer = Signature.getInstance("SHA256withECDSA");
      signer.initSign(keys.getPrivate());
      signer.update(tbs);
      byte[] certificate = Der.sequence(tbs, algorithm, Der.bitString(signer.sign()));
      return new Generated(keys, parse(certificate));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK cannot make an EC P-256 certificate", e);
    }
  }

  private static byte[] extensions() {
    byte[] names =
        Der.sequence(
            Der.tagged(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
            Der.tagged(0x87, new byte[] {127, 0, 0, 1}),
            Der.tagged(0x87, ipv6Loopback()));
    return Der.sequence(
        Der.sequence(Der.oid(SUBJECT_ALT_NAME), Der.octetString(names)),
        Der.sequence(
            Der.oid(BASIC_CONSTRAINTS), Der.booleanTrue(), Der.octetString(Der.sequence())));
  }

  private static byte[] ipv6Loopback() {
    byte[] address = new byte[16];
    address[15] = 1;
    return address;
  }

  /** 16 random bytes, positive and minimal as a DER INTEGER. */
  private static byte[] serial() {
    byte[] serial = new byte[16];
    new SecureRandom().nextBytes(serial);
    serial[0] = (byte) ((serial[0] & 0x3F) | 0x40);
    return serial;
  }

  private static X509Certificate parse(byte[] der) throws GeneralSecurityException {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
  }
}
