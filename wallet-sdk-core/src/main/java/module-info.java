/**
 * The Wallet SDK client: {@link dev.walletsdk.client.WalletClient}, its builder and resources.
 *
 * <p>OkHttp is the default transport but optional: without it on the class or module path the
 * client sends requests with the JDK's {@code java.net.http.HttpClient}.
 */
module dev.walletsdk.client {
  requires transitive dev.walletsdk;
  requires com.fasterxml.jackson.databind;
  requires java.net.http;
  requires org.slf4j;
  requires static okhttp3;

  exports dev.walletsdk.client;
}
