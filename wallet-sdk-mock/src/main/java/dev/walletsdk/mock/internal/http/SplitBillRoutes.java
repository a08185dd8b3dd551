/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ApiProblem;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.SplitBillRecord;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.SplitAllocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The split bill routes: pay one bill from several wallets, and read it back. */
final class SplitBillRoutes {
  private static final Set<String> MEMBERS =
      Set.of("merchantId", "amount", "participants", "description", "reference");
  private static final Set<String> PARTICIPANT_MEMBERS = Set.of("walletId", "amount", "percentage");
  private static final Pattern PERCENTAGE = Pattern.compile("(0|[1-9][0-9]{0,2})(\\.[0-9]{1,4})?");

  private final Engine engine;
  private final Lookups lookups;
  private final Services services;

  SplitBillRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.of("POST", "/v1/split-bills", Set.of(), this::pay),
        Route.of("GET", "/v1/split-bills/{splitBillId}", Set.of(), this::get));
  }

  /** One participant as sent: a wallet and an amount or a percentage. */
  private record Participant(
      @Nullable String walletId, @Nullable Amount amount, @Nullable BigDecimal percentage) {}

  private Reply pay(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    String merchantId = fields.id(body, "", "merchantId", "mer_", true);
    Amount amount = fields.money(body, "", "amount", true);
    String description = fields.text(body, "", "description", false, 140);
    String reference = fields.text(body, "", "reference", false, 64);
    fields.positive(amount, "/amount/amount");
    List<Participant> participants = participants(fields, body);
    if (merchantId != null && !engine.merchants().containsKey(merchantId)) {
      fields.add(
          "/merchantId", "unknown_merchant", "merchant " + merchantId + " is not registered");
    }
    fields.throwIfAny();
    List<SplitBillRecord.Share> shares = allocate(amount, participants);
    String method = participants.get(0).amount() != null ? "exact" : "percentage";
    SplitBillRecord bill =
        services
            .movements()
            .paySplitBill(
                call.partner(),
                merchantId,
                amount,
                method,
                shares,
                i ->
                    lookups.ownedWallet(
                        call, participants.get(i).walletId(), participantAt(i, "walletId")),
                description,
                reference,
                call.idempotencyScope());
    return Reply.created(Views.splitBill(bill));
  }

  private static String participantAt(int index, String member) {
    return "/participants/" + index + "/" + member;
  }

  private static List<Participant> participants(Fields fields, @Nullable JsonNode body) {
    JsonNode array = body == null ? null : body.get("participants");
    List<Participant> participants = new ArrayList<>();
    if (array == null || array.isNull()) {
      if (body != null) {
        fields.missing("/participants");
      }
      return participants;
    }
    if (!array.isArray()) {
      fields.add("/participants", "invalid_type", "must be an array");
      return participants;
    }
    if (array.size() < 2 || array.size() > SplitAllocation.MAX_PARTICIPANTS) {
      fields.add("/participants", "out_of_range", "must have 2 to 20 participants");
      return participants;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < array.size(); i++) {
      String at = "/participants/" + i;
      JsonNode element = fields.object(array.get(i), at, PARTICIPANT_MEMBERS);
      String walletId = fields.id(element, at, "walletId", "wal_", true);
      Amount share = fields.money(element, at, "amount", false);
      BigDecimal percentage = percentage(fields, element, at);
      fields.positive(share, at + "/amount/amount");
      if (walletId != null && !seen.add(walletId)) {
        fields.add(at + "/walletId", "duplicate", "wallet " + walletId + " takes part twice");
      }
      participants.add(new Participant(walletId, share, percentage));
    }
    checkOneMethod(fields, array, participants);
    return participants;
  }

  private static @Nullable BigDecimal percentage(
      Fields fields, @Nullable JsonNode element, String at) {
    String text =
        fields.matching(
            element,
            at,
            "percentage",
            false,
            PERCENTAGE,
            "a decimal string from 0.0001 to 100 with at most 4 decimals");
    if (text == null) {
      return null;
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      fields.add(at + "/percentage", "out_of_range", "must be greater than 0 and at most 100");
      return null;
    }
    return value;
  }

  private static void checkOneMethod(
      Fields fields, JsonNode array, List<Participant> participants) {
    boolean byAmount = array.get(0).hasNonNull("amount");
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      boolean hasAmount = element.hasNonNull("amount");
      boolean hasPercentage = element.hasNonNull("percentage");
      if (hasAmount == hasPercentage || hasAmount != byAmount) {
        fields.add(
            "/participants/" + i,
            "mutually_exclusive",
            "every participant needs an amount, or every participant a percentage");
        return;
      }
    }
  }

  /** Checks the shares against the bill and turns percentages into amounts. */
  private static List<SplitBillRecord.Share> allocate(
      Amount amount, List<Participant> participants) {
    List<SplitBillRecord.Share> shares = new ArrayList<>();
    try {
      if (participants.get(0).amount() != null) {
        List<Money> exact = new ArrayList<>();
        participants.forEach(p -> exact.add(p.amount().money()));
        SplitAllocation.byShares(amount.money(), exact);
        participants.forEach(
            p -> shares.add(new SplitBillRecord.Share(p.walletId(), p.amount(), null)));
        return shares;
      }
      List<BigDecimal> percentages = new ArrayList<>();
      participants.forEach(p -> percentages.add(p.percentage()));
      List<Money> allotted = SplitAllocation.byPercentages(amount.money(), percentages);
      for (int i = 0; i < participants.size(); i++) {
        Money share = allotted.get(i);
        shares.add(
            new SplitBillRecord.Share(
                participants.get(i).walletId(),
                Amount.of(share.currency(), share.minorUnits()),
                percentages.get(i)));
      }
      return shares;
    } catch (InvalidRequestException e) {
      throw ApiProblem.unprocessable(
          "/participants", e.fieldErrors().get(0).code(), e.getMessage());
    }
  }

  private Reply get(Call call) {
    String id = lookups.pathId(call.path(0), "spl_", "path:splitBillId");
    SplitBillRecord bill = engine.splitBills().get(id);
    if (bill == null || !bill.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("split bill", id);
    }
    return Reply.ok(Views.splitBill(bill));
  }
}
