/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk;

/**
 * The stable error codes of Wallet API v1, as found in {@link WalletException#code()}.
 *
 * <p>Codes are snake_case strings so that a newer server may add codes without breaking older
 * clients; compare with {@code equals}. Codes marked "client" are produced by the SDK itself.
 */
public final class ErrorCode {
  private ErrorCode() {}

  /** 400: one or more fields are invalid; see {@link InvalidRequestException#fieldErrors()}. */
  public static final String INVALID_REQUEST = "invalid_request";

  /** 400: the body is not valid JSON, or a member has the wrong JSON type. */
  public static final String MALFORMED_REQUEST = "malformed_request";

  /** 400: the {@code Wallet-Api-Version} header names a version the server does not speak. */
  public static final String UNSUPPORTED_API_VERSION = "unsupported_api_version";

  /** 400: an encrypted field could not be decrypted by the server (unknown key or bad data). */
  public static final String FIELD_DECRYPTION_FAILED = "field_decryption_failed";

  /**
   * 400: personal data (such as a KYC identity) was sent in plain text; it must be sent
   * field-encrypted. Also thrown by the client, with status 0, when it has no field encryption.
   */
  public static final String ENCRYPTION_REQUIRED = "encryption_required";

  /** 401: the API key is missing, unknown or revoked. */
  public static final String AUTHENTICATION_FAILED = "authentication_failed";

  /** 401: the request's HTTP message signature is missing, stale, replayed or wrong. */
  public static final String SIGNATURE_INVALID = "signature_invalid";

  /** 401: the operation needs step-up authentication; the response carries a challenge. */
  public static final String STEP_UP_REQUIRED = "step_up_required";

  /** 401: the one-time password given to confirm a challenge is wrong or already used. */
  public static final String OTP_INVALID = "otp_invalid";

  /** 403: the API key may not act on this resource. */
  public static final String PERMISSION_DENIED = "permission_denied";

  /** 404: the resource does not exist (or is not visible to this API key). */
  public static final String NOT_FOUND = "not_found";

  /** 404: no route matches the request's method and path. */
  public static final String ROUTE_NOT_FOUND = "route_not_found";

  /** 405: the route exists but not for this HTTP method. */
  public static final String METHOD_NOT_ALLOWED = "method_not_allowed";

  /** 409: the state of a resource does not allow the operation. */
  public static final String CONFLICT = "conflict";

  /** 409: a request with the same idempotency key is still being processed; retry later. */
  public static final String IDEMPOTENCY_IN_FLIGHT = "idempotency_in_flight";

  /** 409: the quote has expired; request a new quote. */
  public static final String QUOTE_EXPIRED = "quote_expired";

  /** 409: the quote was already used by another payment or transfer. */
  public static final String QUOTE_ALREADY_USED = "quote_already_used";

  /** 409: the step-up challenge has expired or was already confirmed. */
  public static final String CHALLENGE_EXPIRED = "challenge_expired";

  /** 409: the wallet is frozen or closed. */
  public static final String WALLET_NOT_ACTIVE = "wallet_not_active";

  /** 409: the consumer-presented payment token was already redeemed. */
  public static final String PAYMENT_TOKEN_USED = "payment_token_used";

  /** 409: the consumer-presented payment token has expired. */
  public static final String PAYMENT_TOKEN_EXPIRED = "payment_token_expired";

  /** 409: the KYC level asked for is not higher than the wallet's level; levels only go up. */
  public static final String KYC_LEVEL_NOT_HIGHER = "kyc_level_not_higher";

  /** 409: the wallet's personal data cannot be erased while it holds or reserves money. */
  public static final String ERASURE_BALANCE_REMAINING = "erasure_balance_remaining";

  /** 409: the wallet's personal data cannot be erased while a bill-payment schedule is active. */
  public static final String ERASURE_SCHEDULE_ACTIVE = "erasure_schedule_active";

  /** 409: the wallet's personal data was already erased. */
  public static final String WALLET_ERASED = "wallet_erased";

  /**
   * 409: transaction monitoring held the movement for review; its funds are reserved until a
   * reviewer releases or rejects it. See {@link PendingReviewException#review()}.
   */
  public static final String PENDING_REVIEW = "pending_review";

  /** 409: a pot that holds money cannot be closed. */
  public static final String POT_NOT_EMPTY = "pot_not_empty";

  /** 409: the pot was closed. */
  public static final String POT_CLOSED = "pot_closed";

  /** 409: an offer's window has closed; it issues no more vouchers. */
  public static final String OFFER_ENDED = "offer_ended";

  /** 409: the voucher is redeemed, expired or void, or its offer's window has not opened yet. */
  public static final String VOUCHER_NOT_REDEEMABLE = "voucher_not_redeemable";

  /** 413: the request body is larger than the server accepts. */
  public static final String PAYLOAD_TOO_LARGE = "payload_too_large";

  /** 415: the request body is not {@code application/json}. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type";

  /** 422: the idempotency key was used before with a different request body. */
  public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused";

  /** 422: the wallet's available balance does not cover the amount. */
  public static final String INSUFFICIENT_FUNDS = "insufficient_funds";

  /** 422: the wallet has fewer rewards points than a redemption takes. */
  public static final String INSUFFICIENT_POINTS = "insufficient_points";

  /** 422: a per-transaction or rolling 24-hour limit would be exceeded. */
  public static final String LIMIT_EXCEEDED = "limit_exceeded";

  /**
   * 422: the identity does not support the KYC level asked for (data missing or invalid, holder
   * under 18, or not matching the identity the wallet holds); see the field errors.
   */
  public static final String KYC_REJECTED = "kyc_rejected";

  /** 409: the wallet already has a budget for that category, period and currency. */
  public static final String BUDGET_EXISTS = "budget_exists";

  /** 422: the refund amount exceeds what remains refundable on the payment. */
  public static final String REFUND_EXCEEDS_PAYMENT = "refund_exceeds_payment";

  /**
   * 422: the voucher does not apply to the payment: another wallet holds it, it is for another
   * merchant or currency, the amount is below its minimum spend, or its discount would take off
   * nothing or everything.
   */
  public static final String VOUCHER_NOT_APPLICABLE = "voucher_not_applicable";

  /** 422: the wallet already holds as many vouchers of the offer as it may. */
  public static final String VOUCHER_LIMIT_REACHED = "voucher_limit_reached";

  /**
   * 422: transaction monitoring declined the movement, or a reviewer rejected it; see {@link
   * RiskDeclinedException#reasons()} for each rule's reason code.
   */
  public static final String RISK_DECLINED = "risk_declined";

  /**
   * 422: only a {@linkplain dev.walletsdk.model.WalletKind#BUSINESS business wallet} can do this,
   * such as issuing an e-invoice or sending a batch payout.
   */
  public static final String BUSINESS_WALLET_REQUIRED = "business_wallet_required";

  /** 409: the invoice is paid, credited in full or void, and takes no payment or credit note. */
  public static final String INVOICE_NOT_PAYABLE = "invoice_not_payable";

  /** 409: only an open or overdue invoice with nothing paid can be voided. */
  public static final String INVOICE_NOT_VOIDABLE = "invoice_not_voidable";

  /** 429: too many requests; wait for the {@code Retry-After} delay. */
  public static final String RATE_LIMITED = "rate_limited";

  /** 500: the server failed unexpectedly. */
  public static final String INTERNAL_ERROR = "internal_error";

  /** 503 (or another 5xx): the service is temporarily unavailable. */
  public static final String SERVICE_UNAVAILABLE = "service_unavailable";

  /** Client: the connection could not be established; the request was not sent. */
  public static final String CONNECT_FAILED = "connect_failed";

  /** Client: no response arrived in time; the request may have been applied. */
  public static final String TIMEOUT = "timeout";

  /** Client: the connection failed after the request was sent; it may have been applied. */
  public static final String CONNECTION_FAILED = "connection_failed";

  /** Client: the call was cancelled or interrupted before it completed. */
  public static final String CANCELLED = "cancelled";

  /** Client: the response is not a valid Wallet API v1 response. */
  public static final String INVALID_RESPONSE = "invalid_response";

  /** Client: a receipt or webhook signature did not verify. */
  public static final String SIGNATURE_VERIFICATION_FAILED = "signature_verification_failed";

  /** Client: an encrypted field of a response could not be decrypted. */
  public static final String DECRYPTION_FAILED = "decryption_failed";
}
