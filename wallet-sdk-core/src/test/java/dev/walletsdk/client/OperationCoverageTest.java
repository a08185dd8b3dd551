/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.walletsdk.StepUpRequiredException;
import dev.walletsdk.client.okhttp.OkHttpTransports;
import dev.walletsdk.crypto.HpkeFieldEncryptor;
import dev.walletsdk.mock.MockHttpServer;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.mock.WebhookDelivery;
import dev.walletsdk.model.Address;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentStatus;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.DataExport;
import dev.walletsdk.model.EventQuery;
import dev.walletsdk.model.Identity;
import dev.walletsdk.model.KycLevel;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentStatus;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.PaymentTokenStatus;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.PotStatus;
import dev.walletsdk.model.Quote;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.Wallet;
import dev.walletsdk.model.WalletKind;
import dev.walletsdk.model.WalletStatus;
import dev.walletsdk.qr.MerchantAccount;
import dev.walletsdk.qr.MerchantQr;
import dev.walletsdk.qr.PointOfInitiation;
import dev.walletsdk.spi.Transport;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation of docs/openapi.yaml has a client method, and each is proven against the mock:
 * in-process, and over loopback HTTP with the OkHttp and the JDK transport.
 */
class OperationCoverageTest {
  /** The exchanges and webhook deliveries of the in-process runs, checked against the contract. */
  static final ContractAudit IN_PROCESS = new ContractAudit(ContractSchemas.shared());

  /** The same over loopback HTTP, with both transports. */
  static final ContractAudit OVER_HTTP = new ContractAudit(ContractSchemas.shared());

  /**
   * A mock with two funded wallets and a client bound to it, whose exchanges and webhook deliveries
   * are recorded.
   */
  static final class Fixture {
    final MockWalletServer mock;
    final WalletClient client;
    final Wallet alice;
    final Wallet bob;
    final RecordingTransport recorder;
    final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    private final WalletClient.Builder builder;
    private dev.walletsdk.model.@Nullable WalletId business;

    Fixture(
        MockWalletServer mock, Transport transport, UnaryOperator<WalletClient.Builder> settings) {
      this.mock = mock;
      this.recorder = new RecordingTransport(transport);
      this.builder =
          settings.apply(WalletClient.builder().transport(recorder).apiKey(mock.apiKey()));
      this.client = builder.build();
      mock.webhooks()
          .addReceiver(
              delivery -> {
                deliveries.add(delivery);
                return 200;
              });
      mock.control().setRate(CurrencyCode.EUR, CurrencyCode.USD, new BigDecimal("1.10"));
      this.alice = client.wallets().open(r -> r.displayName("Alice").currency("EUR"));
      this.bob = client.wallets().open(r -> r.displayName("Bob").currency("EUR").currency("USD"));
      mock.control().fund(alice.id(), Money.of("1000.00", "EUR"));
    }

    /**
     * Delivers the webhooks due and checks every exchange and delivery so far against the contract.
     */
    void assertFollowsContract(ContractAudit audit) {
      mock.webhooks().deliverDue();
      audit.assertFollowsContract(recorder.exchanges(), deliveries);
    }

    /** An invoice of a new business wallet: 2 x 12.50 EUR at 19 %, 29.75 EUR in all. */
    dev.walletsdk.model.Invoice invoice(boolean partial) {
      if (business == null) {
        business = mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
      }
      dev.walletsdk.model.WalletId issuer = business;
      return client
          .invoices()
          .issue(
              r ->
                  r.wallet(issuer)
                      .currency(CurrencyCode.EUR)
                      .line(
                          dev.walletsdk.model.InvoiceLineRequest.of(
                              "Design", 2, Money.of("12.50", "EUR"), 1900))
                      .dueDate(LocalDate.of(2030, 1, 1))
                      .allowPartialPayments(partial));
    }

    /** A client like {@link #client} that encrypts personal data to the mock's key. */
    WalletClient encrypting() {
      return builder
          .fieldEncryption(HpkeFieldEncryptor.forServerKeys(client.keys().list()))
          .build();
    }

    Identity identity() {
      return Identity.builder()
          .fullName("Alice Example")
          .dateOfBirth(LocalDate.of(1990, 1, 1))
          .nationalId("X1234567")
          .address(
              Address.builder()
                  .line1("Main Street 1")
                  .city("Berlin")
                  .postalCode("10115")
                  .country("DE")
                  .build())
          .build();
    }

    Payment pay(String amount) {
      return client
          .payments()
          .create(
              r ->
                  r.wallet(alice.id())
                      .merchant(mock.control().demoMerchant())
                      .amount(Money.of(amount, "EUR")));
    }

    MerchantQr demoQr(String amount) {
      return MerchantQr.builder()
          .pointOfInitiation(PointOfInitiation.DYNAMIC)
          .merchantAccount(MerchantAccount.walletMerchant(mock.control().demoMerchant()))
          .merchantCategoryCode("5812")
          .amount(Money.of(amount, "EUR"))
          .countryCode("DE")
          .merchantName("Demo Merchant")
          .merchantCity("Berlin")
          .build();
    }

    BillPayment payBill(java.time.@org.jspecify.annotations.Nullable Instant scheduledFor) {
      return client
          .billPayments()
          .create(
              r -> {
                r.wallet(alice.id())
                    .biller(BillerId.of("blr_citypower"))
                    .customerReference("0012345678")
                    .amount(Money.of("20.00", "EUR"));
                if (scheduledFor != null) {
                  r.scheduledFor(scheduledFor);
                }
              });
    }

    SplitBill splitBill() {
      mock.control().fund(bob.id(), Money.of("20.00", "EUR"));
      return client
          .splitBills()
          .create(
              r ->
                  r.merchant(mock.control().demoMerchant())
                      .amount(Money.of("10.00", "EUR"))
                      .percentage(alice.id(), new BigDecimal("66.6667"))
                      .percentage(bob.id(), new BigDecimal("33.3333")));
    }

    void rewardsProgram() {
      mock.control().setRewardsEarnRule(CurrencyCode.EUR, 10);
      mock.control().setRewardsRedemptionRate(100, Money.of("1.00", "EUR"));
    }

    dev.walletsdk.model.Budget budget() {
      return client
          .budgets()
          .create(
              r ->
                  r.wallet(alice.id())
                      .category("5999")
                      .period(dev.walletsdk.model.SpendingPeriod.MONTH)
                      .amount(Money.of("50.00", "EUR"))
                      .thresholds(80, 50));
    }

    dev.walletsdk.model.Offer offer() {
      return client
          .offers()
          .create(
              r ->
                  r.merchant(mock.control().demoMerchant())
                      .title("Spring deal")
                      .currency(CurrencyCode.EUR)
                      .percentOff(10)
                      .perHolderLimit(3)
                      .validUntil(mock.control().now().plus(java.time.Duration.ofDays(30))));
    }

    dev.walletsdk.model.Voucher voucher() {
      return client.offers().issue(offer().id(), alice.id());
    }

    Pot pot(String name) {
      return client.pots().create(r -> r.wallet(alice.id()).name(name).currency(CurrencyCode.EUR));
    }

    dev.walletsdk.model.PayoutBatch payoutBatch() {
      dev.walletsdk.model.WalletId business =
          mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
      mock.control().fund(business, Money.of("100.00", "EUR"));
      return client
          .payoutBatches()
          .submit(
              r ->
                  r.wallet(business)
                      .currency(CurrencyCode.EUR)
                      .items(
                          java.util.List.of(
                              dev.walletsdk.model.PayoutItem.of(
                                  "a", alice.id(), Money.of("10.00", "EUR")),
                              dev.walletsdk.model.PayoutItem.of(
                                  "b", bob.id(), Money.of("2.50", "EUR")))));
    }

    Quote quote() {
      return client
          .quotes()
          .create(r -> r.wallet(alice.id()).sell(Money.of("10.00", "EUR")).buy("USD"));
    }
  }

  /** One proof per operationId of the contract. */
  static final Map<String, Consumer<Fixture>> OPERATIONS = new LinkedHashMap<>();

  static {
    OPERATIONS.put(
        "openWallet",
        f -> {
          Wallet opened =
              f.client
                  .wallets()
                  .open(r -> r.displayName("Carol").currency("GBP").kind(WalletKind.BUSINESS));
          assertThat(opened.currencies()).containsExactly(CurrencyCode.GBP);
          assertThat(opened.kind()).isEqualTo(WalletKind.BUSINESS);
        });
    OPERATIONS.put("listWallets", f -> assertThat(f.client.wallets().list().stream()).hasSize(2));
    OPERATIONS.put(
        "getWallet", f -> assertThat(f.client.wallets().get(f.alice.id())).isEqualTo(f.alice));
    OPERATIONS.put(
        "getBalances",
        f ->
            assertThat(f.client.balances().get(f.alice.id(), CurrencyCode.EUR).available())
                .isEqualTo(Money.of("1000.00", "EUR")));
    OPERATIONS.put(
        "listTransactions",
        f ->
            assertThat(f.client.transactions().list(q -> q.wallet(f.alice.id())).stream())
                .hasSize(1));
    OPERATIONS.put(
        "createQuote",
        f -> assertThat(f.quote().buyAmount().currency()).isEqualTo(CurrencyCode.USD));
    OPERATIONS.put(
        "listQuotes",
        f -> {
          Quote quote = f.quote();
          assertThat(f.client.quotes().list(f.alice.id()).stream()).containsExactly(quote);
        });
    OPERATIONS.put(
        "getQuote",
        f -> {
          Quote quote = f.quote();
          assertThat(f.client.quotes().get(quote.id())).isEqualTo(quote);
        });
    OPERATIONS.put(
        "createPayment",
        f -> assertThat(f.pay("12.00").status()).isEqualTo(PaymentStatus.SUCCEEDED));
    OPERATIONS.put(
        "getPayment",
        f -> {
          Payment payment = f.pay("12.00");
          assertThat(f.client.payments().get(payment.id())).isEqualTo(payment);
        });
    OPERATIONS.put(
        "refundPayment",
        f -> {
          Payment payment = f.pay("12.00");
          assertThat(f.client.payments().refund(r -> r.payment(payment.id())).creditedAmount())
              .isEqualTo(Money.of("12.00", "EUR"));
        });
    OPERATIONS.put(
        "createTransfer",
        f -> {
          Quote quote = f.quote();
          Transfer transfer =
              f.client.transfers().create(r -> r.from(f.alice.id()).to(f.bob.id()).quote(quote));
          assertThat(transfer.destinationAmount().currency()).isEqualTo(CurrencyCode.USD);
        });
    OPERATIONS.put(
        "getTransfer",
        f -> {
          Transfer transfer =
              f.client
                  .transfers()
                  .create(r -> r.from(f.alice.id()).to(f.bob.id()).amount(Money.of("1.00", "EUR")));
          assertThat(f.client.transfers().get(transfer.id())).isEqualTo(transfer);
        });
    OPERATIONS.put(
        "payQrCode",
        f ->
            assertThat(
                    f.client
                        .payments()
                        .payQr(r -> r.wallet(f.alice.id()).qr(f.demoQr("7.50")))
                        .amount())
                .isEqualTo(Money.of("7.50", "EUR")));
    OPERATIONS.put(
        "createPaymentToken",
        f ->
            assertThat(f.client.payments().createToken(r -> r.wallet(f.alice.id())).status())
                .isEqualTo(PaymentTokenStatus.ACTIVE));
    OPERATIONS.put(
        "getPaymentToken",
        f -> {
          PaymentToken token = f.client.payments().createToken(r -> r.wallet(f.alice.id()));
          assertThat(f.client.payments().getToken(token.id())).isEqualTo(token);
        });
    OPERATIONS.put(
        "redeemPaymentToken",
        f -> {
          PaymentToken token = f.client.payments().createToken(r -> r.wallet(f.alice.id()));
          Payment payment =
              f.client
                  .payments()
                  .redeemToken(
                      r ->
                          r.payload(token.payload())
                              .merchant(f.mock.control().demoMerchant())
                              .amount(Money.of("3.00", "EUR")));
          assertThat(payment.walletId()).isEqualTo(f.alice.id());
          assertThat(f.client.payments().getToken(token.id()).paymentId()).hasValue(payment.id());
        });
    OPERATIONS.put(
        "createSplitBill",
        f ->
            assertThat(f.splitBill().participants())
                .extracting(share -> share.amount().orElseThrow())
                .containsExactly(Money.of("6.67", "EUR"), Money.of("3.33", "EUR")));
    OPERATIONS.put(
        "getSplitBill",
        f -> {
          SplitBill bill = f.splitBill();
          assertThat(f.client.splitBills().get(bill.id())).isEqualTo(bill);
        });
    OPERATIONS.put(
        "listBillers",
        f ->
            assertThat(f.client.billPayments().billers())
                .extracting(biller -> biller.id().value())
                .contains("blr_citypower"));
    OPERATIONS.put(
        "createBillPayment",
        f -> assertThat(f.payBill(null).status()).isEqualTo(BillPaymentStatus.COMPLETED));
    OPERATIONS.put(
        "getBillPayment",
        f -> {
          BillPayment bill = f.payBill(null);
          assertThat(f.client.billPayments().get(bill.id())).isEqualTo(bill);
        });
    OPERATIONS.put(
        "cancelBillPayment",
        f -> {
          BillPayment bill = f.payBill(f.mock.control().now().plus(Duration.ofDays(3)));
          assertThat(f.client.billPayments().cancel(bill.id()).status())
              .isEqualTo(BillPaymentStatus.CANCELLED);
        });
    OPERATIONS.put(
        "getRewardsProgram",
        f -> {
          f.rewardsProgram();
          assertThat(f.client.rewards().program().earnRules()).containsEntry(CurrencyCode.EUR, 10L);
        });
    OPERATIONS.put(
        "getRewardsAccount",
        f -> {
          f.rewardsProgram();
          f.pay("12.50");
          assertThat(f.client.rewards().account(f.alice.id()).points()).isEqualTo(125);
        });
    OPERATIONS.put(
        "listRewardsHistory",
        f -> {
          f.rewardsProgram();
          f.pay("1.00");
          f.pay("2.00");
          assertThat(f.client.rewards().history(f.alice.id()).stream().map(RewardsEntry::points))
              .containsExactly(20L, 10L);
        });
    OPERATIONS.put(
        "redeemRewards",
        f -> {
          f.rewardsProgram();
          f.pay("30.00");
          assertThat(
                  f.client
                      .rewards()
                      .redeem(r -> r.wallet(f.alice.id()).points(200).currency(CurrencyCode.EUR))
                      .amount())
              .isEqualTo(Money.of("2.00", "EUR"));
        });
    OPERATIONS.put(
        "getRedemption",
        f -> {
          f.rewardsProgram();
          f.pay("30.00");
          RewardsRedemption redemption =
              f.client
                  .rewards()
                  .redeem(r -> r.wallet(f.alice.id()).points(100).currency(CurrencyCode.EUR));
          assertThat(f.client.rewards().redemption(redemption.id())).isEqualTo(redemption);
        });
    OPERATIONS.put(
        "listKycLevels",
        f -> {
          f.mock
              .control()
              .setKycLimits(KycLevel.BASIC, CurrencyCode.EUR, Money.of("150.00", "EUR"), null);
          assertThat(f.client.kyc().levels())
              .extracting(tier -> tier.limits().size())
              .containsExactly(0, 1, 0);
        });
    OPERATIONS.put(
        "upgradeKyc",
        f -> {
          Wallet carol = f.client.wallets().open(r -> r.displayName("Carol").currency("EUR"));
          assertThat(
                  f.encrypting()
                      .kyc()
                      .upgrade(
                          r -> r.wallet(carol.id()).level(KycLevel.FULL).identity(f.identity()))
                      .level())
              .isEqualTo(KycLevel.FULL);
        });
    OPERATIONS.put(
        "exportData",
        f -> {
          DataExport export = f.client.privacy().export(f.alice.id());
          assertThat(export.walletId()).isEqualTo(f.alice.id());
          assertThat(export.json()).startsWith("{\"object\":\"data_export\"").contains("Alice");
        });
    OPERATIONS.put(
        "eraseWallet",
        f -> {
          Wallet carol = f.client.wallets().open(r -> r.displayName("Carol").currency("EUR"));
          assertThat(f.client.privacy().erase(carol.id()).pseudonym())
              .isEqualTo(carol.id().value());
          assertThat(f.client.wallets().get(carol.id()).status()).isEqualTo(WalletStatus.ERASED);
        });
    OPERATIONS.put(
        "getSpending",
        f -> {
          f.pay("12.50");
          assertThat(
                  f
                      .client
                      .budgets()
                      .spending(
                          q ->
                              q.wallet(f.alice.id())
                                  .period(dev.walletsdk.model.SpendingPeriod.MONTH)
                                  .currency(CurrencyCode.EUR))
                      .stream()
                      .map(line -> line.key() + " " + line.amount()))
              .containsExactly("5999 12.50 EUR");
        });
    OPERATIONS.put(
        "createBudget",
        f -> {
          dev.walletsdk.model.Budget budget = f.budget();
          f.pay("45.00");
          assertThat(budget.thresholds()).containsExactly(50, 80);
          assertThat(f.client.budgets().get(budget.id()).thresholdsReached())
              .containsExactly(50, 80);
        });
    OPERATIONS.put(
        "listBudgets",
        f -> {
          dev.walletsdk.model.Budget budget = f.budget();
          assertThat(f.client.budgets().list(f.alice.id()).stream()).containsExactly(budget);
        });
    OPERATIONS.put(
        "getBudget",
        f -> {
          dev.walletsdk.model.Budget budget = f.budget();
          assertThat(f.client.budgets().get(budget.id())).isEqualTo(budget);
        });
    OPERATIONS.put(
        "changeBudgetAmount",
        f -> {
          dev.walletsdk.model.Budget budget = f.budget();
          assertThat(
                  f.client.budgets().changeAmount(budget.id(), Money.of("75.00", "EUR")).amount())
              .isEqualTo(Money.of("75.00", "EUR"));
        });
    OPERATIONS.put(
        "deleteBudget",
        f -> {
          dev.walletsdk.model.Budget budget = f.budget();
          f.client.budgets().delete(budget.id());
          assertThat(f.client.budgets().list(f.alice.id()).stream()).isEmpty();
        });
    OPERATIONS.put("confirmChallenge", OperationCoverageTest::confirmsAHeldTransfer);
    OPERATIONS.put(
        "listEvents",
        f ->
            assertThat(f.client.events().list(EventQuery.builder().build()).stream())
                .extracting(event -> event.type().value())
                .containsExactly("wallet.created", "wallet.created", "wallet.funded"));
    OPERATIONS.put(
        "createPot",
        f -> assertThat(f.pot("Holiday").balance()).isEqualTo(Money.of("0.00", "EUR")));
    OPERATIONS.put(
        "listPots",
        f -> {
          f.pot("Holiday");
          f.pot("Car");
          assertThat(f.client.pots().list(f.alice.id()).stream().map(Pot::name))
              .containsExactly("Holiday", "Car");
        });
    OPERATIONS.put(
        "getPot",
        f -> {
          Pot pot = f.pot("Holiday");
          assertThat(f.client.pots().get(pot.id())).isEqualTo(pot);
        });
    OPERATIONS.put(
        "renamePot",
        f ->
            assertThat(f.client.pots().rename(f.pot("Holiday").id(), "Summer").name())
                .isEqualTo("Summer"));
    OPERATIONS.put(
        "closePot",
        f ->
            assertThat(f.client.pots().close(f.pot("Holiday").id()).status())
                .isEqualTo(PotStatus.CLOSED));
    OPERATIONS.put(
        "depositToPot",
        f -> {
          PotMove move = f.client.pots().deposit(f.pot("Holiday").id(), Money.of("12.34", "EUR"));
          assertThat(move.availableAfter()).isEqualTo(Money.of("987.66", "EUR"));
          assertThat(f.client.balances().get(f.alice.id(), CurrencyCode.EUR).inPots())
              .isEqualTo(Money.of("12.34", "EUR"));
        });
    OPERATIONS.put(
        "withdrawFromPot",
        f -> {
          Pot pot = f.pot("Holiday");
          f.client.pots().deposit(pot.id(), Money.of("12.34", "EUR"));
          assertThat(f.client.pots().withdraw(pot.id(), Money.of("2.34", "EUR")).potBalanceAfter())
              .isEqualTo(Money.of("10.00", "EUR"));
        });
    OPERATIONS.put(
        "listKeys",
        f ->
            assertThat(f.client.keys().list())
                .extracting(key -> key.use().name())
                .contains("FIELD_ENCRYPTION", "RECEIPT_SIGNING"));
    OPERATIONS.put("getRiskReview", OperationCoverageTest::followsAReviewedTransfer);
    OPERATIONS.put("createOffer", f -> assertThat(f.offer().percentOff()).contains(10));
    OPERATIONS.put(
        "getOffer",
        f -> {
          dev.walletsdk.model.Offer offer = f.offer();
          assertThat(f.client.offers().get(offer.id())).isEqualTo(offer);
        });
    OPERATIONS.put(
        "issueVoucher",
        f -> assertThat(f.voucher().status()).isEqualTo(dev.walletsdk.model.VoucherStatus.ISSUED));
    OPERATIONS.put(
        "listVouchers",
        f -> {
          dev.walletsdk.model.Voucher voucher = f.voucher();
          assertThat(f.client.vouchers().list(f.alice.id()).stream()).containsExactly(voucher);
        });
    OPERATIONS.put(
        "getVoucher",
        f -> {
          dev.walletsdk.model.Voucher voucher = f.voucher();
          dev.walletsdk.model.Payment paid =
              f.client
                  .payments()
                  .create(
                      r ->
                          r.wallet(f.alice.id())
                              .merchant(f.mock.control().demoMerchant())
                              .amount(Money.of("20.00", "EUR"))
                              .voucher(voucher.id()));
          assertThat(paid.discount()).contains(Money.of("2.00", "EUR"));
          assertThat(paid.debitedAmount()).isEqualTo(Money.of("18.00", "EUR"));
          assertThat(f.client.vouchers().get(voucher.id()).paymentId()).contains(paid.id());
        });
    OPERATIONS.put(
        "issueInvoice",
        f -> {
          dev.walletsdk.model.Invoice invoice = f.invoice(false);
          assertThat(invoice.total()).isEqualTo(Money.of("29.75", "EUR"));
          assertThat(invoice.status()).isEqualTo(dev.walletsdk.model.InvoiceStatus.OPEN);
        });
    OPERATIONS.put(
        "listInvoices",
        f -> {
          dev.walletsdk.model.Invoice first = f.invoice(false);
          dev.walletsdk.model.Invoice second = f.invoice(true);
          assertThat(f.client.invoices().list(first.walletId()).stream())
              .containsExactly(first, second);
        });
    OPERATIONS.put(
        "getInvoice",
        f -> {
          dev.walletsdk.model.Invoice invoice = f.invoice(false);
          assertThat(f.client.invoices().get(invoice.id())).isEqualTo(invoice);
        });
    OPERATIONS.put(
        "payInvoice",
        f -> {
          dev.walletsdk.model.Invoice invoice = f.invoice(true);
          dev.walletsdk.model.InvoicePayment payment =
              f.client
                  .invoices()
                  .pay(
                      dev.walletsdk.model.InvoicePaymentRequest.builder()
                          .wallet(f.alice.id())
                          .creditorReference(invoice.creditorReference())
                          .amount(Money.of("9.75", "EUR"))
                          .build());
          assertThat(payment.amountDueAfter()).isEqualTo(Money.of("20.00", "EUR"));
          assertThat(payment.invoiceStatus())
              .isEqualTo(dev.walletsdk.model.InvoiceStatus.PARTIALLY_PAID);
        });
    OPERATIONS.put(
        "voidInvoice",
        f ->
            assertThat(f.client.invoices().voidInvoice(f.invoice(false).id()).status())
                .isEqualTo(dev.walletsdk.model.InvoiceStatus.VOID));
    OPERATIONS.put(
        "creditInvoice",
        f -> {
          dev.walletsdk.model.Invoice invoice = f.invoice(false);
          dev.walletsdk.model.Invoice credited =
              f.client
                  .invoices()
                  .creditNote(
                      dev.walletsdk.model.CreditNoteRequest.builder()
                          .invoice(invoice.id())
                          .amount(Money.of("4.75", "EUR"))
                          .reason("Discount")
                          .build());
          assertThat(credited.amountDue()).isEqualTo(Money.of("25.00", "EUR"));
        });
    OPERATIONS.put(
        "getMembershipTiers",
        f -> {
          dev.walletsdk.model.MembershipTierTable table = f.client.membership().tiers();
          assertThat(table.currency()).isEqualTo(CurrencyCode.USD);
          assertThat(table.tier(dev.walletsdk.model.MembershipTier.GOLD).orElseThrow().minSpend())
              .isEqualTo(Money.of("2000.00", "USD"));
        });
    OPERATIONS.put(
        "getMembership",
        f -> {
          f.rewardsProgram();
          f.pay("12.50");
          dev.walletsdk.model.MembershipStatus status = f.client.membership().get(f.alice.id());
          assertThat(status.tier()).isEqualTo(dev.walletsdk.model.MembershipTier.STANDARD);
          assertThat(status.pointsInWindow()).isEqualTo(125);
          assertThat(status.next().orElseThrow().pointsNeeded()).isEqualTo(375);
        });
    OPERATIONS.put(
        "submitPayoutBatch",
        f -> {
          dev.walletsdk.model.PayoutBatch batch = f.payoutBatch();
          assertThat(batch.paidTotal()).isEqualTo(Money.of("12.50", "EUR"));
          assertThat(f.client.balances().get(f.bob.id(), CurrencyCode.EUR).available())
              .isEqualTo(Money.of("2.50", "EUR"));
        });
    OPERATIONS.put(
        "getPayoutBatch",
        f -> {
          dev.walletsdk.model.PayoutBatch batch = f.payoutBatch();
          assertThat(f.client.payoutBatches().get(batch.id())).isEqualTo(batch);
        });
    OPERATIONS.put(
        "listPayoutBatchItems",
        f ->
            assertThat(f.client.payoutBatches().items(f.payoutBatch().id()).stream())
                .extracting(dev.walletsdk.model.PayoutBatchItem::reference)
                .containsExactly("a", "b"));
  }

  /** A transfer held for review: the review read while pending, released, then the key's answer. */
  private static void followsAReviewedTransfer(Fixture f) {
    f.mock
        .control()
        .addRiskRule(
            f.mock.control().defaultPartner(),
            "new_payee",
            "hold",
            Map.of("currency", "EUR", "minAmount", "100.00"));
    dev.walletsdk.model.IdempotencyKey key = dev.walletsdk.model.IdempotencyKey.of("held-once");
    dev.walletsdk.PendingReviewException held =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            dev.walletsdk.PendingReviewException.class,
            () ->
                f.client
                    .transfers()
                    .create(
                        r ->
                            r.from(f.alice.id())
                                .to(f.bob.id())
                                .amount(Money.of("300.00", "EUR"))
                                .idempotencyKey(key)));
    assertThat(f.client.riskReviews().get(held.review().id())).isEqualTo(held.review());
    String transfer = f.mock.control().releaseRiskReview(held.review().id().value());
    dev.walletsdk.model.RiskReview released = f.client.riskReviews().get(held.review().id());
    assertThat(released.status()).isEqualTo(dev.walletsdk.model.RiskReviewStatus.RELEASED);
    assertThat(released.resultId()).contains(transfer);
    assertThat(
            f.client
                .transfers()
                .create(
                    r ->
                        r.from(f.alice.id())
                            .to(f.bob.id())
                            .amount(Money.of("300.00", "EUR"))
                            .idempotencyKey(key))
                .id()
                .value())
        .isEqualTo(transfer);
  }

  private static void confirmsAHeldTransfer(Fixture f) {
    f.mock.control().setStepUpThreshold(f.alice.id(), Money.of("100.00", "EUR"));
    f.mock.control().enrollTotp(f.alice.id());
    Challenge challenge =
        catchChallenge(
            () ->
                f.client
                    .transfers()
                    .create(
                        r ->
                            r.from(f.alice.id()).to(f.bob.id()).amount(Money.of("150.00", "EUR"))));
    ChallengeResult result =
        f.client.challenges().confirm(challenge, f.mock.control().currentTotp(f.alice.id()));
    assertThat(result.resultAs(Transfer.class).orElseThrow().status())
        .isEqualTo(TransferStatus.COMPLETED);
  }

  private static Challenge catchChallenge(Runnable call) {
    try {
      call.run();
    } catch (StepUpRequiredException e) {
      return e.challenge();
    }
    throw new AssertionError("expected a step-up challenge");
  }

  static TreeSet<String> contractOperations() {
    TreeSet<String> contract = new TreeSet<>();
    for (PathItem path :
        new OpenAPIV3Parser()
            .read(OpenApiContractTest.CONTRACT.toUri().toString())
            .getPaths()
            .values()) {
      for (Operation operation : path.readOperations()) {
        contract.add(operation.getOperationId());
      }
    }
    return contract;
  }

  @Test
  void everyOperationOfTheContractHasAProof() {
    assertThat(new TreeSet<>(OPERATIONS.keySet())).isEqualTo(contractOperations());
  }

  /**
   * Runs after the proofs of a stream: every operation of the contract had its requests and
   * responses validated against its schemas.
   */
  private static DynamicTest everyOperationWasValidated(String name, ContractAudit audit) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          System.out.printf(
              "contract validation %s: %d operations, %d exchanges, %d links evaluated, %d webhook"
                  + " deliveries of %d event types%n",
              name,
              audit.operations().size(),
              audit.exchanges(),
              audit.linksEvaluated(),
              audit.deliveries(),
              audit.eventTypes().size());
          assertThat(audit.operations()).isEqualTo(contractOperations());
        });
  }

  @TestFactory
  Stream<DynamicTest> everyOperationWorksInProcess() {
    Stream<DynamicTest> proofs =
        OPERATIONS.entrySet().stream()
            .map(
                operation ->
                    DynamicTest.dynamicTest(
                        operation.getKey(),
                        () -> {
                          MockWalletServer mock = MockWalletServer.inProcess();
                          Fixture fixture = new Fixture(mock, mock.transport(), b -> b);
                          try {
                            operation.getValue().accept(fixture);
                          } finally {
                            fixture.client.close();
                          }
                          assertThat(mock.ledger().audit().violations()).isEmpty();
                          fixture.assertFollowsContract(IN_PROCESS);
                        }));
    return Stream.concat(proofs, Stream.of(everyOperationWasValidated("in process", IN_PROCESS)));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationWorksOverLoopbackWithBothTransports() {
    Stream<DynamicTest> proofs =
        Stream.of("okhttp", "jdk")
            .flatMap(
                transport ->
                    OPERATIONS.entrySet().stream()
                        .map(
                            operation ->
                                DynamicTest.dynamicTest(
                                    transport + " " + operation.getKey(),
                                    () -> overLoopback(transport, operation.getValue()))));
    return Stream.concat(proofs, Stream.of(everyOperationWasValidated("over HTTP", OVER_HTTP)));
  }

  private static void overLoopback(String kind, Consumer<Fixture> operation) {
    MockWalletServer mock = MockWalletServer.inProcess();
    try (MockHttpServer server = mock.start(0);
        Transport transport =
            kind.equals("okhttp")
                ? OkHttpTransports.wrap(new OkHttpClient())
                : JdkHttpTransports.wrap(HttpClient.newHttpClient())) {
      Fixture fixture =
          new Fixture(
              mock,
              transport,
              b ->
                  b.baseUrl(server.baseUrl().toString())
                      .timeouts(Timeouts.of(Duration.ofSeconds(2), Duration.ofSeconds(5))));
      try {
        operation.accept(fixture);
      } finally {
        fixture.client.close();
      }
      fixture.assertFollowsContract(OVER_HTTP);
    }
    assertThat(mock.ledger().audit().violations()).isEmpty();
  }

  @Test
  void expiredQuoteIsRefusedWithTheTypedException() {
    MockWalletServer mock = MockWalletServer.inProcess();
    Fixture f = new Fixture(mock, mock.transport(), b -> b);
    try (WalletClient client = f.client) {
      Quote quote = f.quote();
      mock.control().advanceClock(Duration.ofSeconds(61));

      assertThatThrownBy(
              () ->
                  client.transfers().create(r -> r.from(f.alice.id()).to(f.bob.id()).quote(quote)))
          .isInstanceOf(dev.walletsdk.QuoteExpiredException.class);
    }
    f.assertFollowsContract(IN_PROCESS);
  }
}
