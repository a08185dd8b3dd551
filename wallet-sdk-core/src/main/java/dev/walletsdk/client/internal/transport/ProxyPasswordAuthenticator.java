package dev.walletsdk.client.internal.transport;

import dev.walletsdk.client.ProxyCredentials;
import java.net.Authenticator;
import java.net.PasswordAuthentication;
import org.jspecify.annotations.Nullable;

/**
 * Gives the JDK's {@code HttpClient} the proxy's credentials, and nothing to a server that asks:
 * the Wallet API authenticates with the API key, never with a password.
 */
final class ProxyPasswordAuthenticator extends Authenticator {
  private final ProxyCredentials credentials;

  ProxyPasswordAuthenticator(ProxyCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  protected @Nullable PasswordAuthentication getPasswordAuthentication() {
    if (getRequestorType() != RequestorType.PROXY) {
      return null;
    }
    return new PasswordAuthentication(
        credentials.username(), credentials.revealPassword().toCharArray());
  }
}
