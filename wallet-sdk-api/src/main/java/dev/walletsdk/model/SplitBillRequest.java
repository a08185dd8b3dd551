/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.model;

import static dev.walletsdk.model.Checks.optionalText;
import static dev.walletsdk.model.Checks.positive;
import static dev.walletsdk.model.Checks.required;

import dev.walletsdk.InvalidRequestException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A request to pay one merchant bill from several wallets ({@code POST /v1/split-bills}), either by
 * exact shares or by percentages. All shares are paid in one atomic movement: if any wallet lacks
 * funds, nothing moves. Percentages are turned into amounts by {@link SplitAllocation}, which
 * {@link #allocation()} previews.
 *
 * <p>Built with {@link #builder()}; setters validate their argument at once and {@link
 * Builder#build()} checks the rules that span participants. Immutable and thread-safe.
 */
public final class SplitBillRequest {
  private final MerchantId merchantId;
  private final Money amount;
  private final SplitMethod method;
  private final List<SplitShare> participants;
  private final @Nullable String description;
  private final @Nullable String reference;
  private final @Nullable IdempotencyKey idempotencyKey;

  private SplitBillRequest(Builder builder) {
    this.merchantId = required(builder.merchantId, "merchant");
    this.amount = required(builder.amount, "amount");
    this.participants = List.copyOf(builder.participants);
    this.method = checkParticipants(amount, participants);
    this.description = builder.description;
    this.reference = builder.reference;
    this.idempotencyKey = builder.idempotencyKey;
  }

  private static SplitMethod checkParticipants(Money amount, List<SplitShare> participants) {
    if (participants.size() < 2 || participants.size() > SplitAllocation.MAX_PARTICIPANTS) {
      throw InvalidRequestException.forField(
          "participants",
          "out_of_range",
          "a split bill needs 2 to "
              + SplitAllocation.MAX_PARTICIPANTS
              + " participants but has "
              + participants.size());
    }
    Set<WalletId> wallets = new HashSet<>();
    for (SplitShare participant : participants) {
      if (!wallets.add(participant.walletId())) {
        throw InvalidRequestException.forField(
            "participants",
            "duplicate",
            "wallet " + participant.walletId() + " takes part more than once");
      }
    }
    boolean byAmount = participants.get(0).amount().isPresent();
    for (SplitShare participant : participants) {
      if (participant.amount().isPresent() != byAmount) {
        throw InvalidRequestException.forField(
            "participants",
            "mutually_exclusive",
            "give every participant an amount or every participant a percentage, not both");
      }
    }
    if (byAmount) {
      SplitAllocation.byShares(amount, participants.stream().map(p -> p.amount().get()).toList());
      return SplitMethod.EXACT;
    }
    SplitAllocation.checkPercentages(participants.stream().map(p -> p.percentage().get()).toList());
    return SplitMethod.PERCENTAGE;
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
   * Returns the merchant paid.
   *
   * @return the merchant's id
   */
  public MerchantId merchantId() {
    return merchantId;
  }

  /**
   * Returns the whole bill.
   *
   * @return the amount the merchant receives
   */
  public Money amount() {
    return amount;
  }

  /**
   * Returns how the bill is divided.
   *
   * @return {@link SplitMethod#EXACT} or {@link SplitMethod#PERCENTAGE}
   */
  public SplitMethod method() {
    return method;
  }

  /**
   * Returns the participants, in the order given.
   *
   * @return each wallet with its amount or percentage
   */
  public List<SplitShare> participants() {
    return participants;
  }

  /**
   * Returns what each participant will pay, computed as the server does.
   *
   * @return the amounts in participant order, adding up to {@link #amount()}
   */
  public List<Money> allocation() {
    if (method == SplitMethod.EXACT) {
      return participants.stream().map(p -> p.amount().orElseThrow()).toList();
    }
    return SplitAllocation.byPercentages(
        amount, participants.stream().map(p -> p.percentage().orElseThrow()).toList());
  }

  /**
   * Returns the description shown to the participants.
   *
   * @return the description, if set
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the partner's own reference.
   *
   * @return the reference, if set
   */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
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
    return o instanceof SplitBillRequest other
        && merchantId.equals(other.merchantId)
        && amount.equals(other.amount)
        && participants.equals(other.participants)
        && Objects.equals(description, other.description)
        && Objects.equals(reference, other.reference)
        && Objects.equals(idempotencyKey, other.idempotencyKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(merchantId, amount, participants, description, reference, idempotencyKey);
  }

  @Override
  public String toString() {
    return "SplitBillRequest{merchantId="
        + merchantId
        + ", amount="
        + amount
        + ", participants="
        + participants
        + ", description="
        + description
        + ", reference="
        + reference
        + ", idempotencyKey="
        + idempotencyKey
        + "}";
  }

  /** Builds a {@link SplitBillRequest}, validating each value as it is set. */
  public static final class Builder {
    private @Nullable MerchantId merchantId;
    private @Nullable Money amount;
    private final List<SplitShare> participants = new ArrayList<>();
    private @Nullable String description;
    private @Nullable String reference;
    private @Nullable IdempotencyKey idempotencyKey;

    private Builder() {}

    /**
     * Sets the merchant paid. Required.
     *
     * @param merchantId the merchant's id
     * @return this builder
     * @throws InvalidRequestException if the id is missing
     */
    public Builder merchant(MerchantId merchantId) {
      this.merchantId = required(merchantId, "merchant");
      return this;
    }

    /**
     * Sets the whole bill. Required.
     *
     * @param amount greater than zero
     * @return this builder
     * @throws InvalidRequestException if the amount is missing, negative or zero
     */
    public Builder amount(Money amount) {
      this.amount = positive(amount, "amount");
      return this;
    }

    /**
     * Adds a participant paying an exact share.
     *
     * @param wallet the paying wallet
     * @param share greater than zero, in the bill's currency
     * @return this builder
     * @throws InvalidRequestException if the wallet or share is missing, or the share is not
     *     positive
     */
    public Builder share(@Nullable WalletId wallet, @Nullable Money share) {
      String field = "participants[" + participants.size() + "]";
      participants.add(
          SplitShare.of(
              required(wallet, field + ".wallet"), positive(share, field + ".amount"), null));
      return this;
    }

    /**
     * Adds a participant paying a percentage of the bill.
     *
     * @param wallet the paying wallet
     * @param percentage greater than 0, at most 100, at most 4 decimals
     * @return this builder
     * @throws InvalidRequestException if the wallet or percentage is missing or the percentage is
     *     out of range or too precise
     */
    public Builder percentage(@Nullable WalletId wallet, @Nullable BigDecimal percentage) {
      String field = "participants[" + participants.size() + "]";
      participants.add(
          SplitShare.ofPercentage(
              required(wallet, field + ".wallet"),
              SplitAllocation.checkPercentage(percentage, field + ".percentage")));
      return this;
    }

    /**
     * Sets the description shown to the participants. Optional.
     *
     * @param description 1 to 140 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the description is empty, too long or has control
     *     characters
     */
    public Builder description(@Nullable String description) {
      this.description =
          optionalText(description, "description", PaymentRequest.MAX_DESCRIPTION_LENGTH);
      return this;
    }

    /**
     * Sets the partner's own reference. Optional.
     *
     * @param reference 1 to 64 characters, no control characters, or {@code null} for none
     * @return this builder
     * @throws InvalidRequestException if the reference is empty, too long or has control characters
     */
    public Builder reference(@Nullable String reference) {
      this.reference = optionalText(reference, "reference", PaymentRequest.MAX_REFERENCE_LENGTH);
      return this;
    }

    /**
     * Sets the idempotency key. Optional: without one the client generates a key per call.
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
     * @throws InvalidRequestException if the merchant or amount is missing; there are fewer than 2
     *     or more than 20 participants; a wallet appears twice ({@code duplicate}); amounts and
     *     percentages are mixed ({@code mutually_exclusive}); shares do not add up to the amount
     *     ({@code shares_mismatch}) or are in another currency; or percentages do not add up to 100
     *     ({@code percentages_mismatch})
     */
    public SplitBillRequest build() {
      return new SplitBillRequest(this);
    }
  }
}
