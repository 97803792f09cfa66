package io.crm4j.core.lifecycle;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.ActivityLog;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/** Gathers the {@link CustomerFacts} of one customer at one instant. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface FactSource {

  CustomerFacts factsFor(CustomerId customerId, Instant asOf);

  /**
   * The facts of each of {@code customerIds} at {@code asOf}; by default one {@link #factsFor} per
   * customer. {@link ScheduledEvaluation} asks for a page of customers at once, so a source that
   * can read them together (as {@link #fromActivities} does) saves a query per customer.
   */
  default Map<CustomerId, CustomerFacts> factsFor(List<CustomerId> customerIds, Instant asOf) {
    Objects.requireNonNull(customerIds, "customerIds");
    Map<CustomerId, CustomerFacts> out = new LinkedHashMap<>();
    for (CustomerId id : customerIds) {
      out.put(id, factsFor(id, asOf));
    }
    return out;
  }

  /** Facts from the store's activity log (everything up to and including {@code asOf}) and the signals. */
  static FactSource fromActivities(ActivityLog log, CustomerSignals signals) {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(signals, "signals");
    return new FactSource() {
      @Override
      public CustomerFacts factsFor(CustomerId customerId, Instant asOf) {
        return CustomerFacts.of(customerId, asOf, log.byCustomer(customerId, Instant.MIN, asOf.plusNanos(1)), signals);
      }

      /** One {@link ActivityLog#byCustomers} read for the whole list. */
      @Override
      public Map<CustomerId, CustomerFacts> factsFor(List<CustomerId> customerIds, Instant asOf) {
        Map<CustomerId, List<Activity>> read = log.byCustomers(customerIds, Instant.MIN, asOf.plusNanos(1));
        Map<CustomerId, CustomerFacts> out = new LinkedHashMap<>();
        for (CustomerId id : customerIds) {
          out.put(id, CustomerFacts.of(id, asOf, read.getOrDefault(id, List.of()), signals));
        }
        return out;
      }
    };
  }
}
