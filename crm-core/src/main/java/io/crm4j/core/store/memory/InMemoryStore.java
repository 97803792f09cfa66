package io.crm4j.core.store.memory;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.event.EventPublisher;
import io.crm4j.core.internal.SimpleEventPublisher;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Outbox;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The embedded default store: everything in memory, nothing survives the process.
 *
 * <p>Writes take one store-wide lock for the few instructions that check versions and apply the
 * change, so a unit of work commits all its writes or none, and a stale write is always rejected.
 * Reads take no lock; one that spans several entries ({@code page}, {@code count},
 * {@code byCustomer}) is repeated under the lock if a commit ran while it read, so it sees each
 * commit whole or not at all. A {@code scan} does so per chunk of 1,024 entries, and may see
 * commits made while it runs. Aggregates must be immutable (every crm4j aggregate is); they are kept
 * as given, never copied. Made with {@link #createWithOutbox()}, it also keeps committed events for an
 * {@link io.crm4j.core.spi.OutboxRelay}, added under the same lock so that they are in commit order.
 *
 * <p>Thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InMemoryStore implements Store {

  private final CommitLock lock = new CommitLock();
  private final ConcurrentMap<String, MemoryTable<?, ?>> tables = new ConcurrentHashMap<>();
  private final SimpleEventPublisher publisher = new SimpleEventPublisher();
  private final @Nullable MemoryOutbox outbox;
  private final MemoryActivityLog activityLog;

  private InMemoryStore(boolean withOutbox) {
    this.outbox = withOutbox ? new MemoryOutbox(lock) : null;
    this.activityLog = new MemoryActivityLog(lock, publisher, outbox);
  }

  /** Returns a new, empty store without an outbox: {@link #outbox()} is refused. */
  public static InMemoryStore create() {
    return new InMemoryStore(false);
  }

  /**
   * Returns a new, empty store that also keeps an outbox: every committed event, in commit order,
   * until an {@link io.crm4j.core.spi.OutboxRelay} marks it published (then it is dropped). Events
   * pile up in memory until they are marked, so relay them.
   */
  public static InMemoryStore createWithOutbox() {
    return new InMemoryStore(true);
  }

  @SuppressWarnings("unchecked")
  <I, A> MemoryTable<I, A> table(AggregateType<I, A> type) {
    Objects.requireNonNull(type, "type");
    MemoryTable<?, ?> table = tables.computeIfAbsent(type.name(), n -> new MemoryTable<>(type));
    if (table.type() != type && table.type().javaType() != type.javaType()) {
      throw new IllegalArgumentException("type " + type.name() + " is already registered for "
          + table.type().javaType().getName() + ", but was " + type.javaType().getName());
    }
    return (MemoryTable<I, A>) table;
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    lock.checkOpen();
    return new AutoCommitRepository<>(table(type), lock);
  }

  @Override
  public ActivityLog activities() {
    lock.checkOpen();
    return activityLog;
  }

  @Override
  public <T> T inTransaction(Function<? super Transaction, ? extends T> work) {
    Objects.requireNonNull(work, "work");
    lock.checkOpen();
    MemoryTransaction tx = new MemoryTransaction(this, activityLog);
    T result = work.apply(tx);
    List<DomainEvent> events;
    long stamp = lock.lock();
    try {
      tx.commit();
      events = tx.events();
      if (outbox != null) {
        outbox.add(events);
      }
    } finally {
      lock.unlock(stamp);
    }
    publisher.publishAll(events);
    return result;
  }

  /** The store-wide lock, for units of work that read several entries of committed state. */
  CommitLock lock() {
    return lock;
  }

  @Override
  public EventPublisher events() {
    return publisher;
  }

  /**
   * The outbox of a store made with {@link #createWithOutbox()}: committed events in commit order
   * until marked published.
   *
   * @throws UnsupportedOperationException if the store was made with {@link #create()}
   */
  @Override
  public Outbox outbox() {
    lock.checkOpen();
    if (outbox == null) {
      throw new UnsupportedOperationException("outbox must be kept by the store to be relayed, but this store was "
          + "created without one: use InMemoryStore.createWithOutbox()");
    }
    return outbox;
  }

  /** Drops everything; for tests and demos. */
  public void clear() {
    long stamp = lock.lock();
    try {
      tables.clear();
      activityLog.clear();
      if (outbox != null) {
        outbox.clear();
      }
    } finally {
      lock.unlock(stamp);
    }
  }

  /**
   * Closes the store: every later call, through it or a repository or log taken from it, throws
   * {@link IllegalStateException}, as the JDBC store's do. The data goes with the instance.
   */
  @Override
  public void close() {
    lock.close();
  }
}
