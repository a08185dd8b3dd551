/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.BankAccount;
import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.BillPaymentRun;
import dev.walletsdk.model.BillPaymentStatus;
import dev.walletsdk.model.BillerId;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.ChallengeResult;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentStatus;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.Resource;
import dev.walletsdk.model.RewardsRedemption;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferStatus;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every operation that docs/openapi.yaml marks {@code x-receipt} returns its typed result with the
 * receipt verified, with request signing, field encryption, receipt verification and an automatic
 * step-up handler all on: money never moves while the caller is told the call failed.
 */
class ReceiptCoverageTest {
  private static final String ACCOUNT = "DE89370400440532013000";

  /** One way of calling a receipt-bearing operation; returns the resource whose receipt it got. */
  record Case(String operationId, String name, Function<SecureFixture, Resource> call) {}

  static final List<Case> CASES = new ArrayList<>();

  private static void add(String operationId, String name, Function<SecureFixture, Resource> call) {
    CASES.add(new Case(operationId, name, call));
  }

  static {
    add(
        "createPayment",
        "below the step-up threshold",
        s -> paid(s.f.pay("12.00"), Money.of("12.00", "EUR")));
    add(
        "createPayment",
        "held for step-up and confirmed inline",
        s -> paid(s.f.pay("150.00"), Money.of("150.00", "EUR")));
    add(
        "getPayment",
        "read back",
        s -> {
          Payment payment = s.f.pay("12.00");
          return paid(s.client.payments().get(payment.id()), Money.of("12.00", "EUR"));
        });
    add(
        "refundPayment",
        "partial refund",
        s -> {
          Payment payment = s.f.pay("12.00");
          Refund refund =
              s.client
                  .payments()
                  .refund(r -> r.payment(payment.id()).amount(Money.of("5.00", "EUR")));
          assertThat(refund.creditedAmount()).isEqualTo(Money.of("5.00", "EUR"));
          return refund;
        });
    add(
        "payQrCode",
        "held for step-up and confirmed inline",
        s ->
            paid(
                s.client.payments().payQr(r -> r.wallet(s.f.alice.id()).qr(s.f.demoQr("120.00"))),
                Money.of("120.00", "EUR")));
    add(
        "redeemPaymentToken",
        "merchant collects once",
        s -> {
          PaymentToken token = s.client.payments().createToken(r -> r.wallet(s.f.alice.id()));
          return paid(
              s.client
                  .payments()
                  .redeemToken(
                      r ->
                          r.payload(token.payload())
                              .merchant(s.mock.control().demoMerchant())
                              .amount(Money.of("3.00", "EUR"))),
              Money.of("3.00", "EUR"));
        });
    add(
        "createTransfer",
        "between wallets, held for step-up and confirmed inline",
        s -> transferTo(s, "150.00"));
    add("createTransfer", "payout with an encrypted account number", ReceiptCoverageTest::payout);
    add(
        "getTransfer",
        "read back",
        s -> {
          Transfer transfer = transferTo(s, "10.00");
          assertThat(s.client.transfers().get(transfer.id())).isEqualTo(transfer);
          return transfer;
        });
    add("createSplitBill", "two wallets by percentage", s -> split(s.f.splitBill()));
    add("getSplitBill", "read back", s -> split(s.client.splitBills().get(s.f.splitBill().id())));
    add(
        "createBillPayment",
        "now, held for step-up and confirmed inline",
        s -> {
          BillPayment bill = payBill(s, "150.00", null);
          assertThat(bill.status()).isEqualTo(BillPaymentStatus.COMPLETED);
          return bill;
        });
    add(
        "createBillPayment",
        "scheduled",
        s -> {
          BillPayment bill = payBill(s, "20.00", s.mock.control().now().plus(Duration.ofDays(1)));
          assertThat(bill.status()).isEqualTo(BillPaymentStatus.SCHEDULED);
          return bill;
        });
    add(
        "getBillPayment",
        "after its scheduled run",
        s -> {
          BillPayment bill = payBill(s, "20.00", s.mock.control().now().plus(Duration.ofDays(1)));
          s.mock.control().advanceClock(Duration.ofDays(2));
          BillPayment after = s.client.billPayments().get(bill.id());
          assertThat(after.status()).isEqualTo(BillPaymentStatus.COMPLETED);
          assertThat(after.runs()).extracting(BillPaymentRun::succeeded).containsExactly(true);
          return after;
        });
    add(
        "cancelBillPayment",
        "before its first run",
        s -> {
          BillPayment bill = payBill(s, "20.00", s.mock.control().now().plus(Duration.ofDays(3)));
          BillPayment cancelled = s.client.billPayments().cancel(bill.id());
          assertThat(cancelled.status()).isEqualTo(BillPaymentStatus.CANCELLED);
          return cancelled;
        });
    add("redeemRewards", "two blocks", ReceiptCoverageTest::redeem);
    add(
        "getRedemption",
        "read back",
        s -> {
          RewardsRedemption redemption = redeem(s);
          assertThat(s.client.rewards().redemption(redemption.id())).isEqualTo(redemption);
          return redemption;
        });
    add(
        "depositToPot",
        "from the available balance",
        s -> {
          Pot pot = pot(s);
          return s.client.pots().deposit(pot.id(), Money.of("5.00", "EUR"));
        });
    add(
        "withdrawFromPot",
        "back to the available balance",
        s -> {
          Pot pot = pot(s);
          s.client.pots().deposit(pot.id(), Money.of("5.00", "EUR"));
          PotMove move = s.client.pots().withdraw(pot.id(), Money.of("2.00", "EUR"));
          assertThat(move.potBalanceAfter()).isEqualTo(Money.of("3.00", "EUR"));
          return move;
        });
    add(
        "payInvoice",
        "of a business wallet's invoice",
        s -> {
          dev.walletsdk.model.WalletId business =
              s.mock.control().openBusinessWallet("Acme Ltd", CurrencyCode.EUR);
          dev.walletsdk.model.Invoice invoice =
              s.client
                  .invoices()
                  .issue(
                      r ->
                          r.wallet(business)
                              .currency(CurrencyCode.EUR)
                              .line(
                                  dev.walletsdk.model.InvoiceLineRequest.of(
                                      "Design", 1, Money.of("5.00", "EUR"), 0))
                              .dueDate(java.time.LocalDate.of(2030, 1, 1)));
          dev.walletsdk.model.InvoicePayment payment =
              s.client
                  .invoices()
                  .pay(dev.walletsdk.model.InvoicePaymentRequest.of(s.f.alice.id(), invoice.id()));
          assertThat(payment.amountDueAfter()).isEqualTo(Money.of("0.00", "EUR"));
          return payment;
        });
    add(
        "confirmChallenge",
        "by the caller, for a held transfer",
        s -> {
          Challenge challenge = s.held(() -> transferTo(s, "150.00"));
          ChallengeResult result = s.client.challenges().confirm(challenge, s.totp());
          assertThat(result.resultAs(Transfer.class).orElseThrow().status())
              .isEqualTo(TransferStatus.COMPLETED);
          return result.result();
        });
  }

  private static Payment paid(Payment payment, Money amount) {
    assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
    assertThat(payment.amount()).isEqualTo(amount);
    return payment;
  }

  private static Transfer transferTo(SecureFixture s, String amount) {
    Transfer transfer =
        s.client
            .transfers()
            .create(r -> r.from(s.f.alice.id()).to(s.f.bob.id()).amount(Money.of(amount, "EUR")));
    assertThat(transfer.status()).isEqualTo(TransferStatus.COMPLETED);
    return transfer;
  }

  private static Transfer payout(SecureFixture s) {
    Transfer transfer =
        s.client
            .transfers()
            .create(
                r ->
                    r.from(s.f.alice.id())
                        .toAccount(BankAccount.of("Bob Builder", ACCOUNT, "COBADEFF"))
                        .amount(Money.of("25.00", "EUR")));
    assertThat(transfer.status()).isEqualTo(TransferStatus.PENDING);
    assertThat(transfer.destinationAccount().orElseThrow().accountNumberLast4()).isEqualTo("3000");
    return transfer;
  }

  private static SplitBill split(SplitBill bill) {
    assertThat(bill.participants())
        .extracting(share -> share.amount().orElseThrow())
        .containsExactly(Money.of("6.67", "EUR"), Money.of("3.33", "EUR"));
    return bill;
  }

  private static BillPayment payBill(
      SecureFixture s, String amount, java.time.@org.jspecify.annotations.Nullable Instant at) {
    return s.client
        .billPayments()
        .create(
            r -> {
              r.wallet(s.f.alice.id())
                  .biller(BillerId.of("blr_citypower"))
                  .customerReference("0012345678")
                  .amount(Money.of(amount, "EUR"));
              if (at != null) {
                r.scheduledFor(at);
              }
            });
  }

  private static Pot pot(SecureFixture s) {
    return s.client
        .pots()
        .create(r -> r.wallet(s.f.alice.id()).name("Holiday").currency(CurrencyCode.EUR));
  }

  private static RewardsRedemption redeem(SecureFixture s) {
    s.f.rewardsProgram();
    s.f.pay("30.00");
    RewardsRedemption redemption =
        s.client
            .rewards()
            .redeem(r -> r.wallet(s.f.alice.id()).points(200).currency(CurrencyCode.EUR));
    assertThat(redemption.amount()).isEqualTo(Money.of("2.00", "EUR"));
    return redemption;
  }

  /** The resource as the recording verifier names it: {@code "<object> <id>"}. */
  private static String verifiedName(Resource resource) {
    if (resource instanceof Payment payment) {
      return "payment " + payment.id().value();
    } else if (resource instanceof Refund refund) {
      return "refund " + refund.id().value();
    } else if (resource instanceof Transfer transfer) {
      return "transfer " + transfer.id().value();
    } else if (resource instanceof SplitBill bill) {
      return "split_bill " + bill.id().value();
    } else if (resource instanceof BillPayment bill) {
      return "bill_payment " + bill.id().value();
    } else if (resource instanceof RewardsRedemption redemption) {
      return "rewards_redemption " + redemption.id().value();
    } else if (resource instanceof PotMove move) {
      return "pot_move " + move.id().value();
    } else if (resource instanceof dev.walletsdk.model.InvoicePayment payment) {
      return "invoice_payment " + payment.id().value();
    }
    throw new AssertionError("not a receipt-bearing resource: " + resource);
  }

  /** The operations the contract marks {@code x-receipt}, with the receipt's JSON pointer. */
  static Map<String, Object> receiptBearingOperations() {
    Map<String, Object> marked = new TreeMap<>();
    for (PathItem path :
        new OpenAPIV3Parser()
            .read(OpenApiContractTest.CONTRACT.toUri().toString())
            .getPaths()
            .values()) {
      for (Operation operation : path.readOperations()) {
        if (operation.getExtensions() != null
            && operation.getExtensions().containsKey("x-receipt")) {
          marked.put(operation.getOperationId(), operation.getExtensions().get("x-receipt"));
        }
      }
    }
    return marked;
  }

  @Test
  void everyReceiptBearingOperationOfTheContractIsWalked() {
    assertThat(CASES.stream().map(Case::operationId).distinct().sorted())
        .containsExactlyElementsOf(receiptBearingOperations().keySet());
  }

  @Test
  void theContractNamesWhereEachReceiptIs() {
    Map<String, Object> marked = receiptBearingOperations();

    assertThat(marked)
        .containsEntry("confirmChallenge", "/result/receipt")
        .containsEntry("refundPayment", "/receipt");
    assertThat(marked.values()).containsOnly("/receipt", "/result/receipt");
  }

  @TestFactory
  Stream<DynamicTest> everyReceiptBearingOperationReturnsItsResultWithTheReceiptVerified() {
    return CASES.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.operationId() + ": " + c.name(),
                    () -> {
                      SecureFixture secure = new SecureFixture();
                      Resource result;
                      try {
                        result = c.call().apply(secure);
                      } finally {
                        secure.client.close();
                      }
                      List<String> verified = secure.receipts.verified();
                      assertThat(verified).isNotEmpty();
                      assertThat(verified.get(verified.size() - 1)).isEqualTo(verifiedName(result));
                      assertThat(secure.mock.ledger().audit().violations()).isEmpty();
                      secure.f.assertFollowsContract(new ContractAudit(ContractSchemas.shared()));
                    }));
  }
}
