package io.crm4j.core.spi;

import io.crm4j.core.event.EventPublisher;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * A storage adapter: repositories per aggregate type, the activity log, units of work and the
 * event publisher. Implementations must pass the storage contract test suite.
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface Store extends AutoCloseable {

  /** The repository for one aggregate type; each call outside a unit of work is atomic. */
  <I, A> Repository<I, A> repository(AggregateType<I, A> type);

  /** The activity log; each call outside a unit of work is atomic. */
  ActivityLog activities();

  /**
   * Runs {@code work} as one unit of work: when it returns, everything it wrote commits together
   * and its events are delivered; when it throws, nothing it wrote is kept and the exception
   * propagates.
   */
  <T> T inTransaction(Function<? super Transaction, ? extends T> work);

  /** Like {@link #inTransaction(Function)} for work without a result. */
  default void run(Consumer<? super Transaction> work) {
    inTransaction(tx -> {
      work.accept(tx);
      return null;
    });
  }

  /** Where listeners subscribe to committed changes' events. */
  EventPublisher events();

  /**
   * The outbox: every committed event in commit order until marked published, for an
   * {@link OutboxRelay} that forwards them to another system.
   *
   * @throws UnsupportedOperationException if this store keeps no outbox (an in-memory store made
   *     without one)
   */
  Outbox outbox();

  /** Releases connections; the store is unusable afterwards. */
  @Override
  void close();
}
