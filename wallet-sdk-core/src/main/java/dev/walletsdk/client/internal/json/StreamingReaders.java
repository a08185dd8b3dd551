/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.walletsdk.model.BankAccountSummary;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.QuoteId;
import dev.walletsdk.model.Receipt;
import dev.walletsdk.model.Transfer;
import dev.walletsdk.model.TransferId;
import dev.walletsdk.model.TransferStatus;
import dev.walletsdk.model.WalletId;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the commonest responses straight from the parser's tokens into the model, without the
 * {@code JsonNode} tree that {@link Json#parse} and {@link ModelReaders} build: a transfer read
 * this way costs about half. A streaming reader either returns exactly what the tree reader returns
 * for the same body, or {@code null}: for any body the tree reader would refuse, and for any it is
 * not sure of, the caller reads the body through the tree, whose checks and messages are the only
 * ones the client has. StreamingReadersTest compares both on generated bodies.
 */
public final class StreamingReaders {
  private static final MemberScan MONEY =
      new MemberScan(new String[] {"amount", "currency"}, new MemberScan[2]);
  private static final MemberScan ACCOUNT =
      new MemberScan(
          new String[] {"holderName", "accountNumberLast4", "bankCode"}, new MemberScan[3]);
  private static final MemberScan RECEIPT =
      new MemberScan(new String[] {"kid", "alg", "sig"}, new MemberScan[3]);

  private static final int OBJECT = 0;
  private static final int ID = 1;
  private static final int SOURCE_WALLET = 2;
  private static final int DESTINATION_WALLET = 3;
  private static final int DESTINATION_ACCOUNT = 4;
  private static final int SOURCE_AMOUNT = 5;
  private static final int DESTINATION_AMOUNT = 6;
  private static final int FEE = 7;
  private static final int RATE = 8;
  private static final int QUOTE = 9;
  private static final int REFERENCE = 10;
  private static final int DESCRIPTION = 11;
  private static final int STATUS = 12;
  private static final int CREATED_AT = 13;
  private static final int TRANSFER_RECEIPT = 14;
  private static final MemberScan TRANSFER =
      new MemberScan(
          new String[] {
            "object",
            "id",
            "sourceWalletId",
            "destinationWalletId",
            "destinationAccount",
            "sourceAmount",
            "destinationAmount",
            "fee",
            "rate",
            "quoteId",
            "reference",
            "description",
            "status",
            "createdAt",
            "receipt"
          },
          new MemberScan[] {
            null, null, null, null, ACCOUNT, MONEY, MONEY, MONEY, null, null, null, null, null,
            null, RECEIPT
          });

  /** The pattern of {@link JsonRead#decimal}. */
  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]{0,20})(\\.[0-9]{1,20})?");

  private static final TransferStatus[] STATUSES = TransferStatus.values();
  private static final String[] STATUS_NAMES = lowerCaseNames(STATUSES);

  private StreamingReaders() {}

  /**
   * Reads a transfer response as {@link ModelReaders#transfer} reads its tree.
   *
   * @param body the response body
   * @return the transfer, or {@code null} to read the body through the tree instead
   */
  public static @Nullable Transfer transfer(byte[] body) {
    try (JsonParser parser = Json.streamingParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object[] slots = TRANSFER.read(parser);
      if (parser.nextToken() != null) {
        return null;
      }
      return transfer(slots);
    } catch (IOException | RuntimeException e) {
      // Refused, or a fault of the body the tree path names in its own words.
      return null;
    }
  }

  private static Transfer transfer(Object[] slots) {
    if (!"transfer".equals(slots[OBJECT])) {
      throw MemberScan.Refused.INSTANCE;
    }
    Object[] account = (Object[]) slots[DESTINATION_ACCOUNT];
    String destination = (String) slots[DESTINATION_WALLET];
    String rate = (String) slots[RATE];
    String quote = (String) slots[QUOTE];
    Object[] receipt = (Object[]) slots[TRANSFER_RECEIPT];
    return Transfer.builder()
        .id(TransferId.of(required(slots, ID)))
        .sourceWalletId(WalletId.of(required(slots, SOURCE_WALLET)))
        .destinationWalletId(destination == null ? null : WalletId.of(destination))
        .destinationAccount(account == null ? null : bankAccountSummary(account))
        .sourceAmount(money(slots[SOURCE_AMOUNT]))
        .destinationAmount(money(slots[DESTINATION_AMOUNT]))
        .fee(money(slots[FEE]))
        .rate(rate == null ? null : decimal(rate))
        .quoteId(quote == null ? null : QuoteId.of(quote))
        .reference((String) slots[REFERENCE])
        .description((String) slots[DESCRIPTION])
        .status(status(required(slots, STATUS)))
        .createdAt(Timestamps.parse(required(slots, CREATED_AT)))
        .receipt(receipt == null ? null : receipt(receipt))
        .build();
  }

  private static BankAccountSummary bankAccountSummary(Object[] slots) {
    return BankAccountSummary.builder()
        .holderName(required(slots, 0))
        .accountNumberLast4(required(slots, 1))
        .bankCode((String) slots[2])
        .build();
  }

  private static Money money(@Nullable Object value) {
    if (value == null) {
      throw MemberScan.Refused.INSTANCE;
    }
    Object[] slots = (Object[]) value;
    String amount = required(slots, 0);
    String currency = required(slots, 1);
    if (amount.startsWith("-")) {
      throw MemberScan.Refused.INSTANCE;
    }
    return Money.of(amount, currency);
  }

  private static BigDecimal decimal(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      throw MemberScan.Refused.INSTANCE;
    }
    return new BigDecimal(text);
  }

  private static Receipt receipt(Object[] slots) {
    return Receipt.of(required(slots, 0), required(slots, 1), required(slots, 2));
  }

  private static TransferStatus status(String text) {
    for (int i = 0; i < STATUSES.length; i++) {
      if (STATUSES[i] != TransferStatus.UNKNOWN && STATUS_NAMES[i].equals(text)) {
        return STATUSES[i];
      }
    }
    return TransferStatus.UNKNOWN;
  }

  private static String required(Object[] slots, int slot) {
    Object value = slots[slot];
    if (value == null) {
      throw MemberScan.Refused.INSTANCE;
    }
    return (String) value;
  }

  private static String[] lowerCaseNames(Enum<?>[] constants) {
    String[] names = new String[constants.length];
    for (int i = 0; i < constants.length; i++) {
      names[i] = constants[i].name().toLowerCase(Locale.ROOT);
    }
    return names;
  }
}
