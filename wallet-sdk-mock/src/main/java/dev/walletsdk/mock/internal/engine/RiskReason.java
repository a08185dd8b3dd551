/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

/**
 * Why a rule fired on a movement.
 *
 * @param ruleId the rule
 * @param type the rule's type
 * @param code the rule's reason code
 * @param outcome what the rule asked for
 * @param detail what it measured, in words
 */
public record RiskReason(
    String ruleId, String type, String code, RiskOutcome outcome, String detail) {}
