/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The OkHttp transport's read buffer follows the body's declared length, so a typical answer is not
 * read through a 64 KB array allocated on every call (the largest allocation per call in the
 * loopback profile, wallet-sdk-benchmarks/profiling/okhttp-adapter.txt).
 */
class OkHttpReadBufferTest {
  @Test
  void aDeclaredSmallBodyIsReadThroughABufferOfItsLength() {
    assertThat(OkHttpTransport.readBufferBytes(1_234)).isEqualTo(1_234);
  }

  @Test
  void aDeclaredLargeBodyIsReadThroughTheLargestBuffer() {
    assertThat(OkHttpTransport.readBufferBytes(16L * 1024 * 1024)).isEqualTo(64 * 1024);
  }

  @Test
  void anEmptyBodyStillGetsABufferToReadTheEndOfStream() {
    assertThat(OkHttpTransport.readBufferBytes(0)).isEqualTo(1);
  }

  @Test
  void aBodyOfUnknownLengthIsReadThroughEightKilobytes() {
    assertThat(OkHttpTransport.readBufferBytes(-1)).isEqualTo(8 * 1024);
  }
}
