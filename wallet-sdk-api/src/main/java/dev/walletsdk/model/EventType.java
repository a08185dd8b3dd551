package dev.walletsdk.model;

import dev.walletsdk.InvalidRequestException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The type of an {@link Event}, such as {@code "transfer.completed"}.
 *
 * <p>Not an enum, because a newer server may send types this SDK does not know: {@link #of(String)}
 * accepts any well-formed type, and the constants name the types this version knows. Compare with
 * {@link #equals(Object)}. Immutable and thread-safe.
 */
public final class EventType {
  private static final Pattern FORMAT = Pattern.compile("[a-z][a-z_]*(\\.[a-z][a-z_]*)+");

  /** A wallet was opened. */
  public static final EventType WALLET_CREATED = new EventType("wallet.created");

  /** Money from outside the platform was added to a wallet. */
  public static final EventType WALLET_FUNDED = new EventType("wallet.funded");

  /** A payment to a merchant succeeded. */
  public static final EventType PAYMENT_SUCCEEDED = new EventType("payment.succeeded");

  /** A refund returned money to a wallet. */
  public static final EventType REFUND_SUCCEEDED = new EventType("refund.succeeded");

  /** A payout to a bank account was reserved on the wallet and waits for the bank. */
  public static final EventType TRANSFER_PENDING = new EventType("transfer.pending");

  /** A transfer reached its destination. */
  public static final EventType TRANSFER_COMPLETED = new EventType("transfer.completed");

  /** A payout was returned and its reservation released. */
  public static final EventType TRANSFER_FAILED = new EventType("transfer.failed");

  /** An operation needs step-up authentication and a challenge was issued. */
  public static final EventType CHALLENGE_CREATED = new EventType("challenge.created");

  /** A challenge was answered and the operation it guarded was executed. */
  public static final EventType CHALLENGE_CONFIRMED = new EventType("challenge.confirmed");

  private static final List<EventType> KNOWN =
      List.of(
          WALLET_CREATED,
          WALLET_FUNDED,
          PAYMENT_SUCCEEDED,
          REFUND_SUCCEEDED,
          TRANSFER_PENDING,
          TRANSFER_COMPLETED,
          TRANSFER_FAILED,
          CHALLENGE_CREATED,
          CHALLENGE_CONFIRMED);

  private final String value;

  private EventType(String value) {
    this.value = value;
  }

  /**
   * Returns the event type with the given name.
   *
   * @param value dot-separated lower-case words, for example {@code "transfer.completed"}
   * @return the known constant for that name, or a new type if this SDK does not know it
   * @throws InvalidRequestException (field {@code eventType}, code {@code invalid_format}) if the
   *     name is not well-formed
   */
  public static EventType of(@Nullable String value) {
    if (value == null || !FORMAT.matcher(value).matches()) {
      throw InvalidRequestException.forField(
          "eventType",
          "invalid_format",
          "eventType "
              + CurrencyCode.quoted(value)
              + " is not a valid event type such as \"transfer.completed\"");
    }
    for (EventType known : KNOWN) {
      if (known.value.equals(value)) {
        return known;
      }
    }
    return new EventType(value);
  }

  /**
   * Returns the event types this version of the SDK knows.
   *
   * @return an immutable list of the constants of this class
   */
  public static List<EventType> known() {
    return KNOWN;
  }

  /**
   * Returns the name as sent on the wire.
   *
   * @return the name, for example {@code "transfer.completed"}
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof EventType other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the name, for example {@code "transfer.completed"}. */
  @Override
  public String toString() {
    return value;
  }
}
