package dev.walletsdk.mock.internal.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One immutable entry of the ledger's journal. Entries are hash-chained: each {@link #hash()} is
 * SHA-256 over the previous entry's hash and this entry's canonical text, so a statement exported
 * from the journal can be verified offline.
 *
 * @param sequence the entry's position, from 1
 * @param at the server time of the entry; never before the previous entry's
 * @param kind what the entry does
 * @param reservation for {@code POST_PENDING} and {@code VOID}, the sequence of the reservation;
 *     for {@code RESERVE} its own sequence; 0 for {@code POST}
 * @param legs the movements; for {@code POST_PENDING} and {@code VOID}, those of the reservation
 * @param memo what caused the entry: a resource id, type and idempotency scope
 * @param previousHash the hash of the entry before, or 64 zeros for the first
 * @param hash this entry's hash, lower-case hex
 */
public record JournalEntry(
    long sequence,
    Instant at,
    EntryKind kind,
    long reservation,
    List<Leg> legs,
    Memo memo,
    String previousHash,
    String hash) {

  /** The hash before the first entry. */
  public static final String GENESIS = "0".repeat(64);

  /**
   * What caused an entry.
   *
   * @param resourceId the id of the funding, transfer, payment or refund
   * @param type the kind of movement, for example {@code transfer} or {@code funding}
   * @param idempotencyScope the API key's partner and idempotency key that caused the movement, or
   *     {@code null} for control-plane movements
   */
  public record Memo(String resourceId, String type, @Nullable String idempotencyScope) {}

  /** Copies the legs. */
  public JournalEntry {
    legs = List.copyOf(legs);
  }

  static String hash(
      String previousHash,
      long sequence,
      Instant at,
      EntryKind kind,
      long reservation,
      List<Leg> legs,
      Memo memo) {
    StringBuilder text =
        new StringBuilder()
            .append(sequence)
            .append('|')
            .append(at)
            .append('|')
            .append(kind)
            .append('|')
            .append(reservation)
            .append('|')
            .append(memo.resourceId())
            .append('|')
            .append(memo.type())
            .append('|')
            .append(memo.idempotencyScope() == null ? "" : memo.idempotencyScope());
    for (Leg leg : legs) {
      text.append('|')
          .append(leg.debit())
          .append('>')
          .append(leg.credit())
          .append(':')
          .append(leg.currency())
          .append(':')
          .append(leg.amount());
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
      sha256.update(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * Recomputes this entry's hash from its contents and the given previous hash.
   *
   * @param previous the hash the entry should follow
   * @return the hash the entry should have
   */
  public String expectedHash(String previous) {
    return hash(previous, sequence, at, kind, reservation, legs, memo);
  }
}
