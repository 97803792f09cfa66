package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Events about customers' lifecycle status and relationship phase. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface LifecycleEvent extends DomainEvent {

  CustomerId customerId();

  @Override
  default String aggregateId() {
    return customerId().value();
  }

  /** Lifecycle tracking started for a customer. */
  record Started(CustomerId customerId, CustomerStatus status, RelationshipPhase phase, Instant occurredAt)
      implements LifecycleEvent {
    public Started {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(phase, "phase");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The status changed; {@code churnReason} is set when the customer lapsed. */
  record StatusChanged(CustomerId customerId, CustomerStatus from, CustomerStatus to, String reason,
      @Nullable ChurnReason churnReason, Instant occurredAt) implements LifecycleEvent {
    public StatusChanged {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The relationship phase changed. */
  record PhaseChanged(CustomerId customerId, RelationshipPhase from, RelationshipPhase to, String reason,
      Instant occurredAt) implements LifecycleEvent {
    public PhaseChanged {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
