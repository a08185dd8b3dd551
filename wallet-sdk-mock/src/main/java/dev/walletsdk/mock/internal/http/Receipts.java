package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Which replies carry a receipt: every object that reports a money movement or its reversal, in
 * every reply that returns it (docs/openapi.yaml, "Receipts"). Applied to each reply as it leaves
 * its route, the held operation's included, so no route can forget to sign.
 */
final class Receipts {
  /** The {@code object} types that carry a receipt. */
  static final Set<String> SIGNED_OBJECTS =
      Set.of("payment", "refund", "transfer", "split_bill", "bill_payment", "rewards_redemption");

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
    if (reply.body() instanceof ObjectNode object
        && SIGNED_OBJECTS.contains(object.path("object").asText())) {
      return new Reply(reply.status(), signer.apply(object));
    }
    return reply;
  }
}
