/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attribute names the spans use: those of the OpenTelemetry HTTP client semantic conventions
 * (stable), written out here rather than taken from the incubating semconv artifact, and the SDK's
 * own under {@code wallet.}.
 */
final class SpanAttributes {
  static final AttributeKey<String> HTTP_REQUEST_METHOD =
      AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<Long> HTTP_RESPONSE_STATUS_CODE =
      AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<Long> HTTP_REQUEST_RESEND_COUNT =
      AttributeKey.longKey("http.request.resend_count");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  static final AttributeKey<String> WALLET_OPERATION = AttributeKey.stringKey("wallet.operation");
  static final AttributeKey<String> WALLET_CALL_ID = AttributeKey.stringKey("wallet.call.id");
  static final AttributeKey<Long> WALLET_ATTEMPTS = AttributeKey.longKey("wallet.attempts");
  static final AttributeKey<Long> WALLET_RETRY_NEXT_ATTEMPT =
      AttributeKey.longKey("wallet.retry.next_attempt");
  static final AttributeKey<Double> WALLET_RETRY_DELAY =
      AttributeKey.doubleKey("wallet.retry.delay");

  private SpanAttributes() {}
}
