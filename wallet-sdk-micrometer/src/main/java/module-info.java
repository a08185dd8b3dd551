/**
 * Micrometer metrics for the Wallet SDK client: {@link dev.walletsdk.micrometer.WalletMetrics}.
 * Micrometer is required (its {@code MeterRegistry} is in the entry point's signature); the
 * partner's own Micrometer version is the one used at run time.
 */
module dev.walletsdk.micrometer {
  requires transitive dev.walletsdk.client;
  requires transitive micrometer.core;

  exports dev.walletsdk.micrometer;
}
