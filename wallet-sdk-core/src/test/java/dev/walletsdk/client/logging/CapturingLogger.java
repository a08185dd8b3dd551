/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.client.logging;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * A logger enabled at every level that formats each event into {@link CapturedLogs}; the HTTP
 * server library under the standalone mock (Jetty) from INFO up only: its DEBUG and TRACE output is
 * the server's internals, thousands of events per request.
 */
final class CapturingLogger extends LegacyAbstractLogger {
  private static final long serialVersionUID = 1L;

  private final boolean verbose;

  CapturingLogger(String name) {
    this.name = name;
    this.verbose = !name.startsWith("org.eclipse.jetty.");
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
    String message = MessageFormatter.basicArrayFormat(pattern, arguments);
    if (throwable != null) {
      StringWriter trace = new StringWriter();
      throwable.printStackTrace(new PrintWriter(trace));
      message = message + "\n" + trace;
    }
    CapturedLogs.add(new CapturedLogs.Entry(name, level.name(), message));
  }

  @Override
  public boolean isTraceEnabled() {
    return verbose;
  }

  @Override
  public boolean isTraceEnabled(Marker marker) {
    return verbose;
  }

  @Override
  public boolean isDebugEnabled() {
    return verbose;
  }

  @Override
  public boolean isDebugEnabled(Marker marker) {
    return verbose;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled(Marker marker) {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled(Marker marker) {
    return true;
  }
}
