/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.internal;

import dev.walletsdk.InvalidRequestException;
import dev.walletsdk.internal.HttpTokens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The {@code User-Agent} the client sends: SDK version and Java version, then the partner's
 * application if the builder named one (RFC 9110 §10.1.5: products and comments).
 */
public final class UserAgent {
  /** The header value, for example {@code wallet-sdk-java/0.1.0 java/17}. */
  public static final String VALUE =
      "wallet-sdk-java/" + sdkVersion() + " java/" + Runtime.version().feature();

  private static final int MAX_TOKEN = 64;
  private static final int MAX_URL = 256;

  private UserAgent() {}

  /**
   * Returns the header value with the application's product appended.
   *
   * @param appProduct the product made by {@link #appProduct}, or {@code null} for none
   * @return the header value
   */
  public static String withApp(@Nullable String appProduct) {
    return appProduct == null ? VALUE : VALUE + " " + appProduct;
  }

  /**
   * Checks the application's name, version and URL and renders them as a product with an optional
   * comment, for example {@code CheckoutService/4.2.0 (+https://shop.example/checkout)}.
   *
   * @param name an HTTP token of at most 64 characters
   * @param version an HTTP token of at most 64 characters, or {@code null}
   * @param url an absolute http(s) URL with a host, no user information, no parentheses or
   *     backslash, at most 256 characters, or {@code null}
   * @return the product
   * @throws InvalidRequestException naming the field and value that are invalid
   */
  public static String appProduct(String name, @Nullable String version, @Nullable String url) {
    String product = token("appInfo.name", name);
    if (version != null) {
      product += "/" + token("appInfo.version", version);
    }
    if (url != null) {
      product += " (+" + url(url) + ")";
    }
    return product;
  }

  private static String token(String field, @Nullable String value) {
    if (value == null
        || value.isEmpty()
        || value.length() > MAX_TOKEN
        || !HttpTokens.isToken(value)) {
      throw InvalidRequestException.forField(
          field,
          "invalid_format",
          field
              + " must be an HTTP token (letters, digits and !#$%&'*+-.^_`|~) of 1 to "
              + MAX_TOKEN
              + " characters but was "
              + (value == null ? "null" : "\"" + ServerText.of(value) + "\""));
    }
    return value;
  }

  private static String url(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw badUrl("is not a URL: \"" + ServerText.of(url) + "\"");
    }
    if (uri.getRawUserInfo() != null) {
      // The user information may be a credential: say what is wrong without repeating it.
      throw badUrl("must not carry user information");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw badUrl(
          "must be an absolute http or https URL with a host but was \""
              + ServerText.of(url)
              + "\"");
    }
    if (url.length() > MAX_URL || !url.chars().allMatch(UserAgent::isCommentChar)) {
      throw badUrl(
          "must have at most "
              + MAX_URL
              + " visible ASCII characters and no parentheses but was \""
              + ServerText.of(url)
              + "\"");
    }
    return url;
  }

  /** Visible ASCII allowed in an RFC 9110 comment: not the parentheses, not the backslash. */
  private static boolean isCommentChar(int c) {
    return c >= 0x21 && c <= 0x7e && c != '(' && c != ')' && c != '\\';
  }

  private static InvalidRequestException badUrl(String problem) {
    return InvalidRequestException.forField(
        "appInfo.url", "invalid_format", "appInfo.url " + problem);
  }

  /**
   * Returns the SDK's version, from the properties the build writes.
   *
   * @return the version
   */
  public static String sdkVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from wallet-sdk-core");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
