/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.opentelemetry;

import java.net.URI;
import java.util.Set;

/**
 * The {@code url.full} of an attempt, safe to export: user information becomes {@code
 * REDACTED:REDACTED} and the value of every query parameter other than the SDK's own paging and
 * filter parameters becomes {@code REDACTED}, as the HTTP semantic conventions ask for credentials
 * in URLs. Path ids stay: traces are per request, not aggregated.
 */
final class RedactedUrl {
  static final String REDACTED = "REDACTED";

  /** The query parameters the SDK sends, none of which carries a secret. */
  private static final Set<String> KNOWN_PARAMETERS =
      Set.of("cursor", "limit", "currency", "walletId", "since", "until", "after");

  private RedactedUrl() {}

  static String of(URI uri) {
    StringBuilder url = new StringBuilder();
    url.append(uri.getScheme()).append("://");
    if (uri.getRawUserInfo() != null) {
      url.append(REDACTED).append(':').append(REDACTED).append('@');
    }
    url.append(uri.getRawAuthority().substring(authorityHostStart(uri)));
    if (uri.getRawPath() != null) {
      url.append(uri.getRawPath());
    }
    if (uri.getRawQuery() != null) {
      url.append('?').append(query(uri.getRawQuery()));
    }
    return url.toString();
  }

  private static int authorityHostStart(URI uri) {
    return uri.getRawUserInfo() == null ? 0 : uri.getRawAuthority().lastIndexOf('@') + 1;
  }

  private static String query(String rawQuery) {
    StringBuilder query = new StringBuilder();
    for (String parameter : rawQuery.split("&", -1)) {
      if (query.length() > 0) {
        query.append('&');
      }
      int equals = parameter.indexOf('=');
      if (equals < 0) {
        query.append(parameter);
      } else {
        String name = parameter.substring(0, equals);
        query
            .append(name)
            .append('=')
            .append(KNOWN_PARAMETERS.contains(name) ? parameter.substring(equals + 1) : REDACTED);
      }
    }
    return query.toString();
  }
}
