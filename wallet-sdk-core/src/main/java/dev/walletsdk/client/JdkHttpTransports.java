package dev.walletsdk.client;

import dev.walletsdk.client.internal.transport.JdkHttpTransport;
import dev.walletsdk.spi.Transport;
import java.net.http.HttpClient;
import java.util.Objects;

/**
 * Makes a {@link Transport} of the caller's own JDK {@link HttpClient}, which keeps its proxy,
 * authenticator, TLS, executor and connect timeout:
 *
 * <pre>{@code
 * WalletClient wallet = WalletClient.builder()
 *     .baseUrl("https://wallet.bank.example")
 *     .apiKey(apiKey)
 *     .transport(JdkHttpTransports.wrap(httpClient))
 *     .build();
 * }</pre>
 */
public final class JdkHttpTransports {
  private JdkHttpTransports() {}

  /**
   * Wraps a client. Build it with {@link HttpClient.Redirect#NEVER} (the default of {@link
   * HttpClient#newBuilder()}): the SDK treats a redirect of an API call as an error, and a client
   * that follows redirects would resend the API key and writes to another origin, so such a client
   * is refused. The per-attempt timeout of each call is set on each request.
   *
   * <p>The caller remains the owner of {@code client}. The transport is thread-safe.
   *
   * @param client the caller's client
   * @return the transport, to pass to {@link WalletClient.Builder#transport(Transport)}
   * @throws NullPointerException if {@code client} is null
   * @throws dev.walletsdk.InvalidRequestException (field {@code client}, code {@code
   *     redirects_not_allowed}) if the client's redirect policy is not {@link
   *     HttpClient.Redirect#NEVER}
   */
  public static Transport wrap(HttpClient client) {
    return JdkHttpTransport.wrap(Objects.requireNonNull(client, "client"));
  }
}
