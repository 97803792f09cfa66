package io.crm4j.core.credit;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.money.Percentage;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Events about a credit account. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface CreditEvent extends DomainEvent {

  CreditAccountId creditAccountId();

  @Override
  default String aggregateId() {
    return creditAccountId().value();
  }

  /** Which way a utilisation level was crossed. */
  enum Direction { UP, DOWN }

  /** A limit was set or changed for a segment and currency. */
  record LimitSet(CreditAccountId creditAccountId, CreditSegment segment, Money limit, Instant occurredAt)
      implements CreditEvent {
    public LimitSet {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The account was blocked; every credit check fails until it is unblocked. */
  record Blocked(CreditAccountId creditAccountId, String reason, Instant occurredAt) implements CreditEvent {
    public Blocked {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The account was unblocked. */
  record Unblocked(CreditAccountId creditAccountId, Instant occurredAt) implements CreditEvent {
    public Unblocked {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /**
   * The exposure of a segment crossed a utilisation level.
   *
   * @param level the level crossed
   * @param direction UP when the level is now reached, DOWN when it no longer is
   * @param exposure the exposure recorded
   * @param limit the limit it was compared with
   */
  record UtilisationCrossed(CreditAccountId creditAccountId, CreditSegment segment, Percentage level,
      Direction direction, Money exposure, Money limit, Instant occurredAt) implements CreditEvent {
    public UtilisationCrossed {
      Objects.requireNonNull(creditAccountId, "creditAccountId");
      Objects.requireNonNull(segment, "segment");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(direction, "direction");
      Objects.requireNonNull(exposure, "exposure");
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
