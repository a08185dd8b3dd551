package dev.walletsdk.benchmarks;

import dev.walletsdk.client.WalletClient;
import dev.walletsdk.mock.MockWalletServer;
import dev.walletsdk.model.CurrencyCode;
import dev.walletsdk.model.Money;
import dev.walletsdk.model.WalletId;

/**
 * What a partner app does first: start the in-process mock, build a client and complete one
 * transfer. Prints {@code first call done} when it has; {@link StartupProbe} times it from the
 * outside, from process start.
 */
public final class FirstCall {
  private FirstCall() {}

  /**
   * Makes the first call.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (MockWalletServer mock = MockWalletServer.inProcess()) {
      WalletId alice = mock.control().openWallet("Alice", CurrencyCode.EUR);
      WalletId bob = mock.control().openWallet("Bob", CurrencyCode.EUR);
      mock.control().fund(alice, Money.of("100.00", "EUR"));
      try (WalletClient wallet =
          WalletClient.builder().transport(mock.transport()).apiKey(mock.apiKey()).build()) {
        wallet.transfers().create(r -> r.from(alice).to(bob).amount(Money.of("1.00", "EUR")));
      }
    }
    System.out.println("first call done");
    System.out.flush();
  }
}
