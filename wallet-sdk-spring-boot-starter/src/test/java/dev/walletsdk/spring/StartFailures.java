/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Collects the messages of an application start that must fail. */
final class StartFailures {
  private StartFailures() {}

  /** The messages of the start failure: each cause's, and each validation error's. */
  static List<String> messages(ApplicationContextRunner runner, String... properties) {
    List<String> messages = new ArrayList<>();
    runner
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasFailed();
              for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
                if (t instanceof BindValidationException e) {
                  e.getValidationErrors()
                      .getAllErrors()
                      .forEach(error -> messages.add(error.getDefaultMessage()));
                }
              }
            });
    return messages;
  }
}
