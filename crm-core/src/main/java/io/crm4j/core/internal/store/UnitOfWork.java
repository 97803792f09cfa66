package io.crm4j.core.internal.store;

import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apiguardian.api.API;

/** The unit of work behind a service's step: read the aggregate, decide, and store and publish what was applied. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class UnitOfWork {

  private UnitOfWork() {}

  /**
   * Loads the aggregate {@code id}, applies {@code change}, and when it is applied writes the result
   * (unless it equals what was read) and publishes its events, all in one unit of work; returns the
   * stored aggregate inside the outcome. A rejection writes and publishes nothing.
   *
   * @throws IllegalArgumentException if no aggregate of {@code type} has this id
   */
  public static <I, A> Outcome<A> apply(Store store, AggregateType<I, A> type, I id, Function<A, Outcome<A>> change) {
    return apply(store, type, id, (tx, current) -> change.apply(current));
  }

  /**
   * Like {@link #apply(Store, AggregateType, Object, Function)}, with the unit of work handed to
   * {@code change} so that it can read and write other aggregates that must commit together with this one.
   */
  public static <I, A> Outcome<A> apply(Store store, AggregateType<I, A> type, I id,
      BiFunction<Transaction, A, Outcome<A>> change) {
    return store.inTransaction(tx -> {
      Repository<I, A> repo = tx.repository(type);
      A current = repo.find(id).orElseThrow(() -> unknown(type, id));
      Outcome<A> outcome = change.apply(tx, current);
      if (outcome instanceof Outcome.Applied<A> applied) {
        A stored = applied.value().equals(current) ? current : repo.update(applied.value());
        applied.events().forEach(tx::publish);
        return Outcome.applied(stored, applied.events());
      }
      return outcome;
    });
  }

  /** The exception for an id that names no stored aggregate of {@code type}. */
  public static IllegalArgumentException unknown(AggregateType<?, ?> type, Object id) {
    return new IllegalArgumentException("id must name a stored " + type.name() + ", but was " + id);
  }
}
