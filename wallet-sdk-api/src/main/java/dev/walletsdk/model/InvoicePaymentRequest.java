/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A request to pay an e-invoice from a wallet ({@code POST /v1/invoice-payments}), naming the
 * invoice by exactly one of its id, its creditor reference or its QR code payload. Without an
 * amount the payment is everything due (with a QR code: the code's amount). A partial amount is
 * accepted only if the invoice allows it; an amount above what is due is refused. Immutable and
 * thread-safe.
 */
public final class InvoicePaymentRequest {
  private static final Pattern REFERENCE = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");
  private static final int MAX_QR = 512;

  private final WalletId walletId;
  private final @Nullable InvoiceId invoiceId;
  private final @Nullable String creditorReference;
  private final @Nullable String qrPayload;
  private final @Nullable Money amount;
  private final @Nullable IdempotencyKey idempotencyKey;

  private InvoicePaymentRequest(Builder builder) {
    this.walletId = required(builder.walletId, "wallet");
    int named =
        (builder.invoiceId == null ? 0 : 1)
            + (builder.creditorReference == null ? 0 : 1)
            + (builder.qrPayload == null ? 0 : 1);
    if (named != 1) {
      throw InvalidRequestException.forField(
          "invoice",
          named == 0 ? "required" : "mutually_exclusive",
          "exactly one of invoice, creditorReference and qrPayload must be set but "
              + (named == 0 ? "none was" : named + " were"));
    }
    this.invoiceId = builder.invoiceId;
    this.creditorReference = builder.creditorReference;
    this.qrPayload = builder.qrPayload;
    this.amount = builder.amount;
    this.idempotencyKey = builder.idempotencyKey;
  }

  /**
   * Creates a request to pay everything due on an invoice.
   *
   * @param wallet the paying wallet
   * @param invoice the invoice
   * @return the request
   * @throws InvalidRequestException if a value is missing
   */
  public static InvoicePaymentRequest of(WalletId wallet, InvoiceId invoice) {
    return builder().wallet(wallet).invoice(invoice).build();
  }

  /**
   * Starts a builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the paying wallet.
   *
   * @return the wallet debited
   */
  public WalletId walletId() {
    return walletId;
  }

  /**
   * Returns the invoice's id, if the invoice is named by id.
   *
   * @return the id, or empty
   */
  public Optional<InvoiceId> invoiceId() {
    return Optional.ofNullable(invoiceId);
  }

  /**
   * Returns the invoice's creditor reference, if the invoice is named by it.
   *
   * @return the reference, or empty
   */
  public Optional<String> creditorReference() {
    return Optional.ofNullable(creditorReference);
  }

  /**
   * Returns the invoice's QR code payload, if the invoice is named by it.
   *
   * @return the payload, or empty
   */
  public Optional<String> qrPayload() {
    return Optional.ofNullable(qrPayload);
  }

  /**
   * Returns the amount to pay.
   *
   * @return the amount, or empty to pay everything due (or a QR code's amount)
   */
  public Optional<Money> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * Returns the idempotency key chosen by the caller.
   *
   * @return the key, or empty to let the client generate one per call
   */
  public Optional<IdempotencyKey> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof InvoicePaymentRequest other
        && walletId.equals(other.walletId)
        && Objects.equals(invoiceId, other.invoiceId)
        && Objects.equals(creditorReference, other.creditorReference)
        && Objects.equals(qrPayload, other.qrPayload)
        && Objects.equals(amount, other.amount)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(walletId, invoiceId, creditorReference, qrPayload, amount, idempotencyKey);
  }

  @Override
  public String toString() {
    return "InvoicePaymentRequest{walletId="
        + walletId
        + ", invoiceId="
        + invoiceId
        + ", creditorReference="
        + creditorReference
        + ", qrPayload="
        + qrPayload
        + ", amount="
        + amount
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds an {@link InvoicePaymentRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable WalletId walletId;
    private @Nullable InvoiceId invoiceId;
    private @Nullable String creditorReference;
    private @Nullable String qrPayload;
    private @Nullable Money amount;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the paying wallet. Required; it must differ from the issuing wallet.
     *
     * @param walletId the wallet debited
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder wallet(WalletId walletId) {
      this.walletId = required(walletId, "wallet");
      return this;
    }

    /**
     * Names the invoice by its id.
     *
     * @param invoiceId the invoice
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder invoice(InvoiceId invoiceId) {
      this.invoiceId = required(invoiceId, "invoice");
      return this;
    }

    /**
     * Names the invoice by its ISO 11649 creditor reference.
     *
     * @param creditorReference {@code RF}, two check digits and 1 to 21 letters or digits
     * @return this builder
     * @throws InvalidRequestException (code {@code invalid_format}) if it is not shaped so
     */
    public Builder creditorReference(String creditorReference) {
      String reference = required(creditorReference, "creditorReference");
      if (!REFERENCE.matcher(reference).matches()) {
        throw InvalidRequestException.forField(
            "creditorReference",
            "invalid_format",
            "creditorReference must be RF, two check digits and 1 to 21 letters or digits");
      }
      this.creditorReference = reference;
      return this;
    }

    /**
     * Names the invoice by the payload of its EMVCo QR code, as scanned.
     *
     * @param qrPayload the payload, 1 to 512 characters
     * @return this builder
     * @throws InvalidRequestException if it is missing or too long
     */
    public Builder qrPayload(String qrPayload) {
      this.qrPayload = Checks.text(qrPayload, "qrPayload", MAX_QR);
      return this;
    }

    /**
     * Sets the amount. Optional: everything due is paid without one.
     *
     * @param amount greater than zero, in the invoice's currency
     * @return this builder
     * @throws InvalidRequestException (code {@code zero_amount} or {@code negative_amount})
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call; set one
     * to make the payment safe to retry across calls.
     *
     * @param idempotencyKey the key, or {@code null} to let the client generate one
     * @return this builder
     */
    public Builder idempotencyKey(@Nullable IdempotencyKey idempotencyKey) {
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws InvalidRequestException if the wallet is missing or not exactly one of invoice,
     *     creditor reference and QR payload is set
     */
    public InvoicePaymentRequest build() {
      return new InvoicePaymentRequest(this);
    }
  }
}
