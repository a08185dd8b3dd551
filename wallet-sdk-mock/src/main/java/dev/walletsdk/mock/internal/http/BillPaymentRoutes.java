/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.walletsdk.mock.internal.command.Services;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.BillPaymentRecord;
import dev.walletsdk.mock.internal.engine.Biller;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.StandIns;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.view.Views;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The biller catalogue and bill payments: pay now, schedule, repeat, cancel. */
final class BillPaymentRoutes {
  private static final Set<String> MEMBERS =
      Set.of(
          "walletId",
          "billerId",
          "customerReference",
          "amount",
          "scheduledFor",
          "recurrence",
          "description");
  private static final Set<String> RECURRENCE_MEMBERS = Set.of("interval", "count");
  private static final Duration MAX_AHEAD = Duration.ofDays(366);
  private static final int MAX_RUNS = 120;

  private final Engine engine;
  private final Lookups lookups;
  private final Services services;

  BillPaymentRoutes(Engine engine, Lookups lookups, Services services) {
    this.engine = engine;
    this.lookups = lookups;
    this.services = services;
  }

  List<Route> routes() {
    return List.of(
        Route.of("GET", "/v1/billers", Set.of(), call -> Reply.ok(billers())),
        Route.of("POST", "/v1/bill-payments", Set.of(), this::create),
        Route.of("GET", "/v1/bill-payments/{billPaymentId}", Set.of(), this::get),
        Route.of("POST", "/v1/bill-payments/{billPaymentId}/cancel", Set.of(), this::cancel));
  }

  private JsonNode billers() {
    return Views.page(List.copyOf(engine.billers().values()), null, Views::biller);
  }

  private Reply create(Call call) {
    Fields fields = new Fields();
    JsonNode body = fields.object(call.requireBody(), "", MEMBERS);
    String walletId = fields.id(body, "", "walletId", "wal_", true);
    String billerId = fields.id(body, "", "billerId", "blr_", true);
    String reference = fields.text(body, "", "customerReference", true, 35);
    Amount amount = fields.money(body, "", "amount", true);
    String description = fields.text(body, "", "description", false, 140);
    fields.positive(amount, "/amount/amount");
    Instant scheduledFor = scheduledFor(fields, body);
    JsonNode recurrence =
        fields.object(
            body == null ? null : body.get("recurrence"), "/recurrence", RECURRENCE_MEMBERS);
    String interval = recurrence == null ? null : interval(fields, recurrence);
    Integer count = recurrence == null ? null : count(fields, recurrence);
    if (recurrence != null && scheduledFor == null && body != null && !body.has("scheduledFor")) {
      fields.add("/scheduledFor", "required", "is required with a recurrence");
    }
    Biller biller = billerId == null ? null : services.billPayments().biller(billerId).orElse(null);
    if (billerId != null && biller == null) {
      fields.add("/billerId", "unknown_biller", "biller " + billerId + " is not in the catalogue");
    }
    checkAgainstBiller(fields, biller, reference, amount);
    fields.throwIfAny();
    WalletRecord wallet = lookups.ownedWallet(call, walletId, "/walletId");
    BillPaymentRecord bill =
        services
            .movements()
            .payBill(
                call.stepUp(),
                wallet,
                biller,
                reference,
                amount,
                description,
                scheduledFor,
                interval,
                count,
                call.idempotencyScope());
    return Reply.created(Views.billPayment(bill));
  }

  private @Nullable Instant scheduledFor(Fields fields, @Nullable JsonNode body) {
    String text = fields.text(body, "", "scheduledFor", false, 40);
    if (text == null) {
      return null;
    }
    Instant at;
    try {
      at = Instant.parse(text);
    } catch (DateTimeParseException e) {
      fields.add("/scheduledFor", "invalid_format", "must be an RFC 3339 UTC timestamp");
      return null;
    }
    Instant now = engine.clock().now();
    if (!at.isAfter(now) || at.isAfter(now.plus(MAX_AHEAD))) {
      fields.add("/scheduledFor", "out_of_range", "must be after now and at most 366 days ahead");
      return null;
    }
    return at;
  }

  private static @Nullable String interval(Fields fields, JsonNode recurrence) {
    String interval = fields.text(recurrence, "/recurrence", "interval", true, 16);
    if (interval != null && !interval.equals("weekly") && !interval.equals("monthly")) {
      fields.add("/recurrence/interval", "invalid_format", "must be weekly or monthly");
      return null;
    }
    return interval;
  }

  private static @Nullable Integer count(Fields fields, JsonNode recurrence) {
    JsonNode count = recurrence.get("count");
    if (count == null || count.isNull()) {
      return null;
    }
    if (!count.isIntegralNumber()
        || !count.canConvertToInt()
        || count.intValue() < 2
        || count.intValue() > MAX_RUNS) {
      fields.add("/recurrence/count", "out_of_range", "must be a whole number from 2 to 120");
      return null;
    }
    return count.intValue();
  }

  private static void checkAgainstBiller(
      Fields fields, @Nullable Biller biller, @Nullable String reference, @Nullable Amount amount) {
    if (biller == null) {
      return;
    }
    if (reference != null && !StandIns.isText(reference) && !biller.accepts(reference)) {
      fields.add(
          "/customerReference",
          "invalid_customer_reference",
          "must be " + biller.referenceFormat() + " for " + biller.name());
    }
    if (amount != null && !biller.currencies().contains(amount.currency())) {
      fields.add(
          "/amount/currency",
          "currency_mismatch",
          biller.name() + " accepts " + biller.currencies() + ", not " + amount.code());
    }
  }

  private BillPaymentRecord visible(Call call) {
    String id = lookups.pathId(call.path(0), "bpy_", "path:billPaymentId");
    BillPaymentRecord bill = engine.billPayments().get(id);
    if (bill == null || !bill.partnerId().equals(call.partner().id())) {
      throw Lookups.notFound("bill payment", id);
    }
    return bill;
  }

  private Reply get(Call call) {
    return Reply.ok(Views.billPayment(visible(call)));
  }

  private Reply cancel(Call call) {
    BillPaymentRecord bill = visible(call);
    Fields fields = new Fields();
    fields.object(call.requireBody(), "", Set.of());
    fields.throwIfAny();
    return Reply.ok(Views.billPayment(services.billPayments().cancel(bill)));
  }
}
