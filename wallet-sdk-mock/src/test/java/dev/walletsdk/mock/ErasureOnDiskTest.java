/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.crypto.Totp;
import dev.walletsdk.crypto.TotpSecret;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.WalletId;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Erasure reaches the disk: a holder goes through every feature that takes personal data, the
 * journal keeps that data sealed under the holder's key, erasure destroys the key, and after a
 * restart no file the mock wrote holds any of it in any form, while the ledger is unchanged.
 *
 * <p>A feature that takes personal data adds a {@link Step}: the values it sends and the calls that
 * send them.
 */
class ErasureOnDiskTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");
  private static final String BOB_NAME = "Bob Counterparty-Smith";

  /** One feature: the holder's personal values it writes, and the calls that write them. */
  private record Step(String feature, List<String> values, Consumer<Journey> calls) {}

  private static final List<Step> STEPS =
      List.of(
          new Step(
              "open wallet with identity",
              List.of(
                  "Zelda Q. Displayname",
                  "cust-zq-7781-ref",
                  "Zelda Amalthea Quorvath",
                  "1977-03-04"),
              j ->
                  j.zelda =
                      j.post(
                              "/v1/wallets",
                              Identities.with(
                                  "{\"displayName\":\"Zelda Q. Displayname\",\"currencies\":"
                                      + "[\"EUR\"],\"reference\":\"cust-zq-7781-ref\"}",
                                  j.identities.basic("Zelda Amalthea Quorvath", "1977-03-04")))
                          .text("/id")),
          new Step(
              "KYC upgrade with the full identity",
              List.of("ZQ99887766X", "Nebelgasse 917", "Quedlinburg", "PLZ-06484"),
              j -> j.post("/v1/wallets/" + j.zelda + "/kyc", j.kycFull())),
          new Step(
              "transfer to a wallet with description and reference",
              List.of("zq-transfer-description", "zq-transfer-ref-2231"),
              j ->
                  j.post(
                      "/v1/transfers",
                      j.transfer("10.00", "zq-transfer-description", "zq-transfer-ref-2231"))),
          new Step(
              "payout to a bank account",
              List.of("Zelda Accountholder", "DE44500105175407324931"),
              j ->
                  j.control.settlePayout(
                      TransferId.of(
                          j.post(
                                  "/v1/transfers",
                                  "{\"sourceWalletId\":\""
                                      + j.zelda
                                      + "\",\"destinationAccount\":{\"holderName\":"
                                      + "\"Zelda Accountholder\",\"accountNumber\":"
                                      + "\"DE44500105175407324931\"},\"amount\":"
                                      + MockApi.money("20.00", "EUR")
                                      + "}")
                              .text("/id")))),
          new Step(
              "payment and refund",
              List.of("zq-coffee-beans", "zq-pay-ref-5512", "zq-refund-reason-too-big"),
              j -> {
                String payment =
                    j.post(
                            "/v1/payments",
                            "{\"walletId\":\""
                                + j.zelda
                                + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                                + MockApi.money("30.00", "EUR")
                                + ",\"description\":\"zq-coffee-beans\","
                                + "\"reference\":\"zq-pay-ref-5512\"}")
                        .text("/id");
                j.post(
                    "/v1/payments/" + payment + "/refunds",
                    "{\"amount\":"
                        + MockApi.money("5.00", "EUR")
                        + ",\"reason\":\"zq-refund-reason-too-big\"}");
              }),
          new Step(
              "bill payment with a customer reference",
              List.of("0099887766", "zq-bill-description"),
              j ->
                  j.post(
                      "/v1/bill-payments",
                      "{\"walletId\":\""
                          + j.zelda
                          + "\",\"billerId\":\"blr_citypower\",\"customerReference\":"
                          + "\"0099887766\",\"amount\":"
                          + MockApi.money("40.00", "EUR")
                          + ",\"description\":\"zq-bill-description\"}")),
          new Step(
              "split bill",
              List.of("zq-split-description", "zq-split-reference"),
              j ->
                  j.post(
                      "/v1/split-bills",
                      "{\"merchantId\":\"mer_demo\",\"amount\":"
                          + MockApi.money("20.00", "EUR")
                          + ",\"participants\":[{\"walletId\":\""
                          + j.zelda
                          + "\",\"amount\":"
                          + MockApi.money("10.00", "EUR")
                          + "},{\"walletId\":\""
                          + j.bob
                          + "\",\"amount\":"
                          + MockApi.money("10.00", "EUR")
                          + "}],\"description\":\"zq-split-description\","
                          + "\"reference\":\"zq-split-reference\"}")),
          new Step(
              "QR payment",
              List.of("zq-qr-description", "zq-qr-table-four"),
              j ->
                  j.post(
                      "/v1/qr/payments",
                      "{\"walletId\":\""
                          + j.zelda
                          + "\",\"payload\":\""
                          + qr("12.50")
                          + "\",\"description\":\"zq-qr-description\","
                          + "\"reference\":\"zq-qr-table-four\"}")),
          new Step(
              "payment token redeemed by the merchant",
              List.of("zq-token-description", "zq-token-reference"),
              j -> {
                String payload =
                    j.post("/v1/qr/tokens", "{\"walletId\":\"" + j.zelda + "\"}").text("/payload");
                j.post(
                    "/v1/qr/tokens/redeem",
                    "{\"payload\":\""
                        + payload
                        + "\",\"merchantId\":\"mer_demo\",\"amount\":"
                        + MockApi.money("7.25", "EUR")
                        + ",\"description\":\"zq-token-description\","
                        + "\"reference\":\"zq-token-reference\"}");
              }),
          new Step(
              "savings pots named, renamed, used and closed, two open at once",
              List.of("Zelda Rainy-Day Pot", "Zelda Second Open Pot", "Zelda Renamed Pot"),
              j -> {
                String pot =
                    j.post(
                            "/v1/wallets/" + j.zelda + "/pots",
                            "{\"name\":\"Zelda Rainy-Day Pot\",\"currency\":\"EUR\"}")
                        .text("/id");
                String second =
                    j.post(
                            "/v1/wallets/" + j.zelda + "/pots",
                            "{\"name\":\"Zelda Second Open Pot\",\"currency\":\"EUR\"}")
                        .text("/id");
                j.post("/v1/pots/" + pot + "/rename", "{\"name\":\"Zelda Renamed Pot\"}");
                String amount = "{\"amount\":" + MockApi.money("2.00", "EUR") + "}";
                j.post("/v1/pots/" + pot + "/deposits", amount);
                j.post("/v1/pots/" + pot + "/withdrawals", amount);
                j.post("/v1/pots/" + pot + "/close", "{}");
                j.post("/v1/pots/" + second + "/close", "{}");
              }),
          new Step(
              "transfer held for step-up, then confirmed",
              List.of("zq-stepup-held-reference"),
              j -> {
                j.control.setStepUpThreshold(WalletId.of(j.zelda), Money.of("100.00", "EUR"));
                TotpSecret secret = j.control.enrollTotp(WalletId.of(j.zelda));
                Reply held =
                    j.api.post(
                        "/v1/transfers", j.transfer("150.00", null, "zq-stepup-held-reference"));
                assertThat(held.status()).isEqualTo(401);
                j.post(
                    "/v1/challenges/" + held.text("/challenge/id") + "/confirm",
                    "{\"otp\":\"" + Totp.defaults().generate(secret, j.control.now()) + "\"}");
              }));

  @TempDir Path dir;

  /** The state of one run, as the steps build it. */
  private static final class Journey {
    final MockWalletServer mock;
    final MockApi api;
    final MockControl control;
    final Identities identities;
    String zelda;
    String bob;

    Journey(MockWalletServer mock) {
      this.mock = mock;
      this.api = new MockApi(mock);
      this.control = mock.control();
      this.identities = new Identities(api);
    }

    Reply post(String path, String body) {
      Reply reply = api.post(path, body);
      if (reply.status() >= 300) {
        throw new AssertionError(path + " failed: " + reply.body());
      }
      return reply;
    }

    String kycFull() {
      ObjectNode identity = identities.basic("Zelda Amalthea Quorvath", "1977-03-04");
      identity.set("nationalId", identities.sealed("/identity/nationalId", "ZQ99887766X"));
      ObjectNode address = identity.putObject("address");
      Map.of(
              "line1", "Nebelgasse 917",
              "city", "Quedlinburg",
              "postalCode", "PLZ-06484",
              "country", "DE")
          .forEach((k, v) -> address.set(k, identities.sealed("/identity/address/" + k, v)));
      return Identities.with("{\"level\":\"full\"}", identity);
    }

    String transfer(String amount, String description, String reference) {
      return "{\"sourceWalletId\":\""
          + zelda
          + "\",\"destinationWalletId\":\""
          + bob
          + "\",\"amount\":"
          + MockApi.money(amount, "EUR")
          + (description == null ? "" : ",\"description\":\"" + description + "\"")
          + ",\"reference\":\""
          + reference
          + "\"}";
    }
  }

  private static List<String> values() {
    List<String> values = new ArrayList<>();
    STEPS.forEach(step -> values.addAll(step.values()));
    return values;
  }

  private static String qr(String amount) {
    return MerchantQr.builder()
        .pointOfInitiation(PointOfInitiation.DYNAMIC)
        .merchantAccount(MerchantAccount.walletMerchant(MerchantId.of("mer_demo")))
        .merchantCategoryCode("5812")
        .currency(CurrencyCode.EUR)
        .countryCode("DE")
        .merchantName("Demo Merchant")
        .merchantCity("Berlin")
        .amount(Money.of(amount, "EUR"))
        .build()
        .payload();
  }

  /** Runs every step for Zelda, with Bob as the counterparty, and leaves her wallet empty. */
  private static Journey run(MockWalletServer mock) {
    Journey j = new Journey(mock);
    j.control.setRewardsEarnRule(CurrencyCode.EUR, 10);
    j.control.setRewardsRedemptionRate(1, Money.of("0.01", "EUR"));
    j.bob = j.api.openWallet(BOB_NAME, "EUR");
    j.control.fund(WalletId.of(j.bob), Money.of("50.00", "EUR"));
    STEPS.get(0).calls().accept(j);
    j.control.fund(WalletId.of(j.zelda), Money.of("500.00", "EUR"));
    STEPS.subList(1, STEPS.size()).forEach(step -> step.calls().accept(j));
    long points = j.control.rewardsPoints(WalletId.of(j.zelda));
    j.post(
        "/v1/rewards/redemptions",
        "{\"walletId\":\"" + j.zelda + "\",\"points\":" + points + ",\"currency\":\"EUR\"}");
    j.post("/v1/wallets/" + j.zelda + "/data-export", "{}");
    j.control.setStepUpThreshold(WalletId.of(j.zelda), Money.of("100000.00", "EUR"));
    String left =
        j.api.get("/v1/wallets/" + j.zelda + "/balances").text("/balances/0/total/amount");
    j.post("/v1/transfers", Bodies.transfer(j.zelda, j.bob, left, "EUR"));
    return j;
  }

  /** What the API shows of both holders, every record and every event. */
  private static String visible(MockApi api, String zelda, String bob) {
    StringBuilder all = new StringBuilder();
    for (String wallet : List.of(zelda, bob)) {
      all.append(api.get("/v1/wallets/" + wallet).body());
      JsonNode history = api.get("/v1/wallets/" + wallet + "/transactions?limit=100").body();
      all.append(history);
      for (JsonNode entry : history.path("data")) {
        String resource = entry.path("resourceId").asText();
        String path =
            resource.startsWith("trf_")
                ? "/v1/transfers/"
                : resource.startsWith("pay_")
                    ? "/v1/payments/"
                    : resource.startsWith("bil_") ? "/v1/bill-payments/" : null;
        if (path != null) {
          all.append(api.get(path + resource).body());
        }
      }
    }
    return all.append(api.get("/v1/events?limit=100").body()).toString();
  }

  @Test
  void erasureLeavesNoPersonalDataInAnyFileAndReplaysToTheSameErasedState() {
    Path journal = dir.resolve("mock.journal");
    Path keyFile = dir.resolve("mock.journal.keys");
    List<String> values = values();
    MockWalletServer first = MockWalletServer.builder().startAt(START).journal(journal).build();
    Journey j = run(first);

    // Before erasure: sealed only, and every value opens with the key file.
    assertThat(DiskScan.scan(DiskScan.files(dir), values)).isEmpty();
    List<DiskScan.Sealed> sealed = DiskScan.sealed(journal);
    assertThat(opened(first, sealed, DiskScan.keys(keyFile))).containsAll(values);
    assertThat(DiskScan.envelopes(journal)).isEmpty();

    String ledger = first.ledger().exportJournal();
    first.control().restore(first.control().snapshot());
    assertThat(j.post("/v1/wallets/" + j.zelda + "/erasure", "{}").status()).isEqualTo(200);
    String erased = visible(j.api, j.zelda, j.bob);
    first.close();

    MockWalletServer second = MockWalletServer.builder().startAt(START).journal(journal).build();
    List<java.nio.file.Path> files = DiskScan.files(dir);
    List<DiskScan.Sealed> after = DiskScan.sealed(journal);
    Set<String> readable = opened(second, after, DiskScan.keys(keyFile));

    assertThat(DiskScan.scan(files, values)).isEmpty();
    assertThat(readable).doesNotContainAnyElementsOf(values).contains(BOB_NAME);
    assertThat(openedEnvelopes(second, journal)).doesNotContainAnyElementsOf(values);
    assertThat(DiskScan.keyIds(after)).hasSizeGreaterThan(DiskScan.keys(keyFile).size());
    assertThat(second.ledger().exportJournal()).isEqualTo(ledger);
    assertThat(second.ledger().audit().violations()).isEmpty();
    assertThat(visible(new MockApi(second), j.zelda, j.bob)).isEqualTo(erased);
    assertThat(erased).doesNotContain(values);
    System.out.printf(
        "scanned %d values in %d forms each over %d files (%s); %d sealed values%n",
        values.size(),
        DiskScan.forms(values.get(0)).size(),
        files.size(),
        files.stream().map(f -> f.getFileName().toString()).toList(),
        after.size());
    second.close();
  }

  /** Field-encryption envelopes in plain view in the journal, opened with the platform's key. */
  private static List<String> openedEnvelopes(MockWalletServer mock, Path journal) {
    List<String> texts = new ArrayList<>();
    for (DiskScan.Envelope envelope : DiskScan.envelopes(journal)) {
      texts.add(mock.runtime().security().decrypt(envelope.pointer(), envelope.node()));
    }
    return texts;
  }

  /**
   * Everything an attacker holding the files reads from the sealed values: each value opened with
   * the key file, and field-encryption envelopes inside opened with the platform's key.
   */
  private static Set<String> opened(
      MockWalletServer mock, List<DiskScan.Sealed> sealed, Map<String, byte[]> keys) {
    Set<String> texts = new java.util.LinkedHashSet<>();
    for (DiskScan.Sealed value : sealed) {
      JsonNode plain = DiskScan.open(value, keys);
      if (plain == null) {
        continue;
      }
      if (plain.isTextual()) {
        texts.add(plain.textValue());
      } else {
        texts.add(mock.runtime().security().decrypt(value.pointer(), plain));
      }
    }
    return texts;
  }
}
