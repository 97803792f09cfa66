package io.crm4j.core.loyalty;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The unit of work behind a by-hand change of a ladder or tier membership: load the membership
 * (joining the customer first if needed), apply the change, and when it applies, store it and
 * publish its events together.
 */
final class MembershipChange {

  private MembershipChange() {}

  static <M> Outcome<M> apply(Store store, AggregateType<CustomerId, M> type, CustomerId customerId,
      Supplier<M> join, Function<M, Outcome<M>> change) {
    return store.inTransaction(tx -> {
      Repository<CustomerId, M> repo = tx.repository(type);
      M current = repo.find(customerId).orElseGet(() -> repo.insert(join.get()));
      Outcome<M> o = change.apply(current);
      if (o instanceof Outcome.Applied<M> a) {
        M stored = repo.update(a.value());
        a.events().forEach(tx::publish);
        return Outcome.applied(stored, a.events());
      }
      return o;
    });
  }
}
