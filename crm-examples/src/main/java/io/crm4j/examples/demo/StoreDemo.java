package io.crm4j.examples.demo;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.Store;
import io.crm4j.core.store.jdbc.JdbcStore;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The first demo: loads the CDNOW sample into an embedded H2 file store as customers and
 * purchases, then reads it back and prints a summary. Safe to run again: customers and purchases
 * already stored are left as they are, those missing (a load cut short) are added, and a store
 * that holds other activities is refused.
 */
public final class StoreDemo {

  private final Clock clock;

  public StoreDemo(Clock clock) {
    this.clock = clock;
  }

  /** Runs the demo against the H2 database file {@code <dir>/crm4j}. */
  public Summary run(Path dir, PrintStream out) {
    try (JdbcStore store = JdbcStore.h2File(dir.resolve("crm4j"))) {
      out.printf("store: %s (H2 file)%n", dir.resolve("crm4j.mv.db"));
      return load(store, out);
    }
  }

  /**
   * Loads the CDNOW sample into {@code store} (customers and purchases not stored yet) and
   * summarises what the store then holds.
   */
  public Summary load(Store store, PrintStream out) {
    return loadAndRead(store, out).summary();
  }

  /** What {@link #loadAndRead} leaves: the summary and every purchase the store holds, in time order. */
  public record Loaded(Summary summary, List<Purchase> purchases) {}

  /** Like {@link #load}, also returning the stored purchases read for the summary (one scan of the log). */
  public Loaded loadAndRead(Store store, PrintStream out) {
    List<Purchase> purchases = CdnowSample.purchases();
    CustomerService customers = CustomerService.of(store, clock);
    Set<CustomerId> ids = new LinkedHashSet<>();
    purchases.forEach(p -> ids.add(p.customerId()));
    Set<CustomerId> stored = new HashSet<>();
    CustomerId after = null;
    for (List<Customer> page; !(page = customers.customers().page(after, 1_000)).isEmpty(); ) {
      page.forEach(c -> stored.add(c.id()));
      after = page.get(page.size() - 1).id();
    }
    List<Customer> missing = ids.stream().filter(id -> !stored.contains(id))
        .map(id -> Customer.individual(id, "CDNOW", id.value(), clock.instant())).toList();
    for (int i = 0; i < missing.size(); i += 500) {
      customers.registerAll(missing.subList(i, Math.min(missing.size(), i + 500)));
    }
    int registered = missing.size();
    long before = store.activities().count();
    List<Purchase> toAppend = before == 0 ? purchases : notYetStored(store, purchases, before);
    if (!toAppend.isEmpty()) {
      // one call: the log's appendAll stores all of them or none, so a load cut short leaves no half
      store.activities().appendAll(toAppend);
    }
    out.printf("customers registered now: %d, already stored: %d%n", registered, ids.size() - registered);
    out.printf("purchases appended now: %d, already stored: %d%s%n", store.activities().count() - before, before,
        before > 0 && !toAppend.isEmpty() ? " (an earlier load was incomplete: " + before + " of " + purchases.size()
            + ")" : "");
    List<Purchase> held = new ArrayList<>();
    store.activities().scan(Instant.MIN, Instant.MAX, a -> {
      if (a instanceof Purchase p) {
        held.add(p);
      }
    });
    Summary summary = summarize(held, ids.size());
    summary.print(out);
    return new Loaded(summary, List.copyOf(held));
  }

  /**
   * The sample's purchases the store does not hold yet, after checking that everything it does
   * hold is one of them, unchanged: the demo completes a load that stopped part-way (an
   * interrupted run, a store from before loads were atomic) rather than computing every figure on
   * part of the data, and refuses a store that holds anything else.
   *
   * @throws IllegalStateException if the store holds an activity that is not in the sample as read now
   */
  private static List<Purchase> notYetStored(Store store, List<Purchase> purchases, long stored) {
    Map<ActivityId, Purchase> sample = new HashMap<>(purchases.size() * 2);
    purchases.forEach(p -> sample.put(p.id(), p));
    Set<ActivityId> held = new HashSet<>();
    List<ActivityId> foreign = new ArrayList<>();
    store.activities().scan(Instant.MIN, Instant.MAX, a -> {
      if (a.equals(sample.get(a.id()))) {
        held.add(a.id());
      } else {
        foreign.add(a.id());
      }
    });
    if (!foreign.isEmpty()) {
      throw new IllegalStateException("the demo store must hold only the CDNOW sample, but " + foreign.size() + " of its "
          + stored + " activities are not in it (first: " + foreign.get(0)
          + "); delete the store's folder or choose another with --dir");
    }
    return purchases.stream().filter(p -> !held.contains(p.id())).toList();
  }

  private static Summary summarize(List<Purchase> purchases, int customers) {
    Map<CustomerId, BigDecimal> spend = new HashMap<>();
    Map<CustomerId, Integer> orders = new HashMap<>();
    Money total = Money.zero("USD");
    for (Purchase p : purchases) {
      total = total.plus(p.amount());
      spend.merge(p.customerId(), p.amount().amount(), BigDecimal::add);
      orders.merge(p.customerId(), 1, Integer::sum);
    }
    long repeaters = orders.values().stream().filter(n -> n > 1).count();
    List<Map.Entry<CustomerId, BigDecimal>> top = spend.entrySet().stream()
        .sorted(Map.Entry.<CustomerId, BigDecimal>comparingByValue().reversed()
            .thenComparing(e -> e.getKey().value()))
        .limit(5).toList();
    return new Summary(customers, purchases.size(), total, repeaters, top);
  }

  /** What the demo prints. */
  public record Summary(int customers, int purchases, Money revenue, long repeatBuyers,
      List<Map.Entry<CustomerId, BigDecimal>> topSpenders) {

    void print(PrintStream out) {
      out.printf("customers: %d, purchases: %d, revenue: %s%n", customers, purchases, revenue);
      out.printf("average order value: USD %s%n",
          revenue.amount().divide(BigDecimal.valueOf(purchases), 2, RoundingMode.HALF_EVEN));
      out.printf("repeat buyers: %d (%.1f %%)%n", repeatBuyers, 100.0 * repeatBuyers / customers);
      out.println("top spenders:");
      topSpenders.stream().sorted(Comparator.comparing(Map.Entry<CustomerId, BigDecimal>::getValue).reversed())
          .forEach(e -> out.printf("  %-12s USD %s%n", e.getKey(), e.getValue().setScale(2, RoundingMode.UNNECESSARY)));
    }
  }
}
