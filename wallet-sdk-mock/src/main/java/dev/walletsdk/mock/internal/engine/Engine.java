/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.internal.ledger.Ledger;
import dev.walletsdk.mock.internal.store.Store;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The mock platform's state: partners and their API keys, wallets, resources and the ledger.
 *
 * <p>One writer at a time: every read and write of state happens inside {@link #locked}, which
 * makes each operation atomic and gives the journal a total order. Operations take microseconds, so
 * one lock serves many client threads without deadlock or lost updates.
 */
public final class Engine {
  private final ReentrantLock lock = new ReentrantLock();
  private final MockClock clock;
  private final Ids ids;
  private final Ledger ledger = new Ledger();
  private final Store<Partner> partners = Store.ordered();
  private final Map<String, String> partnerByApiKey = new LinkedHashMap<>();
  private final Store<WalletRecord> wallets = Store.ordered();
  private final Store<TransferRecord> transfers = Store.ordered();
  private final Store<Long> fundings = Store.ordered();
  private final Store<QuoteRecord> quotes = Store.ordered();
  private final Store<String> quoteUsedBy = Store.unordered();
  private final Store<PaymentRecord> payments = Store.ordered();
  private final Store<RefundRecord> refunds = Store.ordered();
  private final Store<ChallengeRecord> challenges = Store.ordered();
  private final Store<String> merchants = Store.ordered();
  private final Store<Biller> billers = Store.ordered();
  private final Store<PaymentTokenRecord> paymentTokens = Store.ordered();
  private final Store<SplitBillRecord> splitBills = Store.ordered();
  private final Store<BillPaymentRecord> billPayments = Store.ordered();
  private final Store<Long> payoutReservations = Store.unordered();
  private final Store<PotRecord> pots = Store.ordered();
  private final Store<OfferRecord> offers = Store.ordered();
  private final Store<VoucherRecord> vouchers = Store.ordered();
  private final Store<InvoiceRecord> invoices = Store.ordered();
  private final Store<PayoutBatchRecord> payoutBatches = Store.ordered();
  private final FxRates fx = new FxRates();
  private final RewardsProgram rewards = new RewardsProgram();
  private final BudgetBook budgets = new BudgetBook();
  private final EventLog events = new EventLog();
  private final EventRenderer renderer;
  private final RateLimiter rateLimiter = new RateLimiter();
  private final KycLimitTable kycLimits = new KycLimitTable();
  private final Map<String, SigningKey> signingKeys = new ConcurrentHashMap<>();
  private final RiskBook risk = new RiskBook();
  private final MembershipBook membership = new MembershipBook();

  /**
   * A partner's registered request-signing key.
   *
   * @param partnerId the owner
   * @param publicKey the raw Ed25519 public key
   */
  public record SigningKey(String partnerId, byte[] publicKey) {}

  /**
   * Creates an empty platform.
   *
   * @param clock the virtual clock
   * @param seed the seed of resource ids
   * @param renderer renders each event's resource when it is emitted
   */
  public Engine(MockClock clock, long seed, EventRenderer renderer) {
    this.clock = clock;
    this.ids = new Ids(seed);
    this.renderer = renderer;
    Biller.CATALOGUE.forEach(biller -> billers.put(biller.id(), biller));
  }

  /**
   * Runs an operation with exclusive access to the state, at one instant: the clock is pinned to
   * now for the whole operation, so every timestamp it writes is the same.
   *
   * @param operation the operation
   * @param <T> its result type
   * @return its result
   */
  public <T> T locked(Supplier<T> operation) {
    lock.lock();
    try {
      if (clock.isPinned()) {
        return operation.get();
      }
      return at(clock.now(), operation);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Runs an operation with exclusive access at a given instant, as when replaying the journal.
   *
   * @param at the instant the operation originally ran
   * @param operation the operation
   * @param <T> its result type
   * @return its result
   */
  public <T> T lockedAt(Instant at, Supplier<T> operation) {
    lock.lock();
    try {
      return at(at, operation);
    } finally {
      lock.unlock();
    }
  }

  private <T> T at(Instant at, Supplier<T> operation) {
    clock.pin(at);
    try {
      return operation.get();
    } finally {
      clock.unpin();
    }
  }

  /**
   * Returns the clock.
   *
   * @return the virtual clock
   */
  public MockClock clock() {
    return clock;
  }

  /**
   * Returns the id generator.
   *
   * @return the ids
   */
  public Ids ids() {
    return ids;
  }

  /**
   * Returns the ledger. Use under the lock.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * Adds a partner. Use under the lock.
   *
   * @param name its display name
   * @return the partner
   */
  public Partner addPartner(String name) {
    Partner partner = new Partner(ids.next("ptn_"), name);
    partners.put(partner.id(), partner);
    return partner;
  }

  /**
   * Returns a partner. Use under the lock.
   *
   * @param id the partner id
   * @return the partner, if it exists
   */
  public Optional<Partner> partner(String id) {
    return Optional.ofNullable(partners.get(id));
  }

  /**
   * Returns every partner in order of creation. Use under the lock.
   *
   * @return the partners
   */
  public Iterable<Partner> partners() {
    return partners.values();
  }

  /**
   * Registers an API key of a partner. Use under the lock.
   *
   * @param partner the partner
   * @param apiKey the key, made by {@link Ids#secret(String)} before the operation was journaled
   */
  public void registerApiKey(Partner partner, String apiKey) {
    partnerByApiKey.put(apiKey, partner.id());
  }

  /**
   * Finds the partner of an API key. Use under the lock.
   *
   * @param apiKey the presented key
   * @return the partner, if the key is known
   */
  public Optional<Partner> authenticate(String apiKey) {
    return Optional.ofNullable(partnerByApiKey.get(apiKey)).map(partners::get);
  }

  /**
   * Returns the wallets by id. Use under the lock.
   *
   * @return the live store
   */
  Store<WalletRecord> walletMap() {
    return wallets;
  }

  /**
   * Returns a wallet. Use under the lock.
   *
   * @param id the wallet id
   * @return the wallet, if it exists
   */
  public Optional<WalletRecord> wallet(String id) {
    return Optional.ofNullable(wallets.get(id));
  }

  /**
   * Returns every wallet in order of creation. Use under the lock.
   *
   * @return the wallets
   */
  public Iterable<WalletRecord> wallets() {
    return wallets.values();
  }

  /**
   * Returns how many wallets there are. Use under the lock.
   *
   * @return the count
   */
  public int walletCount() {
    return wallets.size();
  }

  /**
   * Returns the transfers by id. Use under the lock.
   *
   * @return the live store
   */
  Store<TransferRecord> transferMap() {
    return transfers;
  }

  /**
   * Returns a transfer. Use under the lock.
   *
   * @param id the transfer id
   * @return the transfer, if it exists
   */
  public Optional<TransferRecord> transfer(String id) {
    return Optional.ofNullable(transfers.get(id));
  }

  /**
   * Returns the journal sequence of each funding by its id. Use under the lock.
   *
   * @return the live store
   */
  Store<Long> fundingMap() {
    return fundings;
  }

  /**
   * The quotes by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<QuoteRecord> quotes() {
    return quotes;
  }

  /**
   * Which payment or transfer used each quote. Use under the lock.
   *
   * @return the live store
   */
  public Store<String> quoteUsedBy() {
    return quoteUsedBy;
  }

  /**
   * The payments by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<PaymentRecord> payments() {
    return payments;
  }

  /**
   * The refunds by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<RefundRecord> refunds() {
    return refunds;
  }

  /**
   * The challenges by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<ChallengeRecord> challenges() {
    return challenges;
  }

  /**
   * The bill payments by id, in order of creation. Use under the lock.
   *
   * @return the live store
   */
  public Store<BillPaymentRecord> billPayments() {
    return billPayments;
  }

  /**
   * The split bills by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<SplitBillRecord> splitBills() {
    return splitBills;
  }

  /**
   * The consumer-presented payment tokens by id. Use under the lock.
   *
   * @return the live store
   */
  public Store<PaymentTokenRecord> paymentTokens() {
    return paymentTokens;
  }

  /**
   * The billers wallets can pay, by id: the fixed catalogue first, then those registered through
   * the control plane. Use under the lock.
   *
   * @return the live store
   */
  public Store<Biller> billers() {
    return billers;
  }

  /**
   * Merchant names by merchant id. Use under the lock.
   *
   * @return the live store
   */
  public Store<String> merchants() {
    return merchants;
  }

  /**
   * The ledger reservation of each pending payout, by transfer id.
   *
   * @return the live store
   */
  Store<Long> payoutReservations() {
    return payoutReservations;
  }

  /**
   * The savings pots by id, in order of creation. Use under the lock.
   *
   * @return the live store
   */
  public Store<PotRecord> pots() {
    return pots;
  }

  /**
   * The merchant-funded offers by id, in order of creation. Use under the lock.
   *
   * @return the live store
   */
  public Store<OfferRecord> offers() {
    return offers;
  }

  /**
   * The vouchers by id, in order of issue. Use under the lock.
   *
   * @return the live store
   */
  public Store<VoucherRecord> vouchers() {
    return vouchers;
  }

  /**
   * The invoices by id, in order of issue. Use under the lock.
   *
   * @return the live store
   */
  public Store<InvoiceRecord> invoices() {
    return invoices;
  }

  /**
   * The batch payouts by id, in order of submission. Use under the lock.
   *
   * @return the live store
   */
  public Store<PayoutBatchRecord> payoutBatches() {
    return payoutBatches;
  }

  /**
   * The FX configuration. Use under the lock.
   *
   * @return the rates
   */
  public FxRates fx() {
    return fx;
  }

  /**
   * The rewards programme and every wallet's points history. Use under the lock.
   *
   * @return the programme
   */
  public RewardsProgram rewards() {
    return rewards;
  }

  /**
   * Holders' budgets and merchants' categories. Use under the lock.
   *
   * @return the book
   */
  public BudgetBook budgets() {
    return budgets;
  }

  /**
   * The partners' event feeds. Use under the lock.
   *
   * @return the log
   */
  public EventLog events() {
    return events;
  }

  /**
   * Adds an event to its partner's feed, dated now, with its resource rendered as it is now. Use
   * under the lock.
   *
   * @param event the event
   * @return the rendered resource, the event's {@code data}
   */
  public ObjectNode emit(DomainEvent event) {
    ObjectNode data = renderer.render(event);
    events.emit(ids.next("evt_"), event.partnerId(), event.type(), clock.now(), data);
    return data;
  }

  /**
   * The limits of each KYC level. Use under the lock.
   *
   * @return the table
   */
  public KycLimitTable kycLimits() {
    return kycLimits;
  }

  /**
   * The request rate limiter. Use under the lock.
   *
   * @return the limiter
   */
  public RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /**
   * Sets a wallet's status. Use under the lock. @param wallet the wallet @param status the status
   */
  public void setWalletStatus(WalletRecord wallet, String status) {
    wallet.status(status);
  }

  /**
   * Sets a wallet's limits in a currency. Use under the lock.
   *
   * @param wallet the wallet
   * @param currency the currency
   * @param perTransaction minor units, or {@code null} for none
   * @param rolling24h minor units, or {@code null} for none
   */
  public void setLimits(
      WalletRecord wallet,
      CurrencyCode currency,
      @Nullable Long perTransaction,
      @Nullable Long rolling24h) {
    wallet.limits(currency, perTransaction, rolling24h);
  }

  /**
   * Sets a wallet's step-up threshold in a currency. Use under the lock.
   *
   * @param wallet the wallet
   * @param currency the currency
   * @param minor minor units, or {@code null} for none
   */
  public void setStepUpThreshold(WalletRecord wallet, CurrencyCode currency, @Nullable Long minor) {
    wallet.stepUpThreshold(currency, minor);
  }

  /**
   * Enrolls a wallet's TOTP secret. Use under the lock. @param wallet the wallet @param secret it
   */
  public void enrollTotp(WalletRecord wallet, TotpSecret secret) {
    wallet.totpSecret(secret);
  }

  /**
   * Returns a wallet's TOTP secret, for the control plane's code helper. Use under the lock.
   *
   * @param wallet the wallet
   * @return the secret, if enrolled
   */
  public Optional<TotpSecret> totpSecret(WalletRecord wallet) {
    return Optional.ofNullable(wallet.totpSecret());
  }

  /**
   * Returns the first partner, the mock's default one. Use under the lock.
   *
   * @return the partner id
   */
  public String firstPartnerId() {
    return partners.values().iterator().next().id();
  }

  /**
   * Registers a partner's request-signing key: from then on the partner's requests must be signed.
   * Use under the lock.
   *
   * @param keyId the key id
   * @param key the owner and public key
   */
  public void registerSigningKey(String keyId, SigningKey key) {
    signingKeys.put(keyId, key);
  }

  /**
   * Finds a registered signing key; safe without the lock.
   *
   * @param keyId the key id
   * @return the key, if registered
   */
  public Optional<SigningKey> signingKey(String keyId) {
    return Optional.ofNullable(signingKeys.get(keyId));
  }

  /**
   * Tells whether a partner signs its requests; safe without the lock.
   *
   * @param partnerId the partner
   * @return {@code true} once the partner registered a key
   */
  public boolean requiresSignatures(String partnerId) {
    return signingKeys.values().stream().anyMatch(key -> key.partnerId().equals(partnerId));
  }

  /**
   * Transaction monitoring's rules, reviews and wallet histories. Use under the lock.
   *
   * @return the book
   */
  public RiskBook risk() {
    return risk;
  }

  /**
   * The partners' membership tier tables and the wallets' tiers. Use under the lock.
   *
   * @return the book
   */
  public MembershipBook membership() {
    return membership;
  }
}
