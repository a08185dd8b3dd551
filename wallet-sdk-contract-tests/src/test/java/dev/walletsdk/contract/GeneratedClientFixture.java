/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.walletsdk.ApiKey;
import dev.walletsdk.generated.ApiClient;
import dev.walletsdk.generated.ApiException;
import dev.walletsdk.generated.api.BillPaymentsApi;
import dev.walletsdk.generated.api.BudgetsApi;
import dev.walletsdk.generated.api.ChallengesApi;
import dev.walletsdk.generated.api.EventsApi;
import dev.walletsdk.generated.api.KeysApi;
import dev.walletsdk.generated.api.KycApi;
import dev.walletsdk.generated.api.PaymentsApi;
import dev.walletsdk.generated.api.PayoutBatchesApi;
import dev.walletsdk.generated.api.PotsApi;
import dev.walletsdk.generated.api.PrivacyApi;
import dev.walletsdk.generated.api.QrApi;
import dev.walletsdk.generated.api.RewardsApi;
import dev.walletsdk.generated.api.RiskApi;
import dev.walletsdk.generated.api.SplitBillsApi;
import dev.walletsdk.generated.api.TransfersApi;
import dev.walletsdk.generated.api.WalletsApi;
import dev.walletsdk.generated.model.KnownCurrencyCode;
import dev.walletsdk.generated.model.Money;
import dev.walletsdk.generated.model.OpenWalletRequest;
import dev.walletsdk.generated.model.PositiveMoney;
import dev.walletsdk.generated.model.Problem;
import dev.walletsdk.mock.MockControl;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The standalone mock server on an ephemeral loopback port, and the client generated from {@code
 * docs/openapi.yaml} pointed at it. Every Wallet API call of the smoke tests goes through the
 * generated client; setup (funding, thresholds, TOTP codes, the clock) goes through the mock's
 * control plane.
 */
final class GeneratedClientFixture implements AutoCloseable {
  /** The only protocol version of Wallet API v1. */
  static final String VERSION = "2026-11-01";

  private final MockWalletServer mock;
  private final MockHttpServer server;
  private final AtomicInteger keys = new AtomicInteger();

  private GeneratedClientFixture(MockWalletServer mock, MockHttpServer server) {
    this.mock = mock;
    this.server = server;
  }

  /** Starts a fresh mock (manual clock, seed 0) over HTTP on 127.0.0.1 and an ephemeral port. */
  static GeneratedClientFixture start() {
    MockWalletServer mock = MockWalletServer.builder().build();
    return new GeneratedClientFixture(mock, mock.start(0));
  }

  MockControl control() {
    return mock.control();
  }

  /** A generated client of the default partner. */
  Client client() {
    return client(mock.apiKey());
  }

  /** A generated client sending {@code apiKey} as its bearer token. */
  Client client(ApiKey apiKey) {
    ApiClient api = new ApiClient();
    api.updateBaseUri(server.baseUrl().toString().replaceAll("/$", ""));
    api.setReadTimeout(Duration.ofSeconds(10));
    String bearer = "Bearer " + apiKey.reveal();
    api.setRequestInterceptor(request -> request.header("Authorization", bearer));
    return new Client(api);
  }

  /** A new idempotency key. */
  String key() {
    return "smoke-" + keys.incrementAndGet();
  }

  /** Money in a request: a positive amount in a currency the platform knows. */
  static PositiveMoney money(String amount, String currency) {
    return new PositiveMoney().amount(amount).currency(currency(currency));
  }

  /** Money as a response states it, for comparisons. */
  static Money stated(String amount, String currency) {
    return new Money().amount(amount).currency(currency);
  }

  /** A currency the platform knows, as requests name it. */
  static KnownCurrencyCode currency(String code) {
    return KnownCurrencyCode.fromValue(code);
  }

  @Override
  public void close() {
    server.close();
    mock.close();
  }

  /** The generated API classes over one {@link ApiClient}. */
  final class Client {
    final ApiClient api;
    final WalletsApi wallets;
    final PaymentsApi payments;
    final TransfersApi transfers;
    final ChallengesApi challenges;
    final EventsApi events;
    final KeysApi keys;
    final KycApi kyc;
    final PrivacyApi privacy;
    final QrApi qr;
    final RewardsApi rewards;
    final SplitBillsApi splitBills;
    final BillPaymentsApi billPayments;
    final BudgetsApi budgets;
    final RiskApi risk;
    final PotsApi pots;
    final dev.walletsdk.generated.api.OffersApi offers;
    final dev.walletsdk.generated.api.InvoicesApi invoices;
    final dev.walletsdk.generated.api.MembershipApi membership;
    final PayoutBatchesApi payoutBatches;

    private Client(ApiClient api) {
      this.api = api;
      this.wallets = new WalletsApi(api);
      this.payments = new PaymentsApi(api);
      this.transfers = new TransfersApi(api);
      this.challenges = new ChallengesApi(api);
      this.events = new EventsApi(api);
      this.keys = new KeysApi(api);
      this.kyc = new KycApi(api);
      this.privacy = new PrivacyApi(api);
      this.qr = new QrApi(api);
      this.rewards = new RewardsApi(api);
      this.splitBills = new SplitBillsApi(api);
      this.billPayments = new BillPaymentsApi(api);
      this.budgets = new BudgetsApi(api);
      this.risk = new RiskApi(api);
      this.pots = new PotsApi(api);
      this.offers = new dev.walletsdk.generated.api.OffersApi(api);
      this.invoices = new dev.walletsdk.generated.api.InvoicesApi(api);
      this.membership = new dev.walletsdk.generated.api.MembershipApi(api);
      this.payoutBatches = new PayoutBatchesApi(api);
    }

    /** Opens a wallet through {@code POST /v1/wallets}; returns its id. */
    String openWallet(String displayName, String currency) throws ApiException {
      OpenWalletRequest request =
          new OpenWalletRequest().displayName(displayName).currencies(Set.of(currency(currency)));
      return wallets.openWallet(VERSION, key(), request).getId();
    }

    /** The problem document of a failed call, decoded with the generated model. */
    Problem problem(ApiException failure) {
      try {
        return api.getObjectMapper().readValue(failure.getResponseBody(), Problem.class);
      } catch (JsonProcessingException e) {
        throw new AssertionError("not a problem document: " + failure.getResponseBody(), e);
      }
    }
  }
}
