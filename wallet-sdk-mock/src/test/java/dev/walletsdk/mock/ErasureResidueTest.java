/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.walletsdk.mock.MockApi.Reply;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a holder's erasure leaves behind in the idempotency store and the journal's refusals. */
class ErasureResidueTest {
  private static final Instant START = Instant.parse("2026-06-01T09:00:00Z");

  @TempDir Path dir;

  private MockWalletServer start() {
    return MockWalletServer.builder().startAt(START).journal(dir.resolve("mock.journal")).build();
  }

  private static String openWithIdentity(MockApi api, String name) {
    Identities identities = new Identities(api);
    Reply opened =
        api.post(
            "/v1/wallets",
            Identities.with(
                "{\"displayName\":\"" + name + "\",\"currencies\":[\"EUR\"]}",
                identities.basic(name, "1980-01-01")));
    assertThat(opened.status()).isEqualTo(201);
    return opened.text("/id");
  }

  @Test
  void refusedKycUpgradeIsJournaledWithoutItsIdentityAndStaysRefusedAfterErasure() {
    MockWalletServer first = start();
    MockApi api = new MockApi(first);
    String wallet = openWithIdentity(api, "Ada Lovelace");
    ObjectNode other =
        new Identities(api).full("Ada Byron", "1980-01-01", "T22000129", "Hauptstrasse 7");
    Reply refused =
        api.post("/v1/wallets/" + wallet + "/kyc", Identities.with("{\"level\":\"full\"}", other));
    assertThat(refused.code()).isEqualTo("kyc_rejected");
    assertThat(api.post("/v1/wallets/" + wallet + "/erasure", "{}").status()).isEqualTo(200);
    first.close();

    MockWalletServer second = start();
    List<JsonNode> records = DiskScan.records(dir.resolve("mock.journal"));

    assertThat(records.get(records.size() - 2).path("t").asText()).isEqualTo("rejected");
    assertThat(records.get(records.size() - 2).has("body")).isFalse();
    assertThat(new MockApi(second).get("/v1/wallets/" + wallet).text("/kyc/level"))
        .isEqualTo("basic");
    second.close();
  }

  @Test
  void keyRetriedAfterErasureAnswersWalletErasedInsteadOfTheStoredReply() {
    MockWalletServer first = start();
    MockApi api = new MockApi(first);
    String zelda = openWithIdentity(api, "Zelda Quorvath");
    String bob = api.openWallet("Bob", "EUR");
    first.control().fund(WalletId.of(zelda), Money.of("10.00", "EUR"));
    String transfer =
        "{\"sourceWalletId\":\""
            + zelda
            + "\",\"destinationWalletId\":\""
            + bob
            + "\",\"amount\":"
            + MockApi.money("10.00", "EUR")
            + ",\"reference\":\"zq-rent-share\"}";
    Reply sent = api.post("/v1/transfers", transfer, "key-transfer");
    assertThat(sent.status()).isEqualTo(201);
    assertThat(api.post("/v1/wallets/" + zelda + "/erasure", "{}").status()).isEqualTo(200);

    Reply retried = api.post("/v1/transfers", transfer, "key-transfer");
    first.close();
    MockWalletServer second = start();
    Reply afterRestart = new MockApi(second).post("/v1/transfers", transfer, "key-transfer");

    for (Reply reply : List.of(retried, afterRestart)) {
      assertThat(reply.status()).isEqualTo(409);
      assertThat(reply.code()).isEqualTo("wallet_erased");
      assertThat(reply.text("/detail"))
          .isEqualTo(
              "the answer stored for this idempotency key named wallet "
                  + zelda
                  + ", whose personal data was erased at "
                  + START);
      assertThat(reply.headers().first("Request-Id")).isEqualTo(sent.headers().first("Request-Id"));
      assertThat(reply.body().toString()).doesNotContain("zq-rent-share", "Zelda");
    }
    second.close();
  }
}
