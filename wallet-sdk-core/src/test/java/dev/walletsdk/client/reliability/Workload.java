/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.AuthenticationException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.PendingReviewException;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.JdkHttpTransports;
import dev.walletsdk.client.WalletClient;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.IdempotencyKey;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.RiskReviewId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.spi.Transport;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import okhttp3.OkHttpClient;

/**
 * A seeded mix of transfers between wallets and payments to a merchant, in two currencies, each
 * with its own idempotency key; run from several threads, then checked against the journal.
 *
 * <p>The check is the reliability claim: a call the SDK reported as successful moved money exactly
 * once, with the resource it returned; a call that failed moved money at most once; every wallet's
 * balance is exactly its funding plus what the journal says it received, minus what it sent; and
 * the money that left the wallets is exactly what the merchant received.
 */
final class Workload {
  static final List<CurrencyCode> CURRENCIES = List.of(CurrencyCode.EUR, CurrencyCode.USD);
  static final Money FUNDING_EUR = Money.of("1000000.00", "EUR");
  static final Money FUNDING_USD = Money.of("1000000.00", "USD");

  /**
   * The rewards rules a run sets on the mock: points per whole unit paid to the merchant. Transfers
   * earn nothing, so every point a wallet holds comes from exactly one journaled payment.
   */
  static final Map<CurrencyCode, Long> POINTS_PER_UNIT =
      Map.of(CurrencyCode.EUR, 3L, CurrencyCode.USD, 2L);

  /** How many step-up codes a customer types for one call before giving up. */
  private static final int MAX_CODES = 3;

  /** What a call does. */
  enum Kind {
    /** A transfer between two wallets. */
    TRANSFER,
    /** A merchant payment. */
    PAYMENT,
    /** A payout to a bank account, whose account number travels HPKE-encrypted; it reserves. */
    PAYOUT
  }

  /** The bank account payouts go to. */
  static final BankAccount PAYEE = BankAccount.of("Chaos Payee", "DE89370400440532013000", null);

  /** One logical call. */
  record Op(
      int index,
      Kind kind,
      WalletId from,
      WalletId to,
      MerchantId merchant,
      Money amount,
      String key) {
    boolean isPayment() {
      return kind == Kind.PAYMENT;
    }
  }

  /** What the SDK reported for one call: the resource id, or the failure. */
  record Outcome(String resourceId, WalletException failure) {
    boolean succeeded() {
      return resourceId != null;
    }
  }

  private final List<WalletId> wallets;
  private final List<Op> ops;
  private final AtomicReferenceArray<Outcome> outcomes;
  private final AtomicInteger completed = new AtomicInteger();
  private final Map<Integer, Runnable> milestones = new ConcurrentHashMap<>();
  private final AtomicInteger reviewed = new AtomicInteger();
  private volatile boolean tiers;
  private volatile Map<WalletId, TierRules.Member> tierMembers = Map.of();
  private volatile Consumer<RiskReviewId> reviewer =
      review -> {
        throw new IllegalStateException("no reviewer for " + review);
      };

  Workload(List<WalletId> wallets, MerchantId merchant, int n, long seed, String keyPrefix) {
    this(wallets, merchant, n, seed, keyPrefix, false);
  }

  /**
   * Creates the mix: a quarter payments, the rest transfers; with {@code payouts}, one transfer in
   * eight becomes a payout to {@link #PAYEE}.
   */
  Workload(
      List<WalletId> wallets,
      MerchantId merchant,
      int n,
      long seed,
      String keyPrefix,
      boolean payouts) {
    this.wallets = List.copyOf(wallets);
    SplittableRandom random = new SplittableRandom(seed);
    List<Op> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      WalletId from = wallets.get(random.nextInt(wallets.size()));
      CurrencyCode currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
      Money amount = Money.ofMinor(1 + random.nextInt(5_000), currency);
      String key = keyPrefix + "-" + i;
      if (random.nextInt(4) == 0) {
        list.add(new Op(i, Kind.PAYMENT, from, null, merchant, amount, key));
      } else if (payouts && random.nextInt(8) == 0) {
        list.add(new Op(i, Kind.PAYOUT, from, null, null, amount, key));
      } else {
        WalletId to = from;
        while (to.equals(from)) {
          to = wallets.get(random.nextInt(wallets.size()));
        }
        list.add(new Op(i, Kind.TRANSFER, from, to, null, amount, key));
      }
    }
    this.ops = List.copyOf(list);
    this.outcomes = new AtomicReferenceArray<>(n);
  }

  /**
   * Runs {@code action} on the worker thread that completes the {@code count}-th call, while the
   * other workers go on.
   */
  void whenCompleted(int count, Runnable action) {
    milestones.put(count, action);
  }

  List<Op> ops() {
    return ops;
  }

  /** The transport a reliability run names: {@code okhttp} or {@code jdk}. */
  static Transport transport(String name) {
    return switch (name) {
      case "okhttp" -> OkHttpTransports.wrap(new OkHttpClient());
      case "jdk" -> JdkHttpTransports.wrap(HttpClient.newHttpClient());
      default -> throw new IllegalArgumentException("no transport named " + name);
    };
  }

  /** Performs one call through the SDK and returns the id of the resource it created. */
  static String perform(WalletClient client, Op op) {
    IdempotencyKey key = IdempotencyKey.of(op.key());
    if (op.kind() == Kind.PAYOUT) {
      return client
          .transfers()
          .create(r -> r.from(op.from()).toAccount(PAYEE).amount(op.amount()).idempotencyKey(key))
          .id()
          .value();
    }
    if (op.isPayment()) {
      return client
          .payments()
          .create(
              r ->
                  r.wallet(op.from())
                      .merchant(op.merchant())
                      .amount(op.amount())
                      .idempotencyKey(key))
          .id()
          .value();
    }
    return client
        .transfers()
        .create(r -> r.from(op.from()).to(op.to()).amount(op.amount()).idempotencyKey(key))
        .id()
        .value();
  }

  /**
   * Sets who decides the movements that transaction monitoring holds for review: the run's
   * reviewer, who releases (or rejects) each through the platform's control plane.
   */
  void reviewedBy(Consumer<RiskReviewId> reviewer) {
    this.reviewer = reviewer;
  }

  /** How many held calls the reviewer decided. */
  int reviewed() {
    return reviewed.get();
  }

  /**
   * Performs a call as {@link #performAnsweringAgain(WalletClient, Op)} does; when transaction
   * monitoring holds it for review, the reviewer decides it and the call is sent again with its
   * key, which then answers the released movement (or the rejection).
   */
  private String performReviewed(WalletClient client, Op op) {
    for (int attempt = 1; ; attempt++) {
      try {
        return performAnsweringAgain(client, op);
      } catch (PendingReviewException e) {
        if (attempt == MAX_CODES) {
          throw e;
        }
        reviewer.accept(e.review().id());
        reviewed.incrementAndGet();
      }
    }
  }

  /**
   * Performs a call; when its step-up code is refused, sends it again with its key, as a customer
   * types the next code. Several threads answer one wallet's challenges on a shared virtual clock,
   * so a code can arrive after a newer one for the same wallet and be refused as used before; the
   * held request is still pending (or, once its challenge lapsed, is held afresh), so sending it
   * again with its key is safe.
   */
  static String performAnsweringAgain(WalletClient client, Op op) {
    for (int attempt = 1; ; attempt++) {
      try {
        return perform(client, op);
      } catch (AuthenticationException e) {
        if (!e.code().equals(ErrorCode.OTP_INVALID) || attempt == MAX_CODES) {
          throw e;
        }
      }
    }
  }

  /**
   * Runs every call once from {@code threads} threads, each thread taking the next call not yet
   * taken, and records what the SDK reported.
   */
  void run(WalletClient client, int threads) throws Exception {
    run(op -> client, threads);
  }

  /** Runs every call once as {@link #run(WalletClient, int)} does, each through its own client. */
  void run(Function<Op, WalletClient> clientFor, int threads) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  for (int i = next.getAndIncrement(); i < ops.size(); i = next.getAndIncrement()) {
                    Op op = ops.get(i);
                    record(op, clientFor.apply(op));
                  }
                }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private void record(Op op, WalletClient client) {
    try {
      outcomes.set(op.index(), new Outcome(performReviewed(client, op), null));
    } catch (WalletException e) {
      outcomes.set(op.index(), new Outcome(null, e));
    }
    Runnable milestone = milestones.remove(completed.incrementAndGet());
    if (milestone != null) {
      milestone.run();
    }
  }

  int succeeded() {
    int count = 0;
    for (int i = 0; i < ops.size(); i++) {
      count += outcomes.get(i).succeeded() ? 1 : 0;
    }
    return count;
  }

  List<Op> failed() {
    List<Op> failed = new ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      if (!outcomes.get(i).succeeded()) {
        failed.add(ops.get(i));
      }
    }
    return failed;
  }

  /** The failed calls with what each threw, for assertion messages. */
  Map<String, String> failures() {
    Map<String, String> byKey = new HashMap<>();
    for (Op op : failed()) {
      byKey.put(op.key(), String.valueOf(outcomes.get(op.index()).failure()));
    }
    return byKey;
  }

  /** Counts the failures by exception type and code, for the report. */
  Map<String, Integer> failuresByCode() {
    Map<String, Integer> byCode = new HashMap<>();
    for (Op op : failed()) {
      WalletException e = outcomes.get(op.index()).failure();
      byCode.merge(e.getClass().getSimpleName() + "/" + e.code(), 1, Integer::sum);
    }
    return byCode;
  }

  /**
   * Checks points against the membership tiers of {@link TierRules}: each payment earns its
   * programme points times the multiplier of the tier its wallet was in when it paid.
   */
  void withTiers() {
    this.tiers = true;
  }

  /** The tier changes the last {@link #verify} expects, as {@code FROM->TO} per wallet. */
  Map<WalletId, List<String>> expectedTierChanges() {
    Map<WalletId, List<String>> changes = new HashMap<>();
    tierMembers.forEach(
        (wallet, member) -> {
          if (!member.changes().isEmpty()) {
            changes.put(wallet, member.changes());
          }
        });
    return changes;
  }

  /** What the check found. */
  record Verdict(int duplicates, int lost, int failedButApplied, int failedAndAbsent) {}

  /**
   * Checks every call against the journal and every wallet's balance against the journal's
   * movements.
   *
   * @param journal the exported journal
   * @param balance reads a wallet's balance in a currency from the mock
   * @param points reads a wallet's rewards points from the mock
   * @param pending reads a wallet's pending (reserved) amount in a currency
   * @return the counts; the assertions have already failed the test on a duplicate or a loss
   */
  Verdict verify(
      JournalView journal,
      BiFunction<WalletId, CurrencyCode, Money> balance,
      ToLongFunction<WalletId> points,
      BiFunction<WalletId, CurrencyCode, Money> pending) {
    int duplicates = 0;
    int lost = 0;
    int failedButApplied = 0;
    int failedAndAbsent = 0;
    List<String> problems = new ArrayList<>();
    Map<WalletId, Map<CurrencyCode, Long>> expected = new HashMap<>();
    Map<CurrencyCode, Long> toMerchant = new HashMap<>();
    Map<WalletId, Map<CurrencyCode, Long>> expectedPending = new HashMap<>();
    Map<WalletId, Long> expectedPoints = new HashMap<>();
    Map<Long, Op> paymentsInJournalOrder = new TreeMap<>();
    for (Op op : ops) {
      Outcome outcome = outcomes.get(op.index());
      List<JournalView.Movement> movements = journal.movements(op.key());
      if (movements.size() > 1) {
        duplicates++;
        problems.add(op.key() + " moved money " + movements.size() + " times: " + movements);
      }
      if (outcome.succeeded()) {
        if (movements.isEmpty()) {
          lost++;
          problems.add(
              op.key() + " succeeded as " + outcome.resourceId() + " but is not journaled");
        } else if (!movements.get(0).resourceId().equals(outcome.resourceId())) {
          problems.add(
              op.key()
                  + " returned "
                  + outcome.resourceId()
                  + " but the journal has "
                  + movements.get(0).resourceId());
        }
      } else if (movements.isEmpty()) {
        failedAndAbsent++;
      } else {
        failedButApplied++;
      }
      if (!movements.isEmpty()) {
        long minor = op.amount().minorUnits();
        CurrencyCode currency = op.amount().currency();
        expected
            .computeIfAbsent(op.from(), w -> new HashMap<>())
            .merge(currency, -minor, Long::sum);
        if (op.kind() == Kind.PAYOUT) {
          // A payout reserves until the bank settles it: posted stays, pending grows.
          expected.get(op.from()).merge(currency, minor, Long::sum);
          expectedPending
              .computeIfAbsent(op.from(), w -> new HashMap<>())
              .merge(currency, minor, Long::sum);
        } else if (op.isPayment()) {
          toMerchant.merge(currency, minor, Long::sum);
          paymentsInJournalOrder.put(movements.get(0).sequence(), op);
        } else {
          expected.computeIfAbsent(op.to(), w -> new HashMap<>()).merge(currency, minor, Long::sum);
        }
      }
    }
    Map<WalletId, TierRules.Member> members = new HashMap<>();
    for (Op op : paymentsInJournalOrder.values()) {
      // floor(minor × points per unit / 100): both currencies have 2 decimals.
      long base = op.amount().minorUnits() * POINTS_PER_UNIT.get(op.amount().currency()) / 100;
      long earned =
          tiers
              ? members
                  .computeIfAbsent(op.from(), w -> new TierRules.Member())
                  .pay(op.amount(), base)
              : base;
      expectedPoints.merge(op.from(), earned, Long::sum);
    }
    tierMembers = members;
    Map<CurrencyCode, Long> walletTotals = new HashMap<>();
    for (WalletId wallet : wallets) {
      long held = points.applyAsLong(wallet);
      long earned = expectedPoints.getOrDefault(wallet, 0L);
      if (held != earned) {
        problems.add(
            wallet + " has " + held + " points but its journaled payments earned " + earned);
      }
      for (CurrencyCode currency : CURRENCIES) {
        long funding = funding(currency).minorUnits();
        long delta = expected.getOrDefault(wallet, Map.of()).getOrDefault(currency, 0L);
        Money actual = balance.apply(wallet, currency);
        walletTotals.merge(currency, actual.minorUnits(), Long::sum);
        long reserved =
            expectedPending.getOrDefault(wallet, Map.of()).getOrDefault(currency, 0L)
                + journal.heldForReview("wallet:" + wallet.value() + ":" + currency.code());
        Money actualPending = pending.apply(wallet, currency);
        if (actualPending.minorUnits() != reserved) {
          problems.add(
              wallet
                  + " has "
                  + actualPending
                  + " pending but its journaled payouts and open holds reserved "
                  + Money.ofMinor(reserved, currency));
        }
        if (actual.minorUnits() != funding + delta) {
          problems.add(
              wallet
                  + " holds "
                  + actual
                  + " but funding and journaled movements give "
                  + Money.ofMinor(funding + delta, currency));
        }
      }
    }
    for (CurrencyCode currency : CURRENCIES) {
      long funded = funding(currency).minorUnits() * wallets.size();
      long left = toMerchant.getOrDefault(currency, 0L);
      if (walletTotals.get(currency) + left != funded) {
        problems.add(
            currency
                + " is not conserved: wallets "
                + walletTotals.get(currency)
                + " + merchant "
                + left
                + " != funded "
                + funded);
      }
    }
    assertThat(problems).as("reliability violations").isEmpty();
    return new Verdict(duplicates, lost, failedButApplied, failedAndAbsent);
  }

  static Money funding(CurrencyCode currency) {
    return currency == CurrencyCode.EUR ? FUNDING_EUR : FUNDING_USD;
  }

  /** Performs every failed call again, faults off, so each ends with exactly one movement. */
  void reconcile(WalletClient client) {
    reconcile(op -> client);
  }

  /**
   * Performs every failed call again as {@link #reconcile(WalletClient)}, each through its own
   * client.
   */
  void reconcile(Function<Op, WalletClient> clientFor) {
    for (Op op : failed()) {
      outcomes.set(op.index(), new Outcome(performReviewed(clientFor.apply(op), op), null));
    }
  }
}
