package io.crm4j.core.customer;

import io.crm4j.core.event.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Events about the customer record itself. */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface CustomerEvent extends DomainEvent {

  CustomerId customerId();

  @Override
  default String aggregateId() {
    return customerId().value();
  }

  /** A new customer was stored. */
  record Registered(CustomerId customerId, Instant occurredAt) implements CustomerEvent {
    public Registered {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** A stored customer changed; {@code version} is the new version. */
  record Updated(CustomerId customerId, long version, Instant occurredAt) implements CustomerEvent {
    public Updated {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** {@code merged} was folded into {@code customerId} and no longer exists. */
  record Merged(CustomerId customerId, CustomerId merged, Instant occurredAt) implements CustomerEvent {
    public Merged {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(merged, "merged");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }

  /** The customer's personal data was erased; anonymous activity stays. */
  record Erased(CustomerId customerId, Instant occurredAt) implements CustomerEvent {
    public Erased {
      Objects.requireNonNull(customerId, "customerId");
      Objects.requireNonNull(occurredAt, "occurredAt");
    }
  }
}
