/**
 * OpenTelemetry tracing for the Wallet SDK client: {@link
 * dev.walletsdk.opentelemetry.WalletTelemetry}. Only the OpenTelemetry API is required (its {@code
 * OpenTelemetry} is in the entry point's signature); the partner's SDK and exporters do the rest.
 */
module dev.walletsdk.opentelemetry {
  requires transitive dev.walletsdk.client;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports dev.walletsdk.opentelemetry;
}
