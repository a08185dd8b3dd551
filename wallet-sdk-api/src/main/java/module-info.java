/**
 * Wallet SDK public API: value types, requests, the exception tree and the service-provider
 * interfaces. Depends on the JDK only (and JSpecify's nullness annotations).
 */
module dev.walletsdk {
  requires transitive org.jspecify;

  exports dev.walletsdk;
  exports dev.walletsdk.model;
  exports dev.walletsdk.qr;
  exports dev.walletsdk.spi;

  uses dev.walletsdk.spi.ClientFactory;
}
