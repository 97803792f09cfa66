package io.crm4j.core.store.jdbc;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.spi.ActivityLog;
import io.crm4j.core.spi.AggregateType;
import io.crm4j.core.spi.ChunkedImport;
import io.crm4j.core.spi.ImportOptions;
import io.crm4j.core.spi.ImportSummary;
import io.crm4j.core.spi.Repository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Repository and log calls made outside a unit of work: each runs in a transaction of its own. */
final class AutoCommit {

  private final JdbcStore store;

  AutoCommit(JdbcStore store) {
    this.store = store;
  }

  <I, A> Repository<I, A> repository(AggregateType<I, A> type) {
    return new Repository<>() {
      @Override
      public Optional<A> find(I id) {
        return store.inTransaction(tx -> tx.repository(type).find(id));
      }

      @Override
      public A insert(A aggregate) {
        return store.inTransaction(tx -> tx.repository(type).insert(aggregate));
      }

      @Override
      public A update(A aggregate) {
        return store.inTransaction(tx -> tx.repository(type).update(aggregate));
      }

      @Override
      public boolean delete(I id, long expectedVersion) {
        return store.inTransaction(tx -> tx.repository(type).delete(id, expectedVersion));
      }

      @Override
      public List<A> page(@Nullable I after, int limit) {
        return store.inTransaction(tx -> tx.repository(type).page(after, limit));
      }

      @Override
      public long count() {
        return store.inTransaction(tx -> tx.repository(type).count());
      }

      @Override
      public long versionOf(A aggregate) {
        return type.versionOf(aggregate);
      }
    };
  }

  ActivityLog activities() {
    return new ActivityLog() {
      @Override
      public void append(Activity activity) {
        store.run(tx -> tx.activities().append(activity));
      }

      @Override
      public void appendAll(List<? extends Activity> activities) {
        store.run(tx -> tx.activities().appendAll(activities));
      }

      /** Each chunk in a unit of work of its own: a failure keeps the chunks committed before it. */
      @Override
      public ImportSummary importAll(Stream<? extends Activity> activities, ImportOptions options) {
        Objects.requireNonNull(options, "options");
        return ChunkedImport.run(activities, options, chunk -> store.inTransaction(
            tx -> new JdbcActivityImport((JdbcTransaction) tx, options.events()).insertAbsent(chunk)));
      }

      @Override
      public List<Activity> byCustomer(CustomerId customerId, Instant from, Instant to) {
        return store.inTransaction(tx -> tx.activities().byCustomer(customerId, from, to));
      }

      @Override
      public Map<CustomerId, List<Activity>> byCustomers(Collection<CustomerId> customerIds, Instant from,
          Instant to) {
        return store.inTransaction(tx -> tx.activities().byCustomers(customerIds, from, to));
      }

      @Override
      public void scan(Instant from, Instant to, Consumer<? super Activity> sink) {
        store.run(tx -> tx.activities().scan(from, to, sink));
      }

      @Override
      public int reassign(CustomerId from, CustomerId to) {
        return store.inTransaction(tx -> tx.activities().reassign(from, to));
      }

      @Override
      public long count() {
        return store.inTransaction(tx -> tx.activities().count());
      }
    };
  }
}
