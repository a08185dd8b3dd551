/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Membership tiers: each partner's tier table, each wallet's current tier and the payments that
 * still count toward it, and every wallet's tier history. The benefits of a wallet's tier are read
 * here where the ledger applies them ({@link #points}, {@link #feeRate}).
 *
 * <p>Not thread-safe: used under the engine's lock.
 */
public final class MembershipBook {
  /**
   * A wallet's membership.
   *
   * @param walletId the wallet
   */
  static final class Member {
    private final String walletId;
    private String tier = MembershipTable.NAMES.get(0);
    private Instant since;
    private @Nullable Instant nextCheck;
    private final Deque<PaymentRecord> window = new ArrayDeque<>();

    Member(String walletId, Instant since) {
      this.walletId = walletId;
      this.since = since;
    }

    String walletId() {
      return walletId;
    }

    String tier() {
      return tier;
    }

    Instant since() {
      return since;
    }

    Deque<PaymentRecord> window() {
      return window;
    }

    @Nullable Instant nextCheck() {
      return nextCheck;
    }

    void nextCheck(@Nullable Instant at) {
      this.nextCheck = at;
    }

    void changed(String tier, Instant at) {
      this.tier = tier;
      this.since = at;
    }
  }

  private final Map<String, MembershipTable> tables = new HashMap<>();
  private final Map<String, Member> members = new LinkedHashMap<>();
  private final Map<String, List<TierChangeRecord>> history = new HashMap<>();

  /**
   * Returns a partner's tier table.
   *
   * @param partnerId the partner
   * @return its table, or the default one
   */
  public MembershipTable table(String partnerId) {
    return tables.getOrDefault(partnerId, MembershipTable.DEFAULT);
  }

  void table(String partnerId, MembershipTable table) {
    tables.put(partnerId, table);
  }

  /**
   * Returns a wallet's current tier.
   *
   * @param wallet the wallet
   * @return the tier of its partner's table
   */
  public MembershipTable.Tier tier(WalletRecord wallet) {
    Member member = members.get(wallet.id());
    return table(wallet.partnerId())
        .tier(member == null ? MembershipTable.NAMES.get(0) : member.tier());
  }

  /**
   * Returns since when a wallet has its tier: its last change, or the wallet's opening.
   *
   * @param wallet the wallet
   * @return the instant
   */
  public Instant since(WalletRecord wallet) {
    Member member = members.get(wallet.id());
    return member == null ? wallet.createdAt() : member.since();
  }

  /**
   * Applies a wallet's points multiplier to the points a payment earns, rounded down.
   *
   * @param wallet the paying wallet
   * @param points the points the rewards programme gives
   * @return the points the wallet earns
   */
  public long points(WalletRecord wallet, long points) {
    return tier(wallet).multiply(points);
  }

  /**
   * Applies a wallet's FX fee discount to the platform's fee rate, exactly.
   *
   * @param wallet the selling wallet
   * @param feeRate the platform's fee rate
   * @return the rate the wallet pays
   */
  public BigDecimal feeRate(WalletRecord wallet, BigDecimal feeRate) {
    return tier(wallet).discount(feeRate);
  }

  Member member(WalletRecord wallet) {
    return members.computeIfAbsent(wallet.id(), id -> new Member(id, wallet.createdAt()));
  }

  Collection<Member> members() {
    return Collections.unmodifiableCollection(members.values());
  }

  /**
   * Returns the payments that may still count toward a wallet's tier, oldest first.
   *
   * @param walletId the wallet
   * @return the payments, empty if it never paid
   */
  public List<PaymentRecord> windowPayments(String walletId) {
    Member member = members.get(walletId);
    return member == null ? List.of() : List.copyOf(member.window());
  }

  /**
   * Returns a wallet's tier changes.
   *
   * @param walletId the wallet
   * @return its changes, oldest first
   */
  public List<TierChangeRecord> history(String walletId) {
    return Collections.unmodifiableList(history.getOrDefault(walletId, List.of()));
  }

  void record(TierChangeRecord change) {
    history.computeIfAbsent(change.walletId(), id -> new ArrayList<>()).add(change);
  }
}
