package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Events about loyalty ladders, points accounts and tiers. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LoyaltyEvent extends DomainEvent {

  CustomerId customerId();

  @Override
  default String aggregateId() {
    return customerId().value();
  }

  /** A member moved on a loyalty ladder; {@code manual} when set by hand. */
  record RungChanged(CustomerId customerId, String ladder, String from, String to, String reason, boolean manual,
      Instant occurredAt) implements LoyaltyEvent {
    public RungChanged {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(ladder, "ladder");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** An entry was appended to a points ledger. */
  record PointsPosted(CustomerId customerId, String programme, LedgerEntry entry, long balance, Instant occurredAt)
      implements LoyaltyEvent {
    public PointsPosted {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** Cumulative spend reached the programme's club threshold. */
  record ClubJoined(CustomerId customerId, String programme, Instant occurredAt) implements LoyaltyEvent {
    public ClubJoined {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** Refunds took cumulative spend back below the programme's club threshold. */
  record ClubLeft(CustomerId customerId, String programme, Instant occurredAt) implements LoyaltyEvent {
    public ClubLeft {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** A member's tier changed. */
  record TierChanged(CustomerId customerId, String programme, String from, String to, String reason,
      Instant occurredAt) implements LoyaltyEvent {
    public TierChanged {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** An assessment found a member below their tier: the downgrade takes effect at {@code effectiveAt}. */
  record TierDowngradeScheduled(CustomerId customerId, String programme, String from, String to, Instant effectiveAt,
      Instant occurredAt) implements LoyaltyEvent {
    public TierDowngradeScheduled {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(programme, "programme");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(effectiveAt, "effectiveAt");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
