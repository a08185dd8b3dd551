/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.runtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.mock.internal.engine.Amount;
import dev.walletsdk.mock.internal.engine.ChallengeRecord;
import dev.walletsdk.mock.internal.engine.Engine;
import dev.walletsdk.mock.internal.engine.EventRecord;
import dev.walletsdk.mock.internal.engine.Partner;
import dev.walletsdk.mock.internal.engine.WalletRecord;
import dev.walletsdk.mock.internal.ledger.JournalEntry;
import dev.walletsdk.mock.internal.ledger.Leg;
import dev.walletsdk.mock.internal.view.MockJson;
import dev.walletsdk.mock.internal.view.Views;
import dev.walletsdk.model.CurrencyCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The read-only control-plane views the web console shows ({@code GET /_mock/partners}, {@code
 * /_mock/journal/timeline}, {@code /_mock/events}, {@code /_mock/webhooks}, {@code /_mock/holds}).
 * Each is read under the engine's lock, so it is one consistent state; long lists keep their newest
 * {@value #MAX_ITEMS} items.
 */
final class ConsoleViews {
  /** The most items of a list a view returns; the newest are kept. */
  static final int MAX_ITEMS = 200;

  private ConsoleViews() {}

  /** Every partner with its wallets and each wallet's balances. */
  static ObjectNode partners(Engine engine) {
    ArrayNode partners = MockJson.array();
    for (Partner partner : engine.partners()) {
      ObjectNode json = partners.addObject().put("id", partner.id()).put("name", partner.name());
      ArrayNode wallets = json.putArray("wallets");
      for (WalletRecord wallet : engine.wallets()) {
        if (wallet.partnerId().equals(partner.id())) {
          ObjectNode view = Views.wallet(wallet);
          view.set("balances", Views.balances(engine.ledger(), wallet, wallet.currencies()));
          wallets.add(view);
        }
      }
    }
    return MockJson.object().set("partners", partners);
  }

  /**
   * The ledger journal, newest entry first, with each entry's legs and whether its hash links to
   * the entry before and matches its contents.
   */
  static ObjectNode timeline(Engine engine) {
    List<JournalEntry> journal = engine.ledger().journal();
    ArrayNode entries = MockJson.array();
    String previous = JournalEntry.GENESIS;
    Long firstBroken = null;
    List<ObjectNode> all = new ArrayList<>(journal.size());
    for (JournalEntry entry : journal) {
      boolean linked = entry.previousHash().equals(previous);
      boolean hashValid = entry.expectedHash(entry.previousHash()).equals(entry.hash());
      if ((!linked || !hashValid) && firstBroken == null) {
        firstBroken = entry.sequence();
      }
      all.add(entry(entry, linked, hashValid));
      previous = entry.hash();
    }
    for (int i = all.size() - 1; i >= Math.max(0, all.size() - MAX_ITEMS); i--) {
      entries.add(all.get(i));
    }
    ObjectNode json = MockJson.object();
    json.put("length", journal.size());
    json.put("head", previous);
    json.put("intact", firstBroken == null);
    if (firstBroken == null) {
      json.putNull("firstBroken");
    } else {
      json.put("firstBroken", firstBroken);
    }
    return json.set("entries", entries);
  }

  private static ObjectNode entry(JournalEntry entry, boolean linked, boolean hashValid) {
    ObjectNode json = MockJson.object();
    json.put("sequence", entry.sequence());
    json.put("at", entry.at().toString());
    json.put("kind", entry.kind().name());
    json.put("reservation", entry.reservation());
    json.put("type", entry.memo().type());
    json.put("resourceId", entry.memo().resourceId());
    json.put("previousHash", entry.previousHash());
    json.put("hash", entry.hash());
    json.put("linked", linked);
    json.put("hashValid", hashValid);
    json.set("legs", legs(entry.legs()));
    return json;
  }

  private static ArrayNode legs(List<Leg> legs) {
    ArrayNode json = MockJson.array();
    for (Leg leg : legs) {
      ObjectNode each = json.addObject().put("debit", leg.debit()).put("credit", leg.credit());
      each.set("amount", Views.money(Amount.of(CurrencyCode.of(leg.currency()), leg.amount())));
    }
    return json;
  }

  /** The events of every partner's feed, newest first. */
  static ObjectNode events(Engine engine) {
    List<EventRecord> all = new ArrayList<>();
    for (Partner partner : engine.partners()) {
      all.addAll(engine.events().of(partner.id()));
    }
    // Oldest first, keeping each feed's order among events of one instant, then newest first.
    all.sort(Comparator.comparing(EventRecord::createdAt));
    Collections.reverse(all);
    ArrayNode events = MockJson.array();
    for (EventRecord event : all.subList(0, Math.min(all.size(), MAX_ITEMS))) {
      ObjectNode json = Views.event(event);
      json.put("partnerId", event.partnerId());
      events.add(json);
    }
    return MockJson.object().put("total", all.size()).set("events", events);
  }

  /** The webhook endpoints (never their secrets) and every delivery attempt, newest first. */
  static ObjectNode webhooks(WebhookDispatcher webhooks) {
    ObjectNode json = MockJson.object();
    ArrayNode endpoints = json.putArray("endpoints");
    webhooks
        .endpoints()
        .forEach(e -> endpoints.addObject().put("id", e.id()).put("partnerId", e.partnerId()));
    json.put("pending", webhooks.pending());
    json.set("attempts", attempts(webhooks.attempts()));
    json.set("abandoned", attempts(webhooks.abandoned()));
    return json;
  }

  private static ArrayNode attempts(List<WebhookDispatcher.Attempt> attempts) {
    ArrayNode json = MockJson.array();
    for (int i = attempts.size() - 1; i >= Math.max(0, attempts.size() - MAX_ITEMS); i--) {
      WebhookDispatcher.Attempt attempt = attempts.get(i);
      json.addObject()
          .put("endpointId", attempt.endpointId())
          .put("eventId", attempt.eventId())
          .put("attempt", attempt.attempt())
          .put("status", attempt.status())
          .put("at", attempt.at().toString())
          .put("signature", attempt.signature());
    }
    return json;
  }

  /**
   * What is held: the ledger's open reservations (pending payouts) and the step-up challenges, each
   * with the current TOTP code of its wallet when the wallet has a secret.
   */
  static ObjectNode holds(Engine engine) {
    Instant now = engine.clock().now();
    ObjectNode json = MockJson.object();
    ArrayNode reservations = json.putArray("reservations");
    for (JournalEntry entry : engine.ledger().openReservations().values()) {
      reservations
          .addObject()
          .put("sequence", entry.sequence())
          .put("at", entry.at().toString())
          .put("type", entry.memo().type())
          .put("resourceId", entry.memo().resourceId())
          .set("legs", legs(entry.legs()));
    }
    ArrayNode challenges = json.putArray("challenges");
    List<ChallengeRecord> records = new ArrayList<>(engine.challenges().values());
    for (int i = records.size() - 1; i >= Math.max(0, records.size() - MAX_ITEMS); i--) {
      ChallengeRecord challenge = records.get(i);
      ObjectNode view = Views.challenge(challenge, challenge.status(now));
      view.put("walletId", challenge.walletId());
      view.put("heldRoute", challenge.held().route());
      engine
          .wallet(challenge.walletId())
          .flatMap(engine::totpSecret)
          .ifPresent(secret -> view.put("currentCode", Totp.defaults().generate(secret, now)));
      challenges.add(view);
    }
    return json;
  }
}
