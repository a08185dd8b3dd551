/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

/**
 * A partner of the platform: the owner of API keys, wallets and an event feed.
 *
 * @param id the partner id
 * @param name a display name
 */
public record Partner(String id, String name) {}
