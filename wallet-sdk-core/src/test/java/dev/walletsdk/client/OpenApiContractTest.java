/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.walletsdk.model.BillPayment;
import dev.walletsdk.model.Challenge;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.DataExportSummary;
import dev.walletsdk.model.Erasure;
import dev.walletsdk.model.EventType;
import dev.walletsdk.model.KycVerification;
import dev.walletsdk.model.Payment;
import dev.walletsdk.model.PaymentToken;
import dev.walletsdk.model.Pot;
import dev.walletsdk.model.PotMove;
import dev.walletsdk.model.Refund;
import dev.walletsdk.model.RewardsEntry;
import dev.walletsdk.model.SplitBill;
import dev.walletsdk.model.Transaction;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.Wallet;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/openapi.yaml, the Wallet API v1 contract, is a valid OpenAPI 3.1 document. */
class OpenApiContractTest {
  static final Path CONTRACT = Path.of("..", "docs", "openapi.yaml");

  private static SwaggerParseResult result;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    result = new OpenAPIV3Parser().readLocation(CONTRACT.toUri().toString(), null, options);
  }

  @Test
  void contractFileExists() {
    assertThat(CONTRACT).exists();
  }

  @Test
  void contractParsesWithoutErrors() {
    // No message at all: openapi-generator validates with the same parser and refuses to generate
    // on any error (a link's requestBody given as an object is one, although OpenAPI 3.1 allows
    // it; links therefore name body members in their description).
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
  }

  @Test
  void contractDefinesEveryV1Operation() {
    Set<String> operationIds = new TreeSet<>();
    OpenAPI api = result.getOpenAPI();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Operation operation : path.getValue().readOperations()) {
        operationIds.add(operation.getOperationId());
      }
    }

    assertThat(operationIds)
        .containsExactlyInAnyOrder(
            "openWallet",
            "listWallets",
            "getWallet",
            "getBalances",
            "listTransactions",
            "createQuote",
            "listQuotes",
            "getQuote",
            "createPayment",
            "getPayment",
            "refundPayment",
            "createTransfer",
            "getTransfer",
            "confirmChallenge",
            "listEvents",
            "listKeys",
            "payQrCode",
            "createPaymentToken",
            "getPaymentToken",
            "redeemPaymentToken",
            "createSplitBill",
            "getSplitBill",
            "listBillers",
            "createBillPayment",
            "getBillPayment",
            "cancelBillPayment",
            "getRewardsProgram",
            "getRewardsAccount",
            "listRewardsHistory",
            "redeemRewards",
            "getRedemption",
            "listKycLevels",
            "upgradeKyc",
            "exportData",
            "eraseWallet",
            "getSpending",
            "createBudget",
            "listBudgets",
            "getBudget",
            "changeBudgetAmount",
            "deleteBudget",
            "getRiskReview",
            "createPot",
            "listPots",
            "getPot",
            "renamePot",
            "closePot",
            "depositToPot",
            "withdrawFromPot",
            "createOffer",
            "getOffer",
            "issueVoucher",
            "listVouchers",
            "getVoucher",
            "issueInvoice",
            "listInvoices",
            "getInvoice",
            "voidInvoice",
            "creditInvoice",
            "payInvoice",
            "getMembershipTiers",
            "getMembership",
            "submitPayoutBatch",
            "getPayoutBatch",
            "listPayoutBatchItems");
  }

  @Test
  void everyProblemCodeOfTheSdkIsDocumented() throws Exception {
    String contract = Files.readString(CONTRACT);
    for (java.lang.reflect.Field field : dev.walletsdk.ErrorCode.class.getFields()) {
      String code = (String) field.get(null);
      boolean clientOnly =
          Set.of(
                  "connect_failed",
                  "timeout",
                  "connection_failed",
                  "cancelled",
                  "invalid_response",
                  "signature_verification_failed",
                  "decryption_failed")
              .contains(code);
      if (!clientOnly) {
        assertThat(contract).as("code %s", code).contains("`" + code + "`");
      }
    }
  }

  /** Codes only the mock's control plane ({@code /_mock/}) answers: not part of the API. */
  private static final Set<String> CONTROL_PLANE_CODES =
      Set.of(
          "invalid_control_request",
          "origin_not_allowed",
          "control_token_required",
          "control_token_invalid");

  @Test
  void everyProblemCodeTheMockAnswersIsInTheProblemTableWithItsStatus() throws Exception {
    Pattern problem = Pattern.compile("ApiProblem\\.of\\(\\s*([0-9]{3}),\\s*\"([a-z_]+)\"");
    String table = result.getOpenAPI().getComponents().getSchemas().get("Problem").getDescription();
    Set<String> missing = new TreeSet<>();
    Set<String> found = new TreeSet<>();
    try (Stream<Path> sources =
        Files.walk(Path.of("..", "wallet-sdk-mock", "src", "main", "java"))) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = problem.matcher(Files.readString(source));
        while (matcher.find()) {
          String row = "| " + matcher.group(1) + " | `" + matcher.group(2) + "` |";
          found.add(row);
          if (!CONTROL_PLANE_CODES.contains(matcher.group(2)) && !table.contains(row)) {
            missing.add(row);
          }
        }
      }
    }

    assertThat(found).contains("| 408 | `request_timeout` |", "| 404 | `not_found` |");
    assertThat(missing).isEmpty();
  }

  @Test
  void everyFieldProblemCodeTheMockAnswersIsDocumented() throws Exception {
    Pattern field =
        Pattern.compile(
            "(?<![A-Za-z])(?:add|invalidField|withField)\\(\\s*(?:[^;\"]|\"[^\"]*\")*?,\\s*\"([a-z]+(?:_[a-z]+)*)\"\\s*,");
    Schema<?> problem = result.getOpenAPI().getComponents().getSchemas().get("FieldProblem");
    String codes = problem.getProperties().get("code").getDescription();
    Set<String> found = new TreeSet<>();
    Set<String> missing = new TreeSet<>();
    Path internal = Path.of("..", "wallet-sdk-mock", "src", "main", "java", "dev", "walletsdk");
    try (Stream<Path> sources = Files.walk(internal)) {
      for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (source.toString().contains("runtime")) {
          continue; // the control plane's own checks
        }
        Matcher matcher = field.matcher(Files.readString(source));
        while (matcher.find()) {
          found.add(matcher.group(1));
          if (!codes.contains("`" + matcher.group(1) + "`")) {
            missing.add(matcher.group(1));
          }
        }
      }
    }

    assertThat(found).contains("zero_amount", "not_a_multiple");
    assertThat(missing).isEmpty();
  }

  @Test
  void theKnownCurrenciesAreTheSdksWithTheirMinorUnits() {
    Map<String, Schema<?>> schemas = new TreeMap<>();
    result.getOpenAPI().getComponents().getSchemas().forEach(schemas::put);
    Map<String, Set<String>> byScale = new TreeMap<>();
    Set<String> all = new TreeSet<>();
    for (CurrencyCode currency : CurrencyCode.all()) {
      all.add(currency.code());
      byScale
          .computeIfAbsent(
              switch (currency.minorUnits()) {
                case 0 -> "ZeroDecimalCurrency";
                case 2 -> "TwoDecimalCurrency";
                case 3 -> "ThreeDecimalCurrency";
                default -> "MinorUnits" + currency.minorUnits();
              },
              k -> new TreeSet<>())
          .add(currency.code());
    }

    assertThat(enumOf(schemas.get("KnownCurrencyCode"))).isEqualTo(all);
    Map<String, Set<String>> documented = new TreeMap<>();
    for (String name : byScale.keySet()) {
      documented.put(name, schemas.containsKey(name) ? enumOf(schemas.get(name)) : Set.of());
    }
    assertThat(documented).isEqualTo(byScale);
  }

  private static Set<String> enumOf(Schema<?> schema) {
    Set<String> values = new TreeSet<>();
    schema.getEnum().forEach(value -> values.add(String.valueOf(value)));
    return values;
  }

  @Test
  void everyEventTypeOfTheSdkIsDocumentedWithItsDataObject() {
    Schema<?> event = result.getOpenAPI().getComponents().getSchemas().get("Event");
    Schema<?> type = event.getProperties().get("type");
    Object documented = type.getExtensions().get("x-event-types");
    Map<Class<?>, String> objects =
        Map.ofEntries(
            Map.entry(Wallet.class, "wallet"),
            Map.entry(Transaction.class, "transaction"),
            Map.entry(Payment.class, "payment"),
            Map.entry(Refund.class, "refund"),
            Map.entry(Transfer.class, "transfer"),
            Map.entry(Challenge.class, "challenge"),
            Map.entry(PaymentToken.class, "payment_token"),
            Map.entry(SplitBill.class, "split_bill"),
            Map.entry(BillPayment.class, "bill_payment"),
            Map.entry(RewardsEntry.class, "rewards_entry"),
            Map.entry(KycVerification.class, "kyc_verification"),
            Map.entry(DataExportSummary.class, "data_export_summary"),
            Map.entry(Erasure.class, "erasure"),
            Map.entry(dev.walletsdk.model.BudgetAlert.class, "budget_alert"),
            Map.entry(dev.walletsdk.model.RiskFlag.class, "risk_flag"),
            Map.entry(dev.walletsdk.model.RiskReview.class, "risk_review"),
            Map.entry(Pot.class, "pot"),
            Map.entry(PotMove.class, "pot_move"),
            Map.entry(dev.walletsdk.model.Offer.class, "offer"),
            Map.entry(dev.walletsdk.model.Voucher.class, "voucher"),
            Map.entry(dev.walletsdk.model.Invoice.class, "invoice"),
            Map.entry(dev.walletsdk.model.MembershipTierChange.class, "membership_tier_change"),
            Map.entry(dev.walletsdk.model.PayoutBatch.class, "payout_batch"));
    Map<String, String> expected = new TreeMap<>();
    for (EventType known : EventType.known()) {
      expected.put(known.value(), objects.get(known.dataType().orElseThrow()));
    }

    assertThat(documented).isInstanceOf(Map.class);
    assertThat(new TreeMap<>((Map<?, ?>) documented)).isEqualTo(expected);
    for (EventType known : EventType.known()) {
      assertThat(type.getDescription()).contains("| `" + known.value() + "` |");
    }
  }
}
