/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.FieldError;
import dev.walletsdk.InvalidRequestException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that validation fails with one exact field error. */
final class Rejections {
  private Rejections() {}

  static void assertRejected(ThrowingCallable call, String field, String code, String message) {
    assertThatThrownBy(call)
        .isInstanceOf(InvalidRequestException.class)
        .hasMessage(message)
        .satisfies(
            e ->
                assertThat(((InvalidRequestException) e).fieldErrors())
                    .containsExactly(FieldError.of(field, code, message)));
  }
}
