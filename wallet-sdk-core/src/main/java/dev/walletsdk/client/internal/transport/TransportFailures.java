/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.transport;

import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidResponseException;
import dev.walletsdk.TransportException;
import dev.walletsdk.client.internal.ServerText;
import dev.walletsdk.spi.TransportRequest;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

/**
 * The failures both network transports report alike. Text from the exception of an HTTP library may
 * quote the server (a status line), so it is escaped and bounded like all server text.
 */
final class TransportFailures {
  private TransportFailures() {}

  /**
   * Tells whether a failure means the server's answer cannot be accepted however often it is
   * fetched: a body over the limit. A malformed or cut-off response ({@code ProtocolException}) is
   * not one: a connection that breaks mid-response looks the same, so it stays a retryable
   * transport failure.
   */
  static boolean isInvalidResponse(Throwable failure) {
    return failure instanceof ResponseTooLargeException;
  }

  /**
   * Tells whether a failure is a TLS handshake that did not complete: the server's certificate was
   * not trusted or did not match the host, or the server refused the client's certificate during
   * the handshake. The server never accepted the connection, so the request cannot have been
   * applied. (Under TLS 1.3 a server that rejects the client certificate may instead surface as a
   * broken connection after the client sent the request; that stays a connection failure.)
   */
  static boolean isTlsHandshakeFailure(Throwable failure) {
    return failure instanceof SSLHandshakeException
        || failure instanceof SSLPeerUnverifiedException;
  }

  static InvalidResponseException invalidResponse(TransportRequest request, Throwable failure) {
    return new InvalidResponseException(
        "invalid HTTP response to "
            + target(request)
            + ": "
            + detail(failure)
            + (request.method().equals("GET") ? "" : "; the request may have been applied"),
        0,
        ErrorCode.INVALID_RESPONSE,
        null,
        failure);
  }

  static TransportException connectionFailed(TransportRequest request, Throwable failure) {
    return new TransportException(
        "connection failed during " + target(request) + ": " + detail(failure),
        TransportException.Kind.CONNECTION_FAILED,
        failure);
  }

  static TransportException connectFailed(TransportRequest request, Throwable failure) {
    return new TransportException(
        "could not connect for " + target(request) + ": " + detail(failure),
        TransportException.Kind.CONNECT_FAILED,
        failure);
  }

  /** No response came within the attempt's timeout. */
  static TransportException timedOut(TransportRequest request, Throwable failure) {
    return new TransportException(
        "no response in time for " + target(request), TransportException.Kind.TIMEOUT, failure);
  }

  /** The calling thread was interrupted; the caller restores its interrupt flag. */
  static TransportException interrupted(TransportRequest request, Throwable failure) {
    return new TransportException(
        target(request) + " was interrupted", TransportException.Kind.CANCELLED, failure);
  }

  static String detail(Throwable failure) {
    return ServerText.of(String.valueOf(failure.getMessage()));
  }

  static String target(TransportRequest request) {
    return request.method() + " " + request.uri();
  }
}
