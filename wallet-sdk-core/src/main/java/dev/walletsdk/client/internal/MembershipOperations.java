/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.client.internal.json.MembershipReaders;
import dev.walletsdk.client.internal.pipeline.ApiCall;
import dev.walletsdk.model.MembershipStatus;
import dev.walletsdk.model.MembershipTierTable;
import dev.walletsdk.model.WalletId;

/** The membership operations of Wallet API v1. */
final class MembershipOperations {
  private MembershipOperations() {}

  static ApiCall<MembershipStatus> status(WalletId wallet) {
    return ApiCall.<MembershipStatus>get(
            "membership.get", "/v1/wallets/" + wallet.value() + "/membership")
        .identifiedBy("walletId", wallet.value())
        .reading("membership", MembershipReaders::status);
  }

  static ApiCall<MembershipTierTable> tiers() {
    return ApiCall.<MembershipTierTable>get("membership.tiers", "/v1/membership/tiers")
        .reading("membership_tier_table", MembershipReaders::table);
  }
}
