package io.crm4j.core.lifecycle;

import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work that only reads, straight from the store, and stops at the first write: lets a
 * scheduled evaluation skip opening a real unit of work for the (many) customers no step changes.
 */
final class ReadOnlyProbe implements Transaction {

  /** Thrown at the first write: the evaluation must run in a real unit of work. */
  static final class WouldWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WouldWrite() {
      super("a step wants to write", null, false, false);
    }
  }

  private final Store store;

  ReadOnlyProbe(Store store) {
    this.store = store;
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    Repository<I, A> reads = store.repository(type);
    return new Repository<>() {
      @Override
      public Optional<A> find(I id) {
        return reads.find(id);
      }

      @Override
      public A insert(A aggregate) {
        throw new WouldWrite();
      }

      @Override
      public A update(A aggregate) {
        throw new WouldWrite();
      }

      @Override
      public boolean delete(I id, long expectedVersion) {
        throw new WouldWrite();
      }

      @Override
      public List<A> page(@Nullable I after, int limit) {
        return reads.page(after, limit);
      }

      @Override
      public long count() {
        return reads.count();
      }

      @Override
      public long versionOf(A aggregate) {
        return reads.versionOf(aggregate);
      }
    };
  }

  @Override
  public ActivityLog activities() {
    return store.activities();
  }

  @Override
  public void publish(DomainEvent event) {
    throw new WouldWrite();
  }
}
