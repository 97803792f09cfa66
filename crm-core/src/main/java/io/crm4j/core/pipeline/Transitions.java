package io.crm4j.core.pipeline;

import io.crm4j.core.internal.store.UnitOfWork;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Runs a checked transition against a store: read, decide, write and publish in one unit of work. */
final class Transitions {

  private static final int PAGE = 500;

  private Transitions() {}

  /**
   * Loads the aggregate, applies {@code change}, and when it is applied writes the result and
   * publishes its events; a rejection writes and publishes nothing.
   */
  static <I, A> Outcome<A> apply(Store store, AggregateType<I, A> type, I id, Function<A, Outcome<A>> change) {
    return UnitOfWork.apply(store, type, id, change);
  }

  /** Inserts a new aggregate and publishes the event that records its creation. */
  static <I, A> A create(Store store, AggregateType<I, A> type, A aggregate, PipelineEvent event) {
    return store.inTransaction(tx -> {
      A stored = tx.repository(type).insert(aggregate);
      tx.publish(event);
      return stored;
    });
  }

  /** Every stored aggregate of a type, walked page by page. */
  static <I, A> List<A> all(Store store, AggregateType<I, A> type) {
    Repository<I, A> repo = store.repository(type);
    List<A> out = new ArrayList<>();
    I after = null;
    List<A> page;
    while (!(page = repo.page(after, PAGE)).isEmpty()) {
      out.addAll(page);
      after = type.idOf(page.get(page.size() - 1));
    }
    return out;
  }

  static IllegalArgumentException unknown(AggregateType<?, ?> type, Object id) {
    return UnitOfWork.unknown(type, id);
  }
}
