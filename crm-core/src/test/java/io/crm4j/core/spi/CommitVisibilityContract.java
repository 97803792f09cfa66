package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerStorage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What a reader running next to committing units of work may see, run by every adapter: each
 * single read (a count, a page, one customer's activities) shows a commit whole or not at all,
 * and a single-call write cannot slip between a unit of work's check and its apply.
 */
public interface CommitVisibilityContract extends StoreFixture {

  AggregateType<CustomerId, Customer> CUSTOMERS = CustomerStorage.CUSTOMERS;

  /** Writes per unit of work: a reader that catches a commit half applied sees a count off this grid. */
  int UNIT = 25;

  @Test
  default void reads_whileUnitsOfWorkCommit_seeEachCommitWholeOrNotAtAll() throws Exception {
    int units = 60;
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> customers = store.repository(CUSTOMERS);
      ActivityLog activities = store.activities();
      CustomerId buyer = CustomerId.of("C-buyer");
      List<String> torn = new ArrayList<>();
      AtomicInteger reads = new AtomicInteger();
      AtomicBoolean writing = new AtomicBoolean(true);
      Callable<Void> reader = () -> {
        while (writing.get()) {
          long count = customers.count();
          int page = customers.page(null, UNIT * units + 1).size();
          long entries = activities.count();
          int bought = activities.byCustomer(buyer).size();
          reads.incrementAndGet();
          for (long seen : new long[] {count, page, entries, bought}) {
            if (seen % UNIT != 0) {
              synchronized (torn) {
                torn.add("count " + count + ", page " + page + ", entries " + entries + ", bought " + bought);
              }
            }
          }
        }
        return null;
      };
      Callable<Void> writer = () -> {
        try {
          for (int u = 0; u < units; u++) {
            int unit = u;
            // on a loaded machine the readers may not be scheduled before the writer is done: let
            // each unit wait (briefly) for a read, so that reads interleave with the commits
            int before = reads.get();
            long deadline = System.nanoTime() + 200_000_000L;
            while (reads.get() == before && unit > 0 && System.nanoTime() < deadline) {
              Thread.onSpinWait();
            }
            store.run(tx -> {
              List<Activity> batch = new ArrayList<>();
              for (int k = 0; k < UNIT; k++) {
                tx.repository(CUSTOMERS).insert(customer("U-" + unit + "-" + k));
                batch.add(purchase("A-" + unit + "-" + k, buyer.value(), T0.plusSeconds(unit * UNIT + k), "1.00"));
              }
              tx.activities().appendAll(batch);
            });
          }
        } finally {
          writing.set(false);
        }
        return null;
      };
      runTogether(List.of(writer, reader, reader));
      assertThat(torn).as("reads that saw a unit of work half committed").isEmpty();
      assertThat(reads.get()).isPositive();
      assertThat(customers.count()).isEqualTo((long) UNIT * units);
      assertThat(activities.byCustomer(buyer)).hasSize(UNIT * units);
    }
  }

  /**
   * A single-call insert of an id that a unit of work also inserts, sent the moment the unit's work
   * is done and its commit begins: exactly one of the two lands. The unit holds many other inserts,
   * checked before the contested one is applied, so the insert arrives while the commit runs.
   */
  @Test
  default void insert_racingAUnitOfWorkForTheSameId_exactlyOneLands() throws Exception {
    int rounds = 8;
    int others = 2_000;
    try (Store store = newStore()) {
      Repository<CustomerId, Customer> customers = store.repository(CUSTOMERS);
      Set<String> landed = ConcurrentHashMap.newKeySet();
      AtomicInteger rejected = new AtomicInteger();
      for (int r = 0; r < rounds; r++) {
        String contested = "X-" + r;
        int round = r;
        CountDownLatch workDone = new CountDownLatch(1);
        Callable<Void> single = () -> {
          workDone.await();
          try {
            customers.insert(customer(contested).withTag("single", T0));
            landed.add(contested + " single");
          } catch (DuplicateIdException e) {
            rejected.incrementAndGet();
          }
          return null;
        };
        Callable<Void> unit = () -> {
          try {
            store.run(tx -> {
              Repository<CustomerId, Customer> repo = tx.repository(CUSTOMERS);
              repo.insert(customer(contested).withTag("unit", T0));
              for (int k = 0; k < others; k++) {
                repo.insert(customer("Y-" + round + "-" + k));
              }
              workDone.countDown();
            });
            landed.add(contested + " unit");
          } catch (DuplicateIdException e) {
            rejected.incrementAndGet();
          } finally {
            workDone.countDown();
          }
          return null;
        };
        runTogether(List.of(single, unit));
      }
      assertThat(landed).hasSize(rounds);
      assertThat(rejected.get()).isEqualTo(rounds);
      for (String entry : landed) {
        String[] idAndWriter = entry.split(" ");
        assertThat(customers.find(CustomerId.of(idAndWriter[0])).orElseThrow().tags()).containsExactly(idAndWriter[1]);
      }
    }
  }

  private static void runTogether(List<Callable<Void>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      List<Future<Void>> futures = new ArrayList<>();
      for (Callable<Void> task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<Void> f : futures) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
