package dev.walletsdk.mock.internal.engine;

/**
 * A partner of the platform: the owner of API keys, wallets and an event feed.
 *
 * @param id the partner id
 * @param name a display name
 */
public record Partner(String id, String name) {}
