/*
 * Copyright 2026 The Wallet SDK Authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.walletsdk.mock.internal.engine;

import java.time.Instant;

/**
 * An event in a partner's feed.
 *
 * @param id the event id
 * @param partnerId whose feed it is in
 * @param type for example {@code transfer.completed}
 * @param createdAt when it happened
 * @param data the resource as it was then, serialized JSON (kept compact: feeds grow long)
 */
public record EventRecord(
    String id, String partnerId, String type, Instant createdAt, String data) {}
