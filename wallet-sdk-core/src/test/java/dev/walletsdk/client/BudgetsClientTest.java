/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.walletsdk.ConflictException;
import dev.walletsdk.ErrorCode;
import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.NotFoundException;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.Budget;
import dev.walletsdk.model.BudgetAlert;
import dev.walletsdk.model.BudgetRequest;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Event;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.MerchantId;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Page;
import dev.walletsdk.model.SpendingGroup;
import dev.walletsdk.model.SpendingLine;
import dev.walletsdk.model.SpendingPeriod;
import dev.walletsdk.model.SpendingQuery;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.spi.Transport;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spending analysis and budgets through the client, sync and async, in process and over HTTP. */
class BudgetsClientTest {
  private static final Instant START = Instant.parse("2026-12-02T09:00:00Z");

  private final MockWalletServer mock = MockWalletServer.builder().startAt(START).build();
  private MockHttpServer server;
  private Transport transport;
  private WalletClient client;
  private Wallet alice;
  private MerchantId grocer;
  private final OkHttpClient okHttp = new OkHttpClient();

  private void connect(String kind) {
    if (kind.equals("in-process")) {
      transport = mock.transport();
    } else {
      server = mock.start(0);
      transport =
          kind.equals("okhttp")
              ? OkHttpTransports.wrap(okHttp)
              : JdkHttpTransports.wrap(HttpClient.newHttpClient());
    }
    WalletClient.Builder builder =
        WalletClient.builder().transport(transport).apiKey(mock.apiKey());
    client = (server == null ? builder : builder.baseUrl(server.baseUrl().toString())).build();
    alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
    mock.control().fund(alice.id(), Money.of("300.00", "EUR"));
    grocer = mock.control().registerMerchant("Grocer", "5411");
  }

  @AfterEach
  void close() throws Exception {
    client.close();
    if (server != null) {
      transport.close();
      okHttp.connectionPool().evictAll(); // so the server stops at once, not after keep-alive
      server.close();
    }
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  private void pay(MerchantId merchant, String amount) {
    client
        .payments()
        .create(r -> r.wallet(alice.id()).merchant(merchant).amount(Money.of(amount, "EUR")));
  }

  private Budget groceries() {
    return client
        .budgets()
        .create(
            r ->
                r.wallet(alice.id())
                    .category("5411")
                    .period(SpendingPeriod.MONTH)
                    .amount(Money.of("50.00", "EUR"))
                    .thresholds(50, 80));
  }

  @ParameterizedTest
  @ValueSource(strings = {"in-process", "okhttp", "jdk"})
  void spendingAndBudgetsReadExactlyOverEveryTransport(String kind) {
    connect(kind);
    Budget budget = groceries();
    pay(grocer, "30.00");
    pay(mock.control().demoMerchant(), "12.34");
    pay(grocer, "25.00");

    List<SpendingLine> lines =
        client
            .budgets()
            .spending(
                q ->
                    q.wallet(alice.id())
                        .period(SpendingPeriod.MONTH)
                        .currency(CurrencyCode.EUR)
                        .limit(1))
            .stream()
            .toList();
    Budget read = client.budgets().get(budget.id());

    assertThat(lines)
        .extracting(line -> line.key() + " " + line.amount() + " " + line.previousAmount())
        .containsExactly("5411 55.00 EUR 0.00 EUR", "5999 12.34 EUR 0.00 EUR");
    assertThat(lines.get(0).budgetLimit().orElseThrow().remaining())
        .isEqualTo(Money.of("-5.00", "EUR"));
    assertThat(lines.get(0).periodStart()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(read.spent()).isEqualTo(Money.of("55.00", "EUR"));
    assertThat(read.thresholdsReached()).containsExactly(50, 80);
    assertThat(read.exceeded()).isTrue();
  }

  @Test
  void eventsCarryTypedBudgetAlerts() {
    connect("in-process");
    Budget budget = groceries();
    pay(grocer, "45.00");

    List<Event> alerts =
        client.events().list(EventQuery.builder().build()).stream()
            .filter(e -> e.type().value().startsWith("budget."))
            .toList();

    assertThat(alerts)
        .extracting(Event::type)
        .containsExactly(EventType.BUDGET_THRESHOLD_REACHED, EventType.BUDGET_THRESHOLD_REACHED);
    BudgetAlert alert = (BudgetAlert) alerts.get(1).data();
    assertThat(alert.budgetId()).isEqualTo(budget.id());
    assertThat(alert.thresholdReached()).hasValue(80);
    assertThat(alert.spent()).isEqualTo(Money.of("45.00", "EUR"));
  }

  @Test
  void directionsAndMerchantsPageAsynchronously() throws Exception {
    connect("in-process");
    pay(grocer, "10.00");
    SpendingQuery query =
        SpendingQuery.builder()
            .wallet(alice.id())
            .period(SpendingPeriod.DAY)
            .currency(CurrencyCode.EUR)
            .groupBy(SpendingGroup.DIRECTION)
            .build();

    Page<SpendingLine> page = client.async().budgets().spendingPage(query).get(5, TimeUnit.SECONDS);

    assertThat(page.data())
        .extracting(line -> line.key() + " " + line.amount() + " " + line.count())
        .containsExactly("in 300.00 EUR 1", "out 10.00 EUR 1");
    assertThat(page.nextCursor()).isEmpty();
  }

  @Test
  void asyncBudgetsAreCreatedChangedListedAndDeleted() throws Exception {
    connect("in-process");
    AsyncBudgets budgets = client.async().budgets();
    Budget created =
        budgets
            .create(
                BudgetRequest.builder()
                    .wallet(alice.id())
                    .category("5812")
                    .period(SpendingPeriod.WEEK)
                    .amount(Money.of("20.00", "EUR"))
                    .build())
            .get(5, TimeUnit.SECONDS);

    Budget changed =
        budgets.changeAmount(created.id(), Money.of("25.00", "EUR")).get(5, TimeUnit.SECONDS);
    Page<Budget> listed = budgets.list(alice.id(), null, 10).get(5, TimeUnit.SECONDS);
    budgets.delete(created.id()).get(5, TimeUnit.SECONDS);

    assertThat(created.thresholds()).containsExactly(80);
    assertThat(changed.amount()).isEqualTo(Money.of("25.00", "EUR"));
    assertThat(listed.data()).containsExactly(changed);
    assertThat(
            catchThrowableOfType(NotFoundException.class, () -> client.budgets().get(created.id())))
        .isNotNull();
  }

  @Test
  void serverRefusalsAreTypedAndChangeNothing() {
    connect("in-process");
    Budget budget = groceries();

    ConflictException duplicate = catchThrowableOfType(ConflictException.class, this::groceries);
    InvalidRequestException mismatch =
        catchThrowableOfType(
            InvalidRequestException.class,
            () -> client.budgets().changeAmount(budget.id(), Money.of("60.00", "USD")));

    assertThat(duplicate.code()).isEqualTo(ErrorCode.BUDGET_EXISTS);
    assertThat(mismatch.fieldErrors())
        .extracting(e -> e.field() + " " + e.code())
        .containsExactly("/amount/currency currency_mismatch");
    assertThat(client.budgets().get(budget.id()).amount()).isEqualTo(Money.of("50.00", "EUR"));
    assertThat(client.budgets().list(alice.id()).stream())
        .containsExactly(client.budgets().get(budget.id()));
  }

  @Test
  void badInputIsRefusedBeforeSending() {
    connect("in-process");
    BudgetRequest.Builder builder = BudgetRequest.builder();

    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> builder.category("54a1")))
        .hasMessage(
            "category must be an ISO 18245 merchant category code of 4 digits but was \"54a1\"");
    assertThat(
            catchThrowableOfType(
                InvalidRequestException.class, () -> builder.amount(Money.of("0.00", "EUR"))))
        .hasMessage("amount must be greater than zero but was 0.00 EUR");
    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> builder.thresholds(101)))
        .hasMessage("thresholds must be percentages from 1 to 100 but one was 101");
    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> SpendingPeriod.of("year")))
        .hasMessage("period must be day, week or month but was \"year\"");
    assertThat(
            catchThrowableOfType(
                InvalidRequestException.class,
                () ->
                    client
                        .budgets()
                        .changeAmount(
                            dev.walletsdk.model.BudgetId.of("bgt_x"), Money.of("-1.00", "EUR"))))
        .hasMessage("amount must be greater than zero but was -1.00 EUR");
  }
}
