/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.spring;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when {@code wallet.webhook.secrets} holds at least one value, as a list or CSV. */
final class OnWebhookSecretsCondition extends SpringBootCondition {
  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    int count =
        Binder.get(context.getEnvironment())
            .bind("wallet.webhook.secrets", Bindable.listOf(String.class))
            .map(List::size)
            .orElse(0);
    return count > 0
        ? ConditionOutcome.match("wallet.webhook.secrets has " + count + " secrets")
        : ConditionOutcome.noMatch("wallet.webhook.secrets is not set");
  }
}
