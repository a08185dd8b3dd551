/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.ApiKey;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.internal.control.ControlException;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.FxRates;
import dev.walletsdk.mock.internal.engine.MockClock;
import dev.walletsdk.mock.internal.engine.RewardsProgram;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.ledger.Account;
import dev.walletsdk.mock.internal.runtime.MockRuntime;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.MembershipTier;
import dev.walletsdk.model.MembershipTierDefinition;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.model.WalletStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The mock's control plane: what a test harness does to the platform that no partner API allows —
 * open and fund wallets, issue API keys, set rates, limits and step-up, settle payouts, move the
 * virtual clock, inject faults, take and restore snapshots.
 *
 * <p>Thread-safe; each method is atomic with respect to API requests. Every change is journaled
 * like an API write, so snapshots and the journal file capture it. Every value is bounded (the
 * bounds are listed in docs/mock-server.md); invalid arguments throw {@link
 * IllegalArgumentException} with a message naming what was wrong, and change nothing.
 */
public final class MockControl {
  private final MockRuntime runtime;

  MockControl(MockRuntime runtime) {
    this.runtime = runtime;
  }

  private JsonNode apply(String op, ObjectNode args) {
    return call(() -> runtime.control(op, args));
  }

  private static <T> T call(Supplier<T> operation) {
    try {
      return operation.get();
    } catch (ControlException | ApiProblem e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Adds a partner with its own API key.
   *
   * @param name a display name
   * @return the partner
   */
  public MockPartner newPartner(String name) {
    Objects.requireNonNull(name, "name");
    ObjectNode result = call(() -> runtime.createPartner(name));
    return new MockPartner(
        result.get("partnerId").asText(), ApiKey.of(result.get("apiKey").asText()));
  }

  /**
   * Returns the default partner, the one of {@link MockWalletServer#apiKey()}.
   *
   * @return the partner
   */
  public MockPartner defaultPartner() {
    return new MockPartner(
        runtime.read(engine -> engine.firstPartnerId()), ApiKey.of(runtime.defaultApiKey()));
  }

  /**
   * Registers a partner's Ed25519 public key for RFC 9421 request signing: from then on every
   * request of the partner must be signed, with this key or another registered one. Signatures are
   * checked against the mock's virtual clock (5 minutes either way), so sign with a clock that
   * follows it.
   *
   * @param partner the partner
   * @param publicKey the raw 32-byte public key
   * @return the key id to sign with: the RFC 7638 thumbprint of the key
   */
  public String registerSigningKey(MockPartner partner, byte[] publicKey) {
    ObjectNode args =
        MockJson.object()
            .put("partnerId", partner.id())
            .put("publicKey", Base64.getUrlEncoder().withoutPadding().encodeToString(publicKey));
    return apply("partner.signingKey", args).get("keyId").asText();
  }

  /**
   * Publishes a new field-encryption key; clients encrypting to the newest key use it, and older
   * keys keep decrypting until retired.
   *
   * @return the new key's id
   */
  public String rotateFieldEncryptionKey() {
    return runtime.security().rotateFieldKey();
  }

  /**
   * Retires a field-encryption key: it is no longer published and no longer decrypts.
   *
   * @param keyId the key id
   * @throws IllegalArgumentException if no such key is active
   */
  public void retireFieldEncryptionKey(String keyId) {
    if (!runtime.security().retireFieldKey(keyId)) {
      throw new IllegalArgumentException("no active field-encryption key " + keyId);
    }
  }

  /**
   * Opens a wallet owned by the default partner (the one of {@link MockWalletServer#apiKey()}).
   *
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main currency first; at least one
   * @return the new wallet's id
   * @throws IllegalArgumentException if no currency is given
   */
  public WalletId openWallet(String displayName, CurrencyCode... currencies) {
    String partnerId = runtime.read(engine -> engine.firstPartnerId());
    return openWalletOf(partnerId, displayName, currencies);
  }

  /**
   * Opens a wallet owned by a partner.
   *
   * @param partner the owner
   * @param displayName the holder's name
   * @param currencies the currencies to hold, main currency first; at least one
   * @return the new wallet's id
   */
  public WalletId openWallet(MockPartner partner, String displayName, CurrencyCode... currencies) {
    return openWalletOf(partner.id(), displayName, currencies);
  }

  /**
   * Opens a {@linkplain dev.walletsdk.model.WalletKind#BUSINESS business wallet} owned by the
   * default partner, verified like {@link #openWallet(String, CurrencyCode...)}.
   *
   * @param displayName the business's name
   * @param currencies the currencies to hold, main currency first; at least one
   * @return the new wallet's id
   * @throws IllegalArgumentException if no currency is given
   */
  public WalletId openBusinessWallet(String displayName, CurrencyCode... currencies) {
    String partnerId = runtime.read(engine -> engine.firstPartnerId());
    return openWalletOf(partnerId, "business", displayName, currencies);
  }

  /**
   * Opens a {@linkplain dev.walletsdk.model.WalletKind#BUSINESS business wallet} owned by a
   * partner.
   *
   * @param partner the owner
   * @param displayName the business's name
   * @param currencies the currencies to hold, main currency first; at least one
   * @return the new wallet's id
   */
  public WalletId openBusinessWallet(
      MockPartner partner, String displayName, CurrencyCode... currencies) {
    return openWalletOf(partner.id(), "business", displayName, currencies);
  }

  private WalletId openWalletOf(String partnerId, String displayName, CurrencyCode... currencies) {
    return openWalletOf(partnerId, "personal", displayName, currencies);
  }

  private WalletId openWalletOf(
      String partnerId, String kind, String displayName, CurrencyCode... currencies) {
    ObjectNode args = MockJson.object().put("partnerId", partnerId).put("displayName", displayName);
    if (kind.equals("business")) {
      args.put("kind", kind);
    }
    ArrayNode codes = args.putArray("currencies");
    for (CurrencyCode currency : currencies) {
      codes.add(currency.code());
    }
    return WalletId.of(apply("wallet.open", args).get("id").asText());
  }

  /**
   * Adds money to a wallet from outside the platform, as a customer's top-up would.
   *
   * @param wallet the wallet
   * @param amount a positive amount of at most 12 integer digits
   * @throws IllegalArgumentException if the wallet does not exist, the amount is not positive or
   *     too large, or the wallet would hold more than 12 integer digits of the currency
   */
  public void fund(WalletId wallet, Money amount) {
    ObjectNode args = wallet(wallet);
    args.set("amount", money(amount));
    apply("wallet.fund", args);
  }

  /**
   * Returns a wallet's posted balance in a currency.
   *
   * @param wallet the wallet
   * @param currency the currency
   * @return the balance, zero if the wallet holds none of the currency
   * @throws IllegalArgumentException if the wallet does not exist
   */
  public Money balance(WalletId wallet, CurrencyCode currency) {
    return call(
        () ->
            runtime.read(
                engine -> {
                  WalletRecord record = existing(engine, wallet);
                  long posted =
                      engine
                          .ledger()
                          .find(record.accountKey(currency))
                          .map(Account::posted)
                          .orElse(0L);
                  return Money.ofMinor(posted, currency);
                }));
  }

  /**
   * Freezes, closes or reactivates a wallet.
   *
   * @param wallet the wallet
   * @param status the new status; not {@link WalletStatus#UNKNOWN}
   */
  public void setWalletStatus(WalletId wallet, WalletStatus status) {
    if (status == WalletStatus.UNKNOWN) {
      throw new IllegalArgumentException("status must be ACTIVE, FROZEN or CLOSED");
    }
    apply("wallet.status", wallet(wallet).put("status", status.name().toLowerCase(Locale.ROOT)));
  }

  /**
   * Sets a wallet's limits on outgoing money in one currency.
   *
   * @param wallet the wallet
   * @param currency the currency
   * @param perTransaction the most one payment or transfer may debit, or {@code null} for none
   * @param rolling24h the most all of them may debit in any 24 hours, or {@code null} for none
   */
  public void setLimits(
      WalletId wallet,
      CurrencyCode currency,
      @Nullable Money perTransaction,
      @Nullable Money rolling24h) {
    ObjectNode args = wallet(wallet).put("currency", currency.code());
    if (perTransaction != null) {
      args.put("perTransaction", sameCurrency(perTransaction, currency).toAmountString());
    }
    if (rolling24h != null) {
      args.put("rolling24h", sameCurrency(rolling24h, currency).toAmountString());
    }
    apply("wallet.limits", args);
  }

  /**
   * Sets the limits on outgoing money of a KYC level in one currency. A wallet's effective limit is
   * the stricter of its own ({@link #setLimits}) and its level's; raising a wallet's level raises
   * them at once. No level has limits until one is set. Wallets opened through this control plane
   * are at level {@link KycLevel#FULL}; wallets opened through the API without identity data at
   * {@link KycLevel#UNVERIFIED}.
   *
   * @param level the level; not {@link KycLevel#UNKNOWN}
   * @param currency the currency
   * @param perTransaction the most one payment or transfer may debit, or {@code null} for none
   * @param rolling24h the most all of them may debit in any 24 hours, or {@code null} for none
   */
  public void setKycLimits(
      KycLevel level,
      CurrencyCode currency,
      @Nullable Money perTransaction,
      @Nullable Money rolling24h) {
    if (level == KycLevel.UNKNOWN) {
      throw new IllegalArgumentException("level must be UNVERIFIED, BASIC or FULL");
    }
    ObjectNode args =
        MockJson.object()
            .put("level", level.name().toLowerCase(Locale.ROOT))
            .put("currency", currency.code());
    if (perTransaction != null) {
      args.put("perTransaction", sameCurrency(perTransaction, currency).toAmountString());
    }
    if (rolling24h != null) {
      args.put("rolling24h", sameCurrency(rolling24h, currency).toAmountString());
    }
    apply("kyc.limits", args);
  }

  /**
   * Makes payments and transfers at or above a threshold need step-up authentication.
   *
   * @param wallet the wallet
   * @param threshold the threshold, in the currency it applies to
   */
  public void setStepUpThreshold(WalletId wallet, Money threshold) {
    apply(
        "wallet.stepUp",
        wallet(wallet)
            .put("currency", threshold.currency().code())
            .put("threshold", threshold.toAmountString()));
  }

  /**
   * Enrolls a new TOTP secret for a wallet's step-up challenges, as a customer scanning a QR code
   * into an authenticator app would.
   *
   * @param wallet the wallet
   * @return the secret; generate codes with {@link Totp#defaults()}
   */
  public TotpSecret enrollTotp(WalletId wallet) {
    TotpSecret secret = TotpSecret.random();
    apply("wallet.totp", wallet(wallet).put("secret", secret.revealBase32()));
    return secret;
  }

  /**
   * Registers a merchant that payments can be made to.
   *
   * @param name the merchant's name
   * @return its id
   */
  public MerchantId registerMerchant(String name) {
    return MerchantId.of(
        apply("merchant.register", MockJson.object().put("name", name)).get("merchantId").asText());
  }

  /**
   * Registers a merchant in a merchant category: the category its payments by merchant id count in
   * for spending analysis and budgets (a merchant registered without one is in {@code 5999},
   * miscellaneous retail; a QR code payment counts in the code's tag 52).
   *
   * @param name the merchant's name
   * @param category its ISO 18245 merchant category code, 4 digits
   * @return its id
   * @throws IllegalArgumentException if the category is not 4 digits
   */
  public MerchantId registerMerchant(String name, String category) {
    return MerchantId.of(
        apply("merchant.register", MockJson.object().put("name", name).put("category", category))
            .get("merchantId")
            .asText());
  }

  /**
   * Registers a biller that bill payments can be made to, beside the fixed catalogue (City Power,
   * Metro Water, Telco Mobile).
   *
   * @param name its display name, 1 to 100 characters
   * @param category what it bills for, such as {@code utilities}
   * @param customerReferencePattern a regular expression a customer reference must match whole
   * @param customerReferenceFormat the format in words, shown to clients and in refusals
   * @param currencies the currencies it accepts, at least one
   * @return its id
   * @throws IllegalArgumentException if an argument is invalid
   */
  public BillerId registerBiller(
      String name,
      String category,
      String customerReferencePattern,
      String customerReferenceFormat,
      CurrencyCode... currencies) {
    ObjectNode args =
        MockJson.object()
            .put("name", name)
            .put("category", category)
            .put("customerReferencePattern", customerReferencePattern)
            .put("customerReferenceFormat", customerReferenceFormat);
    ArrayNode list = args.putArray("currencies");
    for (CurrencyCode currency : currencies) {
      list.add(currency.code());
    }
    return BillerId.of(apply("biller.register", args).get("id").asText());
  }

  /**
   * Returns the merchant every mock has from the start.
   *
   * @return {@code mer_demo}
   */
  public MerchantId demoMerchant() {
    return MerchantId.of(MockRuntime.DEMO_MERCHANT);
  }

  /**
   * Sets the mid rate of a currency pair.
   *
   * @param base the currency sold
   * @param quote the currency bought
   * @param rate units of {@code quote} per unit of {@code base}: positive, at most 1,000,000,000,
   *     at most 12 significant digits and 12 decimals
   * @throws IllegalArgumentException if the rate is out of range
   */
  public void setRate(CurrencyCode base, CurrencyCode quote, BigDecimal rate) {
    // Checked before toPlainString(), which would spell out a huge exponent digit by digit.
    FxRates.rateProblem(rate)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException("rate " + rate + " " + problem);
            });
    apply(
        "fx.rate",
        MockJson.object()
            .put("base", base.code())
            .put("quote", quote.code())
            .put("rate", rate.toPlainString()));
  }

  /**
   * Sets the FX spread, the fee and the quotes' lifetime.
   *
   * @param spreadBasisPoints taken off the mid rate, 0 to 10000 (default 50)
   * @param feeBasisPoints charged on the converted principal, 0 to 10000 (default 25)
   * @param quoteTtl how long quotes live (default 60 s), 1 second to 1 day
   * @throws IllegalArgumentException if a value is out of range
   */
  public void setFx(int spreadBasisPoints, int feeBasisPoints, Duration quoteTtl) {
    apply(
        "fx.settings",
        MockJson.object()
            .put("spreadBasisPoints", spreadBasisPoints)
            .put("feeBasisPoints", feeBasisPoints)
            .put("quoteTtlSeconds", quoteTtl.toSeconds()));
  }

  /**
   * Settles a pending payout: the reserved money leaves the wallet.
   *
   * @param transfer the payout
   * @throws IllegalArgumentException if it is not a pending payout
   */
  public void settlePayout(TransferId transfer) {
    apply("payout.settle", MockJson.object().put("transferId", transfer.value()));
  }

  /**
   * Fails a pending payout: the reservation is released.
   *
   * @param transfer the payout
   * @throws IllegalArgumentException if it is not a pending payout
   */
  public void failPayout(TransferId transfer) {
    apply("payout.fail", MockJson.object().put("transferId", transfer.value()));
  }

  /**
   * Sets how many rewards points a merchant payment earns per whole unit of money spent from the
   * wallet in a currency, fees excluded; a fraction of a unit earns nothing. Refunds take the
   * points back pro rata. No currency earns points until a rule is set.
   *
   * @param currency the currency spent
   * @param pointsPerUnit points per whole unit, 0 to 1,000,000; 0 stops earning in it
   * @throws IllegalArgumentException if the number is out of range
   */
  public void setRewardsEarnRule(CurrencyCode currency, long pointsPerUnit) {
    apply(
        "rewards.earnRule",
        MockJson.object().put("currency", currency.code()).put("pointsPerUnit", pointsPerUnit));
  }

  /**
   * Lets points be redeemed into a currency: each block of {@code points} pays out {@code value}. A
   * redemption takes whole blocks only.
   *
   * @param points the points in a block, positive
   * @param value what a block pays out, positive; its currency is the one redeemed into
   * @throws IllegalArgumentException if either is not positive
   */
  public void setRewardsRedemptionRate(long points, Money value) {
    ObjectNode args =
        MockJson.object().put("currency", value.currency().code()).put("points", points);
    args.set("value", money(value));
    apply("rewards.redemptionRate", args);
  }

  /**
   * Stops redemptions into a currency.
   *
   * @param currency the currency
   */
  public void removeRewardsRedemptionRate(CurrencyCode currency) {
    apply("rewards.redemptionRate", MockJson.object().put("currency", currency.code()));
  }

  /**
   * Returns a wallet's rewards points.
   *
   * @param wallet the wallet
   * @return its points, 0 if it has none
   * @throws IllegalArgumentException if the wallet does not exist
   */
  public long rewardsPoints(WalletId wallet) {
    return call(
        () ->
            runtime.read(
                engine -> {
                  WalletRecord record = existing(engine, wallet);
                  return RewardsProgram.points(engine.ledger(), record.id());
                }));
  }

  /**
   * Limits each partner to a number of requests per second of virtual time; 0 turns it off.
   *
   * @param perSecond the rate
   */
  public void setRateLimit(int perSecond) {
    apply("rateLimit.set", MockJson.object().put("perSecond", perSecond));
  }

  /**
   * Returns the virtual time.
   *
   * @return now, in server time
   */
  public Instant now() {
    return runtime.read(engine -> engine.clock().now());
  }

  /**
   * Returns the virtual time as a {@link Clock}, for code that has to agree with the mock about
   * time: a request signer (the mock checks signatures against its own time), a webhook verifier, a
   * TOTP generator. It follows every clock change and snapshot restore.
   *
   * @return a clock reading {@link #now()}, in UTC
   */
  public Clock clock() {
    return runtime.clock();
  }

  /**
   * Moves the virtual clock forward: quotes, challenges and idempotency keys expire by it.
   *
   * @param duration how far; not negative, and not past 2100-01-01T00:00:00Z
   * @return the new time
   * @throws IllegalArgumentException if the duration is negative or too long
   */
  public Instant advanceClock(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("the clock cannot go back (advance by " + duration + ")");
    }
    if (duration.compareTo(Duration.between(MockClock.EARLIEST, MockClock.LATEST)) > 0) {
      throw new IllegalArgumentException(
          "the clock cannot go past " + MockClock.LATEST + " (advance by " + duration + ")");
    }
    return Instant.parse(
        apply("clock.advance", MockJson.object().put("millis", duration.toMillis()))
            .get("now")
            .asText());
  }

  /**
   * Sets the virtual clock to a later time.
   *
   * @param time the new time; not before now, not after 2100-01-01T00:00:00Z
   * @return the new time
   * @throws IllegalArgumentException if the time is out of range
   */
  public Instant setClock(Instant time) {
    return Instant.parse(
        apply("clock.set", MockJson.object().put("at", time.toString())).get("now").asText());
  }

  /**
   * Returns the current TOTP code of a wallet's enrolled secret, as its authenticator app would.
   *
   * @param wallet the wallet
   * @return the 6-digit code at the virtual time
   */
  public String currentTotp(WalletId wallet) {
    return call(
        () ->
            runtime.read(
                engine -> {
                  WalletRecord record = existing(engine, wallet);
                  TotpSecret secret =
                      engine
                          .totpSecret(record)
                          .orElseThrow(
                              () ->
                                  new ControlException("wallet " + wallet + " has no TOTP secret"));
                  return Totp.defaults().generate(secret, engine.clock().now());
                }));
  }

  /**
   * Injects a fault into matching API requests.
   *
   * @param fault the fault
   */
  public void injectFault(Fault fault) {
    runtime.inject(Objects.requireNonNull(fault, "fault"));
  }

  /**
   * Returns how many times each kind of fault fired since the mock started.
   *
   * @return counts by kind; kinds that never fired are absent
   */
  public Map<Fault.Kind, Integer> firedFaults() {
    return runtime.firedFaults();
  }

  /**
   * Returns how many Wallet API requests reached the mock since it started, faulted ones included.
   *
   * @return the count
   */
  public long apiRequests() {
    return runtime.apiRequests();
  }

  /** Removes every injected fault. */
  public void clearFaults() {
    runtime.clearFaults();
  }

  /**
   * Returns the injected faults still active.
   *
   * @return the faults, in matching order
   */
  public List<Fault> faults() {
    return runtime.faults();
  }

  /**
   * Marks the current state to return to later.
   *
   * @return the snapshot
   */
  public MockSnapshot snapshot() {
    return new MockSnapshot(runtime.snapshot());
  }

  /**
   * Returns to a snapshot: every change after it is undone.
   *
   * @param snapshot a snapshot of this mock
   */
  public void restore(MockSnapshot snapshot) {
    runtime.restore(snapshot.position());
  }

  /** Returns to the state right after start: only the default partner and demo merchant remain. */
  public void reset() {
    runtime.reset();
  }

  private static WalletRecord existing(Engine engine, WalletId wallet) {
    return engine
        .wallet(wallet.value())
        .orElseThrow(() -> new ControlException("wallet " + wallet + " does not exist"));
  }

  private static ObjectNode wallet(WalletId wallet) {
    return MockJson.object().put("walletId", Objects.requireNonNull(wallet, "wallet").value());
  }

  private static ObjectNode money(Money amount) {
    return MockJson.object()
        .put("amount", amount.toAmountString())
        .put("currency", amount.currency().code());
  }

  private static Money sameCurrency(Money money, CurrencyCode currency) {
    if (money.currency() != currency) {
      throw new IllegalArgumentException(money + " is not in " + currency);
    }
    return money;
  }

  /**
   * Adds a transaction-monitoring rule watching every movement out of a partner's wallets, before
   * it executes. Parameters by type (amounts as decimal strings in {@code currency}):
   *
   * <ul>
   *   <li>{@code velocity}: {@code windowSeconds} (1 to 2,678,400), and {@code maxCount}, or {@code
   *       currency} and {@code maxAmount}, or both; fires when this movement would make more
   *       movements (or more money) than that in the window on the virtual clock;
   *   <li>{@code amount_anomaly}: {@code currency}, {@code threshold} (a modified z-score such as
   *       {@code 3.5}), {@code history} (3 to 1,000 latest amounts) and {@code minHistory} (3 to
   *       {@code history}); fires on an amount scoring above the threshold;
   *   <li>{@code new_payee}: {@code currency} and {@code minAmount}; fires on a first payment to a
   *       payee of at least that amount.
   * </ul>
   *
   * <p>An optional {@code reasonCode} names the rule in the reasons reported (the type by default).
   *
   * @param partner whose wallets it watches
   * @param type {@code velocity}, {@code amount_anomaly} or {@code new_payee}
   * @param outcome {@code allow}, {@code step_up}, {@code hold} or {@code decline}
   * @param parameters the type's parameters
   * @return the rule id
   * @throws IllegalArgumentException naming the bad type, outcome or parameter; nothing changes
   */
  public String addRiskRule(
      MockPartner partner, String type, String outcome, Map<String, String> parameters) {
    ObjectNode args =
        MockJson.object().put("partnerId", partner.id()).put("type", type).put("outcome", outcome);
    for (Map.Entry<String, String> parameter : parameters.entrySet()) {
      String name = parameter.getKey();
      String value = parameter.getValue();
      if (Set.of("windowSeconds", "maxCount", "history", "minHistory").contains(name)) {
        try {
          args.put(name, Long.parseLong(value));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(name + " must be a whole number, not " + value, e);
        }
      } else if (name.equals("minAmount")) {
        args.set(
            name,
            MockJson.object()
                .put("amount", value)
                .put("currency", parameters.getOrDefault("currency", "")));
      } else {
        args.put(name, value);
      }
    }
    return apply("risk.rule.create", args).get("id").asText();
  }

  /**
   * Sets a partner's membership tier table. Until it is set a partner has the default table: spend
   * in USD over 30 days; silver from 500.00 USD or 500 points, gold from 2,000.00 USD or 2,000
   * points, all with neutral benefits (points ×100%, no FX fee discount), so tiers are reached and
   * announced but change no amount until the partner sets its benefits. Every wallet of the partner
   * that ever paid is evaluated against the new table at once.
   *
   * @param partner the partner
   * @param table {@code STANDARD}, {@code SILVER} and {@code GOLD} rows in that order; standard
   *     needs nothing and gives nothing, each higher tier needs more spend and more points and
   *     gives no less
   * @throws IllegalArgumentException naming what is wrong with the table; nothing changes
   */
  public void setMembershipTiers(MockPartner partner, MembershipTierTable table) {
    List<MembershipTier> order =
        List.of(MembershipTier.STANDARD, MembershipTier.SILVER, MembershipTier.GOLD);
    List<MembershipTier> given =
        table.tiers().stream().map(MembershipTierDefinition::tier).toList();
    if (!given.equals(order)) {
      throw new IllegalArgumentException(
          "membership tiers must be " + order + " in that order, not " + given);
    }
    ObjectNode args =
        MockJson.object()
            .put("partnerId", partner.id())
            .put("currency", table.currency().code())
            .put("windowDays", table.windowDays());
    for (MembershipTierDefinition tier : table.tiers()) {
      args.putObject(tier.tier().name().toLowerCase(java.util.Locale.ROOT))
          .put("minSpend", tier.minSpend().amount().toPlainString())
          .put("minPoints", tier.minPoints())
          .put("pointsMultiplierPercent", tier.benefits().pointsMultiplierPercent())
          .put("fxFeeDiscountPercent", tier.benefits().fxFeeDiscountPercent());
    }
    apply("membership.tiers", args);
  }

  /**
   * Lists the ids of a partner's monitoring rules, in creation order.
   *
   * @param partner the partner
   * @return the rule ids
   */
  public List<String> riskRules(MockPartner partner) {
    List<String> ids = new java.util.ArrayList<>();
    for (JsonNode rule : runtime.riskRules(partner.id()).get("rules")) {
      ids.add(rule.get("id").asText());
    }
    return ids;
  }

  /**
   * Deletes a monitoring rule; movements already held stay held.
   *
   * @param ruleId the rule
   * @throws IllegalArgumentException if it does not exist
   */
  public void deleteRiskRule(String ruleId) {
    apply("risk.rule.delete", MockJson.object().put("ruleId", ruleId));
  }

  /**
   * Releases a movement held for review, as a reviewer: its reservation is voided and it executes;
   * its outcome becomes the answer to the held request's idempotency key.
   *
   * @param reviewId the review, {@code rrv_...}
   * @return the id of the resource the movement created, or {@code null} if it failed to execute
   * @throws IllegalArgumentException if the review does not exist or was already decided
   */
  public @Nullable String releaseRiskReview(String reviewId) {
    return apply("risk.review.release", MockJson.object().put("reviewId", reviewId))
        .path("resultId")
        .textValue();
  }

  /**
   * Rejects a movement held for review, as a reviewer: its reservation is voided and the held
   * request answers {@code 422 risk_declined} with the reason {@code review_rejected}.
   *
   * @param reviewId the review, {@code rrv_...}
   * @throws IllegalArgumentException if the review does not exist or was already decided
   */
  public void rejectRiskReview(String reviewId) {
    apply("risk.review.reject", MockJson.object().put("reviewId", reviewId));
  }
}
