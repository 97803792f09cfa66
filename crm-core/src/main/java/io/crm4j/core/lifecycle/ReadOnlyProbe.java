package io.crm4j.core.lifecycle;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.Repository;
import io.crm4j.core.spi.Store;
import io.crm4j.core.spi.Transaction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A unit of work that only reads, from the store or a page's reads, and stops at the first write:
 * lets a scheduled evaluation skip opening a real unit of work for the (many) customers no step changes.
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
  private final @Nullable PageReads page;

  /** A probe reading through {@code page} when given, else straight from the store. */
  ReadOnlyProbe(Store store, @Nullable PageReads page) {
    this.store = store;
    this.page = page;
  }

  @Override
  public <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    Repository<I, A> reads = store.repository(type);
    return new Repository<>() {
      @Override
      public Optional<A> find(I id) {
        return page == null ? reads.find(id) : page.find(type, id);
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

  /**
   * The aggregates keyed by customer id (lifecycle, ladder, tier membership…) that the steps read for
   * one page of customers, read with one {@link Repository#page} call per type instead of one
   * {@code find} per customer: on a database that saves a round trip per customer and step. An id
   * the page read did not return is read directly, and so is every customer that a unit of work has
   * changed since (a later instant of a catch-up reads what it wrote). Not thread-safe: one walk uses it.
   */
  static final class PageReads {

    private final Store store;
    private final @Nullable CustomerId after;
    private final int size;
    private final Map<AggregateType<?, ?>, Map<String, ?>> read = new HashMap<>();
    private final Set<CustomerId> written = new HashSet<>();

    /** The reads of the page of {@code size} customers after {@code after} (null: the first page). */
    PageReads(Store store, @Nullable CustomerId after, int size) {
      this.store = store;
      this.after = after;
      this.size = size;
    }

    /** The stored aggregate of {@code type} with {@code id}, from the page's read when it holds it. */
    <I, A> Optional<A> find(AggregateType<I, A> type, I id) {
      Repository<I, A> reads = store.repository(type);
      if (!(id instanceof CustomerId customer) || written.contains(customer)) {
        return reads.find(id);
      }
      A found = pageOf(type, reads).get(type.idText(id));
      return found != null ? Optional.of(found) : reads.find(id);
    }

    /** Reads of {@code customer} go to the store from now on: a unit of work changed it. */
    void written(CustomerId customer) {
      written.add(customer);
    }

    @SuppressWarnings("unchecked")
    private <I, A> Map<String, A> pageOf(AggregateType<I, A> type, Repository<I, A> reads) {
      Map<String, ?> page = read.get(type);
      if (page == null) {
        Map<String, A> byId = new HashMap<>();
        List<A> found = reads.page(after == null ? null : type.idFromText(after.value()), size);
        for (A a : found) {
          byId.put(type.idTextOf(a), a);
        }
        read.put(type, byId);
        return byId;
      }
      return (Map<String, A>) page;
    }
  }
}
