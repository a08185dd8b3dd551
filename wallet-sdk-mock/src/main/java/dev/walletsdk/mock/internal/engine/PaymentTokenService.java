/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Issues and redeems consumer-presented payment tokens.
 *
 * <p>A token's payload is {@code WSDKPT1:<token id>:<expiry, epoch seconds>:<signature>}, where the
 * signature is the platform's Ed25519 signature over the JSON claims {@code {"typ":
 * "payment_token", "id", "walletId", "exp"}}. The payload names the token but not the wallet; the
 * wallet is bound by the signature, so a payload whose id or expiry was changed does not verify.
 */
public final class PaymentTokenService {
  /** The format tag that starts every payload. */
  public static final String PREFIX = "WSDKPT1";

  private static final Pattern PAYLOAD =
      Pattern.compile(PREFIX + ":(pqt_[A-Za-z0-9]{1,64}):([0-9]{1,12}):([A-Za-z0-9_-]{86})");

  private final Engine engine;
  private final TokenSigner signer;

  /**
   * Creates the service.
   *
   * @param engine the platform state
   * @param signer the platform's signing key
   */
  public PaymentTokenService(Engine engine, TokenSigner signer) {
    this.engine = engine;
    this.signer = signer;
  }

  /**
   * Issues a token for a wallet.
   *
   * @param partner the partner that owns the wallet
   * @param wallet the wallet the token pays from
   * @param lifetimeSeconds how long it stays redeemable
   * @return the token
   */
  public PaymentTokenRecord issue(Partner partner, WalletRecord wallet, long lifetimeSeconds) {
    String id = engine.ids().next("pqt_");
    Instant now = engine.clock().now();
    Instant expiresAt = now.plusSeconds(lifetimeSeconds);
    String signature = signer.sign(claims(id, wallet.id(), expiresAt.getEpochSecond()));
    String payload = PREFIX + ":" + id + ":" + expiresAt.getEpochSecond() + ":" + signature;
    PaymentTokenRecord token =
        new PaymentTokenRecord(id, partner.id(), wallet.id(), payload, now, expiresAt);
    engine.paymentTokens().put(id, token);
    engine.emit(
        new DomainEvent.PaymentTokenChanged(partner.id(), "payment_token.created", token, now));
    return token;
  }

  /**
   * Finds the token a scanned payload names, after checking its signature, use and expiry.
   *
   * @param payload the scanned text
   * @return the token, active
   * @throws ApiProblem {@code 422 payment_token_invalid} if the payload is not a token this
   *     platform signed, {@code 409 payment_token_used} if it was redeemed, {@code 409
   *     payment_token_expired} if it expired
   */
  public PaymentTokenRecord redeemable(String payload) {
    Matcher matcher = PAYLOAD.matcher(payload);
    PaymentTokenRecord token =
        matcher.matches() ? engine.paymentTokens().get(matcher.group(1)) : null;
    if (token == null
        || !signer.verify(
            claims(token.id(), token.walletId(), Long.parseLong(matcher.group(2))),
            matcher.group(3))) {
      throw ApiProblem.unprocessable(
          "/payload", "payment_token_invalid", "is not a payment token issued by this platform");
    }
    if (token.paymentId() != null) {
      throw ApiProblem.of(
          409,
          "payment_token_used",
          "Payment token used",
          "payment token " + token.id() + " was already redeemed by " + token.paymentId());
    }
    Instant now = engine.clock().now();
    if (!now.isBefore(token.expiresAt())) {
      throw ApiProblem.of(
          409,
          "payment_token_expired",
          "Payment token expired",
          "payment token " + token.id() + " expired at " + token.expiresAt());
    }
    return token;
  }

  /**
   * Marks a token redeemed by a payment.
   *
   * @param token the token
   * @param payment the payment it paid
   */
  public void redeemed(PaymentTokenRecord token, PaymentRecord payment) {
    token.redeemedBy(payment.id());
    engine.emit(
        new DomainEvent.PaymentTokenChanged(
            token.partnerId(), "payment_token.redeemed", token, engine.clock().now()));
  }

  /**
   * Returns a token.
   *
   * @param id the token id
   * @return the token, or {@code null}
   */
  public @Nullable PaymentTokenRecord get(String id) {
    return engine.paymentTokens().get(id);
  }

  private static byte[] claims(String id, String walletId, long expiresAt) {
    ObjectNode claims = JsonTrees.object();
    claims.put("typ", "payment_token");
    claims.put("id", id);
    claims.put("walletId", walletId);
    claims.put("exp", expiresAt);
    return JsonTrees.write(claims);
  }
}
