package dev.walletsdk.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
            "listKycLevels",
            "upgradeKyc",
            "exportData",
            "eraseWallet");
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
}
