/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.crypto.internal;

import dev.walletsdk.DecryptionException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.SignatureVerificationException;
import org.jspecify.annotations.Nullable;

/** The typed exceptions of the crypto module, built in one place so codes stay consistent. */
public final class Failures {
  private Failures() {}

  /**
   * A signature that did not verify.
   *
   * @param message what was wrong; never a secret
   * @return the exception, code {@code signature_verification_failed}, HTTP status 0
   */
  public static SignatureVerificationException signature(String message) {
    return signature(message, null);
  }

  /**
   * A signature that did not verify, with its cause.
   *
   * @param message what was wrong; never a secret
   * @param cause the underlying failure
   * @return the exception, code {@code signature_verification_failed}, HTTP status 0
   */
  public static SignatureVerificationException signature(
      String message, @Nullable Throwable cause) {
    return new SignatureVerificationException(
        message, 0, ErrorCode.SIGNATURE_VERIFICATION_FAILED, null, cause);
  }

  /**
   * A value that could not be decrypted.
   *
   * @param message what was wrong; never a secret
   * @param cause the underlying failure, if any
   * @return the exception, code {@code decryption_failed}, HTTP status 0
   */
  public static DecryptionException decryption(String message, @Nullable Throwable cause) {
    return new DecryptionException(message, 0, ErrorCode.DECRYPTION_FAILED, null, cause);
  }

  /**
   * An invalid argument or configuration.
   *
   * @param field the name of the argument
   * @param code the snake_case problem code
   * @param message what was wrong, naming the argument; never a secret
   * @return the exception, code {@code invalid_request}, HTTP status 0
   */
  public static InvalidRequestException invalid(String field, String code, String message) {
    return InvalidRequestException.forField(field, code, message);
  }
}
