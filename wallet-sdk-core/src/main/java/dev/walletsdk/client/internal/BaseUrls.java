/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Validates base URLs: absolute http(s), and https unless loopback or explicitly allowed. */
public final class BaseUrls {
  private BaseUrls() {}

  /**
   * Parses a base URL.
   *
   * @param baseUrl the URL
   * @return the URI, without a trailing slash
   * @throws InvalidRequestException if the URL is not an absolute http(s) URL without query,
   *     fragment or user information
   */
  public static URI parse(@Nullable String baseUrl) {
    URI uri;
    try {
      uri = baseUrl == null ? null : new URI(baseUrl);
    } catch (URISyntaxException e) {
      uri = null;
    }
    if (uri == null
        || !uri.isAbsolute()
        || uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null
        || !(scheme(uri).equals("https") || scheme(uri).equals("http"))) {
      throw InvalidRequestException.forField(
          "baseUrl",
          "invalid_format",
          "baseUrl "
              + (baseUrl == null ? "null" : "\"" + baseUrl + "\"")
              + " is not an absolute http or https URL without query, fragment or user info");
    }
    String text = uri.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : uri;
  }

  /**
   * Rejects plain http to a non-loopback host unless allowed.
   *
   * @param uri the base URI
   * @param allowInsecureHttp whether the builder allowed plain http
   * @throws InvalidRequestException if the URI is not allowed
   */
  public static void requireSecure(URI uri, boolean allowInsecureHttp) {
    if (scheme(uri).equals("http") && !allowInsecureHttp && !isLoopback(uri.getHost())) {
      throw InvalidRequestException.forField(
          "baseUrl",
          "insecure_url",
          "baseUrl \""
              + uri
              + "\" must use https: plain http is allowed only to loopback addresses or with"
              + " allowInsecureHttp()");
    }
  }

  /**
   * Tells whether a host names the loopback interface, without resolving it.
   *
   * @param host a host name or address literal
   * @return {@code true} for localhost, 127.0.0.0/8 and ::1
   */
  public static boolean isLoopback(@Nullable String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("[::1]")
        || h.equals("::1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String scheme(URI uri) {
    return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
  }
}
