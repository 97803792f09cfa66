package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import java.time.Instant;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apiguardian.api.API;

/**
 * Facts about a customer that other areas own (complaints, receivables, surveys), supplied by the
 * caller so that the lifecycle does not depend on those areas. Every method has a neutral default.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface CustomerSignals {

  /** Complaints still open at {@code asOf}. */
  default int openComplaints(CustomerId customerId, Instant asOf) {
    return 0;
  }

  /** Whether the customer owes an overdue balance at {@code asOf}. */
  default boolean owesBalance(CustomerId customerId, Instant asOf) {
    return false;
  }

  /** The latest satisfaction answer on a 0..10 scale. */
  default OptionalDouble satisfaction(CustomerId customerId, Instant asOf) {
    return OptionalDouble.empty();
  }

  /** The latest "how likely are you to recommend us" answer, 0..10. */
  default OptionalInt nps(CustomerId customerId, Instant asOf) {
    return OptionalInt.empty();
  }

  /** No signals: no complaints, no debt, no survey answers. */
  static CustomerSignals none() {
    return new CustomerSignals() {};
  }
}
