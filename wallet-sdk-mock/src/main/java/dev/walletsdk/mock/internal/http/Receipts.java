/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.spi.TransportResponse;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Which replies carry a receipt: every object that reports a money movement or its reversal, in
 * every reply that returns it (docs/openapi.yaml, "Receipts"). Applied to each reply as it leaves
 * its route, the held operation's included, so no route can forget to sign.
 */
final class Receipts {
  /** The {@code object} types that carry a receipt. */
  static final Set<String> SIGNED_OBJECTS =
      Set.of(
          "payment",
          "refund",
          "transfer",
          "split_bill",
          "bill_payment",
          "rewards_redemption",
          "pot_move",
          "invoice_payment");

  private final UnaryOperator<ObjectNode> signer;

  Receipts(UnaryOperator<ObjectNode> signer) {
    this.signer = signer;
  }

  /**
   * Adds the receipt to a reply whose body is a receipt-bearing object.
   *
   * @param reply a route's reply
   * @return the reply, signed when its object carries a receipt
   */
  Reply sign(Reply reply) {
    if (needsReceipt(reply)) {
      return new Reply(reply.status(), signer.apply((ObjectNode) reply.body()));
    }
    return reply;
  }

  /**
   * The answer to a write, to be signed after the engine's lock is released: a reply without a
   * receipt is answered at once; one with a receipt is signed on the first call, by whichever
   * thread asks first (the write's own or a replay of its key), and every call gets the same
   * response. The reply's body must be the route's own: nothing else may hold or change it.
   *
   * @param reply a route's reply, not signed yet
   * @param requestId the request id of the write
   * @return gives the answer; thread-safe
   */
  Supplier<TransportResponse> answerLater(Reply reply, String requestId) {
    if (!needsReceipt(reply)) {
      TransportResponse response = Problems.json(reply.status(), reply.body(), requestId);
      return () -> response;
    }
    return new SignedOnce(this, reply, requestId);
  }

  private static boolean needsReceipt(Reply reply) {
    return reply.body() instanceof ObjectNode object
        && SIGNED_OBJECTS.contains(object.path("object").asText());
  }

  /**
   * Signs a reply once, on first demand, and keeps the answer (or the failure) for every caller.
   */
  private static final class SignedOnce implements Supplier<TransportResponse> {
    private final Receipts receipts;
    private final String requestId;
    private @Nullable Reply unsigned;
    private @Nullable TransportResponse response;
    private @Nullable RuntimeException failure;

    SignedOnce(Receipts receipts, Reply unsigned, String requestId) {
      this.receipts = receipts;
      this.unsigned = unsigned;
      this.requestId = requestId;
    }

    @Override
    public synchronized TransportResponse get() {
      Reply reply = unsigned;
      if (reply != null) {
        unsigned = null;
        try {
          Reply signed = receipts.sign(reply);
          response = Problems.json(signed.status(), signed.body(), requestId);
        } catch (RuntimeException e) {
          failure = e;
        }
      }
      if (failure != null) {
        throw new IllegalStateException("the receipt of request " + requestId + " failed", failure);
      }
      return Objects.requireNonNull(response, "response");
    }
  }
}
