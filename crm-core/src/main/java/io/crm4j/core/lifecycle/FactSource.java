package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.ActivityLog;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;

/** Gathers the {@link CustomerFacts} of one customer at one instant. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface FactSource {

  CustomerFacts factsFor(CustomerId customerId, Instant asOf);

  /** Facts from the store's activity log (everything up to and including {@code asOf}) and the signals. */
  static FactSource fromActivities(ActivityLog log, CustomerSignals signals) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(signals, "signals");
    return (id, asOf) -> CustomerFacts.of(id, asOf, log.byCustomer(id, Instant.MIN, asOf.plusNanos(1)), signals);
  }
}
