package io.crm4j.core.loyalty;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The result of asking a loyalty aggregate to change: applied (the new state and its events) or
 * rejected (why; nothing changed).
 *
 * @param <T> the aggregate type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LoyaltyOutcome<T> {

  /** Whether the change was applied. */
  boolean applied();

  /** The change was applied; {@code value} is the new state. */
  record Applied<T>(T value, List<LoyaltyEvent> events) implements LoyaltyOutcome<T> {
    public Applied {
      Objects.requireNonNull(value, "value");
      events = List.copyOf(events);
    }

    @Override
    public boolean applied() {
      return true;
    }
  }

  /** The change was refused; {@code reason} says why. */
  record Rejected<T>(String reason) implements LoyaltyOutcome<T> {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public boolean applied() {
      return false;
    }
  }
}
