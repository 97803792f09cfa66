package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityEvent;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerEvent;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.service.CustomerStorage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The contract of repositories, units of work and events, run by every adapter. */
public interface CustomerStoreContract extends StoreFixture {

  AggregateType<CustomerId, Customer> CUSTOMERS = CustomerStorage.CUSTOMERS;

  @Test
  default void insert_newAggregate_isStoredWithVersionOne() {
    try (Store store = newStore()) {
      Customer stored = store.repository(CUSTOMERS).insert(customer("C-1"));
      assertThat(stored.version()).isEqualTo(1);
      assertThat(store.repository(CUSTOMERS).find(CustomerId.of("C-1"))).contains(stored);
      assertThat(store.repository(CUSTOMERS).count()).isEqualTo(1);
    }
  }

  @Test
  default void close_refusesEveryLaterCall() {
    Store store = newStore();
    Repository<CustomerId, Customer> taken = store.repository(CUSTOMERS);
    ActivityLog log = store.activities();
    taken.insert(customer("C-1"));
    store.close();
    store.close(); // closing twice is harmless

    List<Runnable> calls = List.of(
        () -> store.repository(CUSTOMERS),
        () -> store.activities(),
        () -> store.run(tx -> tx.repository(CUSTOMERS).find(CustomerId.of("C-1"))),
        () -> taken.find(CustomerId.of("C-1")),
        () -> taken.insert(customer("C-2")),
        () -> taken.count(),
        () -> log.append(purchase("A-1", "C-1", T0, "1.00")),
        () -> log.count());
    for (Runnable call : calls) {
      assertThatThrownBy(call::run).isInstanceOf(IllegalStateException.class)
          .hasMessage("store must be open, but was closed");
    }
  }

  @Test
  default void insert_existingId_isRejectedAndKeepsTheStoredOne() {
    try (Store store = newStore()) {
      Customer first = store.repository(CUSTOMERS).insert(customer("C-1"));
      Customer other = customer("C-1").withTag("other", T0);
      assertThatThrownBy(() -> store.repository(CUSTOMERS).insert(other))
          .isInstanceOf(DuplicateIdException.class).hasMessageContaining("C-1");
      assertThat(store.repository(CUSTOMERS).find(CustomerId.of("C-1"))).contains(first);
    }
  }

  @Test
  default void insert_nonZeroVersion_isRefused() {
    try (Store store = newStore()) {
      assertThatThrownBy(() -> store.repository(CUSTOMERS).insert(customer("C-1").withVersion(3)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version must be 0");
    }
  }

  @Test
  default void update_currentVersion_raisesTheVersion() {
    try (Store store = newStore()) {
      Customer v1 = store.repository(CUSTOMERS).insert(customer("C-1"));
      Customer v2 = store.repository(CUSTOMERS).update(v1.withTag("vip", T0));
      assertThat(v2.version()).isEqualTo(2);
      assertThat(store.repository(CUSTOMERS).find(v1.id()).orElseThrow().tags()).containsExactly("vip");
    }
  }

  @Test
  default void update_staleVersion_isRejectedAndNothingIsLost() {
    try (Store store = newStore()) {
      Customer v1 = store.repository(CUSTOMERS).insert(customer("C-1"));
      Customer v2 = store.repository(CUSTOMERS).update(v1.withTag("first", T0));
      assertThatThrownBy(() -> store.repository(CUSTOMERS).update(v1.withTag("second", T0)))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> {
            assertThat(e.expectedVersion()).isEqualTo(1);
            assertThat(e.storedVersion()).isEqualTo(2);
          });
      assertThat(store.repository(CUSTOMERS).find(v1.id())).contains(v2);
    }
  }

  @Test
  default void update_missingAggregate_isStale() {
    try (Store store = newStore()) {
      assertThatThrownBy(() -> store.repository(CUSTOMERS).update(customer("C-9").withVersion(1)))
          .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.storedVersion()).isEqualTo(-1));
    }
  }

  @Test
  default void save_insertsThenUpdates() {
    try (Store store = newStore()) {
      Customer v1 = store.repository(CUSTOMERS).save(customer("C-1"));
      Customer v2 = store.repository(CUSTOMERS).save(v1.withTag("a", T0));
      assertThat(v2.version()).isEqualTo(2);
    }
  }

  @Test
  default void delete_checksTheVersion() {
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> repo = store.repository(CUSTOMERS);
      Customer v1 = repo.insert(customer("C-1"));
      assertThatThrownBy(() -> repo.delete(v1.id(), 7)).isInstanceOf(StaleVersionException.class);
      assertThat(repo.delete(v1.id(), 1)).isTrue();
      assertThat(repo.delete(v1.id(), 1)).isFalse();
      assertThat(repo.find(v1.id())).isEmpty();
    }
  }

  @Test
  default void page_walksEveryAggregateInIdOrder() {
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> repo = store.repository(CUSTOMERS);
      for (String id : List.of("C-3", "C-1", "C-5", "C-2", "C-4")) {
        repo.insert(customer(id));
      }
      List<String> seen = new ArrayList<>();
      CustomerId after = null;
      List<Customer> page;
      while (!(page = repo.page(after, 2)).isEmpty()) {
        page.forEach(c -> seen.add(c.id().value()));
        after = page.get(page.size() - 1).id();
      }
      assertThat(seen).containsExactly("C-1", "C-2", "C-3", "C-4", "C-5");
      assertThatThrownBy(() -> repo.page(null, 0)).hasMessageContaining("limit must be > 0");
    }
  }

  @Test
  default void inTransaction_failure_rollsBackEveryWriteAndPublishesNothing() {
    try (Store store = newStore()) {
      store.repository(CUSTOMERS).insert(customer("C-1"));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      assertThatThrownBy(() -> store.run(tx -> {
        Repository<CustomerId, Customer> repo = tx.repository(CUSTOMERS);
        repo.insert(customer("C-2"));
        repo.update(repo.find(CustomerId.of("C-1")).orElseThrow().withTag("x", T0));
        tx.activities().append(purchase("A-1", "C-2", T0, "10.00"));
        tx.publish(new CustomerEvent.Registered(CustomerId.of("C-2"), T0));
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(store.repository(CUSTOMERS).count()).isEqualTo(1);
      assertThat(store.repository(CUSTOMERS).find(CustomerId.of("C-1")).orElseThrow().version()).isEqualTo(1);
      assertThat(store.activities().count()).isZero();
      assertThat(seen).isEmpty();
    }
  }

  @Test
  default void inTransaction_staleWriteInside_rollsBackTheOtherWrites() {
    try (Store store = newStore()) {
      Customer v1 = store.repository(CUSTOMERS).insert(customer("C-1"));
      store.repository(CUSTOMERS).update(v1.withTag("winner", T0));
      assertThatThrownBy(() -> store.run(tx -> {
        tx.repository(CUSTOMERS).insert(customer("C-2"));
        tx.repository(CUSTOMERS).update(v1.withTag("loser", T0));
      })).isInstanceOf(StaleVersionException.class);
      assertThat(store.repository(CUSTOMERS).find(CustomerId.of("C-2"))).isEmpty();
      assertThat(store.repository(CUSTOMERS).find(v1.id()).orElseThrow().tags()).containsExactly("winner");
    }
  }

  @Test
  default void inTransaction_commit_deliversEventsInOrderAfterwards() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      String result = store.inTransaction(tx -> {
        tx.repository(CUSTOMERS).insert(customer("C-1"));
        tx.publish(new CustomerEvent.Registered(CustomerId.of("C-1"), T0));
        tx.activities().append(purchase("A-1", "C-1", T0, "5.00"));
        assertThat(seen).isEmpty();
        return "done";
      });
      assertThat(result).isEqualTo("done");
      assertThat(seen).hasSize(2);
      assertThat(seen.get(0)).isEqualTo(new CustomerEvent.Registered(CustomerId.of("C-1"), T0));
      assertThat(seen.get(1)).isInstanceOfSatisfying(ActivityEvent.Recorded.class,
          e -> assertThat(e.kind()).isEqualTo("Purchase"));
    }
  }

  @Test
  default void listener_thatThrows_doesNotBreakTheWriteOrOtherListeners() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(e -> {
        throw new IllegalStateException("listener bug");
      });
      store.events().subscribe(seen::add);
      CustomerService.of(store, io.crm4j.core.testing.Fixtures.CLOCK).register(customer("C-1"));
      assertThat(store.repository(CUSTOMERS).count()).isEqualTo(1);
      assertThat(seen).hasSize(1);
    }
  }

  @Test
  default void subscription_close_stopsDelivery() {
    try (Store store = newStore()) {
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      var subscription = store.events().subscribe(seen::add);
      store.activities().append(purchase("A-1", "C-1", T0, "1.00"));
      subscription.close();
      store.activities().append(purchase("A-2", "C-1", T0, "1.00"));
      assertThat(seen).hasSize(1);
    }
  }

  @Test
  default void activities_byCustomer_isHalfOpenAndInTimeOrder() {
    try (Store store = newStore()) {
      ActivityLog log = store.activities();
      log.append(purchase("A-3", "C-1", T0.plus(Duration.ofDays(2)), "30.00"));
      log.append(purchase("A-1", "C-1", T0, "10.00"));
      log.append(purchase("A-2", "C-1", T0.plus(Duration.ofDays(1)), "20.00"));
      log.append(purchase("A-9", "C-2", T0, "99.00"));
      assertThat(ids(log.byCustomer(CustomerId.of("C-1")))).containsExactly("A-1", "A-2", "A-3");
      assertThat(ids(log.byCustomer(CustomerId.of("C-1"), T0, T0.plus(Duration.ofDays(2)))))
          .containsExactly("A-1", "A-2");
      assertThat(log.byCustomer(CustomerId.of("C-1")).get(0)).isEqualTo(purchase("A-1", "C-1", T0, "10.00"));
      assertThat(log.count()).isEqualTo(4);
      assertThatThrownBy(() -> log.byCustomer(CustomerId.of("C-1"), T0, T0.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("to must not be before from");
    }
  }

  @Test
  default void activities_byCustomers_equalsByCustomerForEach() {
    try (Store store = newStore()) {
      ActivityLog log = store.activities();
      log.append(purchase("A-3", "C-1", T0.plus(Duration.ofDays(2)), "30.00"));
      log.append(purchase("A-1", "C-1", T0, "10.00"));
      log.append(purchase("A-2", "C-1", T0.plus(Duration.ofDays(1)), "20.00"));
      log.append(purchase("A-9", "C-2", T0, "99.00"));
      List<CustomerId> asked = new ArrayList<>();
      for (int i = 0; i < 1_203; i++) { // more than one query's worth of ids on the JDBC store
        asked.add(CustomerId.of("N-" + i));
      }
      asked.add(1, CustomerId.of("C-2"));
      asked.add(CustomerId.of("C-1"));
      Instant to = T0.plus(Duration.ofDays(2));
      Map<CustomerId, List<Activity>> read = log.byCustomers(asked, T0, to);
      assertThat(read.keySet()).containsExactlyElementsOf(asked);
      for (CustomerId id : asked) {
        assertThat(read.get(id)).as(id.value()).isEqualTo(log.byCustomer(id, T0, to));
      }
      assertThat(ids(read.get(CustomerId.of("C-1")))).containsExactly("A-1", "A-2");
      assertThat(read.get(CustomerId.of("N-7"))).isEmpty();
      Map<CustomerId, List<Activity>> inUnit = store.inTransaction(
          tx -> tx.activities().byCustomers(List.of(CustomerId.of("C-2")), T0, to));
      assertThat(inUnit).containsExactly(Map.entry(CustomerId.of("C-2"), List.of(purchase("A-9", "C-2", T0, "99.00"))));
    }
  }

  @Test
  default void activities_scan_deliversTheRangeInTimeThenIdOrder() {
    try (Store store = newStore()) {
      store.activities().appendAll(List.of(
          purchase("B", "C-2", T0, "2.00"),
          purchase("A", "C-1", T0, "1.00"),
          purchase("C", "C-1", T0.plusNanos(1), "3.00"),
          purchase("D", "C-3", T0.plusSeconds(60), "4.00")));
      List<Activity> seen = new ArrayList<>();
      store.activities().scan(T0, T0.plusSeconds(60), seen::add);
      assertThat(ids(seen)).containsExactly("A", "B", "C");
    }
  }

  @Test
  default void activities_duplicateIdInBatch_appendsNothing() {
    try (Store store = newStore()) {
      store.activities().append(purchase("A-1", "C-1", T0, "1.00"));
      assertThatThrownBy(() -> store.activities().appendAll(List.of(
          purchase("A-2", "C-1", T0, "1.00"), purchase("A-1", "C-1", T0, "1.00"))))
          .isInstanceOf(DuplicateIdException.class);
      assertThatThrownBy(() -> store.activities().appendAll(List.of(
          purchase("A-3", "C-1", T0, "1.00"), purchase("A-3", "C-1", T0, "1.00"))))
          .isInstanceOf(DuplicateIdException.class);
      assertThat(store.activities().count()).isEqualTo(1);
    }
  }

  @Test
  default void activities_everyKindAndABatchOfManyStatements_readBackExactly() {
    try (Store store = newStore()) {
      CustomerId c1 = CustomerId.of("C-1");
      List<Activity> all = new ArrayList<>(List.of(
          new Payment(ActivityId.of("K-1"), c1, T0, Money.of("99.90", "EUR"), "INV-7", LocalDate.of(2026, 1, 31)),
          new Interaction(ActivityId.of("K-2"), c1, T0.plusNanos(1), Interaction.Channel.PHONE,
              Interaction.Direction.INBOUND, Interaction.Outcome.FOLLOW_UP_REQUIRED, "billing"),
          new Referral(ActivityId.of("K-3"), c1, T0.plusSeconds(1), CustomerId.of("C-2"), true),
          new Purchase(ActivityId.of("K-4"), c1, T0.plusSeconds(2), Money.of("0.01", "EUR"), "ORD-4")));
      for (int i = 0; i < 10_050; i++) { // more rows than one insert statement carries on any adapter
        all.add(purchase(String.format("P-%05d", i), "C-1", T0.plusSeconds(3 + i), "1.25"));
      }
      store.activities().appendAll(all);
      assertThat(store.activities().count()).isEqualTo(all.size());
      assertThat(store.activities().byCustomer(c1)).containsExactlyElementsOf(all);
    }
  }

  @Test
  default void activities_reassign_movesEveryEntry() {
    try (Store store = newStore()) {
      store.activities().append(purchase("A-1", "C-2", T0, "1.00"));
      store.activities().append(purchase("A-2", "C-2", T0.plusSeconds(1), "2.00"));
      assertThat(store.activities().reassign(CustomerId.of("C-2"), CustomerId.of("C-1"))).isEqualTo(2);
      assertThat(store.activities().byCustomer(CustomerId.of("C-2"))).isEmpty();
      assertThat(store.activities().byCustomer(CustomerId.of("C-1")))
          .containsExactly(purchase("A-1", "C-1", T0, "1.00"), purchase("A-2", "C-1", T0.plusSeconds(1), "2.00"));
    }
  }

  @Test
  default void inTransaction_readsSeeTheUnitsOwnWrites() {
    try (Store store = newStore()) {
      store.activities().append(purchase("A-1", "C-2", T0, "1.00"));
      store.run(tx -> {
        tx.repository(CUSTOMERS).insert(customer("C-1"));
        assertThat(tx.repository(CUSTOMERS).find(CustomerId.of("C-1"))).isPresent();
        assertThat(tx.repository(CUSTOMERS).count()).isEqualTo(1);
        tx.activities().append(purchase("A-2", "C-2", T0.plusSeconds(1), "2.00"));
        tx.activities().reassign(CustomerId.of("C-2"), CustomerId.of("C-1"));
        assertThat(ids(tx.activities().byCustomer(CustomerId.of("C-1")))).containsExactly("A-1", "A-2");
        assertThat(tx.activities().count()).isEqualTo(2);
      });
    }
  }

  @Test
  default void update_fromEightThreads_eachUpdateLandsOrIsRejectedAsStale() throws Exception {
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> repo = store.repository(CUSTOMERS);
      repo.insert(customer("C-1"));
      int threads = 8;
      int attempts = 25;
      java.util.Set<String> landed = java.util.concurrent.ConcurrentHashMap.newKeySet();
      java.util.concurrent.atomic.AtomicInteger stale = new java.util.concurrent.atomic.AtomicInteger();
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
      try {
        List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          futures.add(pool.submit(() -> {
            start.await();
            for (int i = 0; i < attempts; i++) {
              String key = "t" + thread + "-" + i;
              Customer read = repo.find(CustomerId.of("C-1")).orElseThrow();
              try {
                repo.update(read.withAttribute(key, "x", T0));
                landed.add(key);
              } catch (StaleVersionException e) {
                stale.incrementAndGet();
              }
            }
            return null;
          }));
        }
        start.countDown();
        for (var f : futures) {
          f.get();
        }
      } finally {
        pool.shutdownNow();
      }
      Customer last = repo.find(CustomerId.of("C-1")).orElseThrow();
      assertThat(landed.size() + stale.get()).isEqualTo(threads * attempts);
      assertThat(last.version()).isEqualTo(1 + landed.size());
      assertThat(last.attributes().keySet()).containsExactlyInAnyOrderElementsOf(landed);
      assertThat(landed).isNotEmpty();
    }
  }

  @Test
  default void inTransaction_repositorySeesItsOwnInsertsUpdatesAndDeletes() {
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> outside = store.repository(CUSTOMERS);
      for (String id : List.of("C-1", "C-2", "C-4")) {
        outside.insert(customer(id));
      }
      store.run(tx -> {
        Repository<CustomerId, Customer> repo = tx.repository(CUSTOMERS);
        Customer c3 = repo.insert(customer("C-3"));
        Customer c3v2 = repo.update(c3.withTag("new", T0));
        assertThat(c3v2.version()).isEqualTo(2);
        assertThat(repo.delete(CustomerId.of("C-2"), 1)).isTrue();
        assertThat(repo.delete(CustomerId.of("C-2"), 1)).isFalse();
        assertThat(repo.find(CustomerId.of("C-2"))).isEmpty();
        assertThatThrownBy(() -> repo.insert(customer("C-1"))).isInstanceOf(DuplicateIdException.class);
        assertThatThrownBy(() -> repo.update(c3)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> repo.delete(CustomerId.of("C-4"), 9)).isInstanceOf(StaleVersionException.class);
        assertThat(repo.page(null, 10)).extracting(c -> c.id().value()).containsExactly("C-1", "C-3", "C-4");
        assertThat(repo.page(CustomerId.of("C-1"), 1)).extracting(c -> c.id().value()).containsExactly("C-3");
        assertThat(repo.page(null, Integer.MAX_VALUE)).hasSize(3);
        assertThat(repo.count()).isEqualTo(3);
        assertThat(repo.save(c3v2.withTag("again", T0)).version()).isEqualTo(3);
      });
      assertThat(outside.page(null, 10)).extracting(c -> c.id().value()).containsExactly("C-1", "C-3", "C-4");
      assertThat(outside.find(CustomerId.of("C-3")).orElseThrow().version()).isEqualTo(3);
    }
  }

  @Test
  default void inTransaction_scanSeesTheUnitsAppendsInOrder() {
    try (Store store = newStore()) {
      store.activities().append(purchase("A-2", "C-1", T0.plusSeconds(2), "2.00"));
      store.run(tx -> {
        tx.activities().appendAll(List.of(purchase("A-1", "C-1", T0, "1.00"),
            purchase("A-3", "C-2", T0.plusSeconds(3), "3.00")));
        assertThatThrownBy(() -> tx.activities().append(purchase("A-2", "C-9", T0, "1.00")))
            .isInstanceOf(DuplicateIdException.class);
        List<Activity> seen = new ArrayList<>();
        tx.activities().scan(T0, T0.plusSeconds(3), seen::add);
        assertThat(ids(seen)).containsExactly("A-1", "A-2");
      });
      assertThat(store.activities().count()).isEqualTo(3);
    }
  }


  private static List<String> ids(List<Activity> activities) {
    return activities.stream().map(a -> a.id().value()).toList();
  }
}
