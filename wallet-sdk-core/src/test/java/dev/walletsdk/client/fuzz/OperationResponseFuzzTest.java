/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.walletsdk.WalletException;
import dev.walletsdk.client.WebhookHandler;
import dev.walletsdk.model.Event;
import dev.walletsdk.spi.WebhookVerifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzes the response to every operation of docs/openapi.yaml, one target per group of operations,
 * through the real client (pipeline, error mapping, identity checks, receipt verification, field
 * decryption, step-up, readers, paging) over a fake transport that returns the fuzzed status,
 * headers and body to every request. {@link ResponseProperty} states what must hold; {@code
 * receiveEvent}, the one operation the partner receives, fuzzes {@link WebhookHandler} with a
 * verifier that lets every delivery through, so the body reaches the event reader.
 *
 * <p>Inputs read like HTTP responses ({@link FuzzInput}); the seeds in {@code
 * OperationResponseFuzzTestInputs/<target>/} are the seeded mock's answers. {@code mvn verify}
 * replays them; {@code scripts/fuzz.sh} fuzzes.
 */
class OperationResponseFuzzTest {
  /** Each target's operations, by the name of its method. */
  static final Map<String, List<FuzzedOperation>> TARGETS = new LinkedHashMap<>();

  /** Tokens the mutator inserts: escapes, paging and security members, extreme numbers. */
  static final String DICTIONARY = "/dev/walletsdk/client/fuzz/responses.dict";

  /** The operation a target fuzzes without the client calling it. */
  static final String WEBHOOK_OPERATION = "receiveEvent";

  static {
    TARGETS.put("wallets", ContractOperations.WALLETS);
    TARGETS.put("transactionsAndEvents", ContractOperations.LISTS);
    TARGETS.put("quotes", ContractOperations.QUOTES);
    TARGETS.put("payments", ContractOperations.PAYMENTS);
    TARGETS.put("qrAndTokens", ContractOperations.QR);
    TARGETS.put("splitAndBillPayments", ContractOperations.BILLS);
    TARGETS.put("rewards", ContractOperations.REWARDS);
    TARGETS.put("kycAndPrivacy", ContractOperations.KYC_AND_PRIVACY);
    TARGETS.put("transfersAndChallenges", ContractOperations.TRANSFERS);
    TARGETS.put("keys", ContractOperations.KEYS);
    TARGETS.put("budgets", ContractOperations.BUDGETS);
    TARGETS.put("pots", ContractOperations.POTS);
    TARGETS.put("offers", ContractOperations.OFFERS);
    TARGETS.put("invoices", ContractOperations.INVOICES);
    TARGETS.put("membership", ContractOperations.MEMBERSHIP);
    TARGETS.put("payoutBatches", ContractOperations.PAYOUT_BATCHES);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void wallets(byte[] input) {
    ResponseProperty.check(ContractOperations.WALLETS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void transactionsAndEvents(byte[] input) {
    ResponseProperty.check(ContractOperations.LISTS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void quotes(byte[] input) {
    ResponseProperty.check(ContractOperations.QUOTES, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void payments(byte[] input) {
    ResponseProperty.check(ContractOperations.PAYMENTS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void qrAndTokens(byte[] input) {
    ResponseProperty.check(ContractOperations.QR, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void splitAndBillPayments(byte[] input) {
    ResponseProperty.check(ContractOperations.BILLS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void pots(byte[] input) {
    ResponseProperty.check(ContractOperations.POTS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void offers(byte[] input) {
    ResponseProperty.check(ContractOperations.OFFERS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void membership(byte[] input) {
    ResponseProperty.check(ContractOperations.MEMBERSHIP, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void rewards(byte[] input) {
    ResponseProperty.check(ContractOperations.REWARDS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void kycAndPrivacy(byte[] input) {
    ResponseProperty.check(ContractOperations.KYC_AND_PRIVACY, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void transfersAndChallenges(byte[] input) {
    ResponseProperty.check(ContractOperations.TRANSFERS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void invoices(byte[] input) {
    ResponseProperty.check(ContractOperations.INVOICES, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void keys(byte[] input) {
    ResponseProperty.check(ContractOperations.KEYS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void payoutBatches(byte[] input) {
    ResponseProperty.check(ContractOperations.PAYOUT_BATCHES, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void budgets(byte[] input) {
    ResponseProperty.check(ContractOperations.BUDGETS, input);
  }

  @FuzzTest(maxDuration = "5m")
  @DictionaryFile(resourcePath = DICTIONARY)
  void receiveEvent(byte[] input) {
    FuzzInput delivery = FuzzInput.parse(input);
    WebhookVerifier acceptsAll = (id, timestamp, signature, body) -> {};
    try {
      Event event =
          WebhookHandler.create(acceptsAll)
              .handle(delivery.response().headers(), delivery.response().body());
      assertThat(event.toString()).isNotNull();
      assertThat(event).isEqualTo(event);
    } catch (WalletException e) {
      assertThat(e.getMessage()).hasSizeLessThanOrEqualTo(4000);
      assertThat(e.getMessage().chars()).noneMatch(Character::isISOControl);
    }
  }
}
