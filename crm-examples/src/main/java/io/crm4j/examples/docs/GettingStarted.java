package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.LifecycleService;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.money.Money;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.store.memory.InMemoryStore;
import io.crm4j.scoring.rfm.RfmAnalysis;
import io.crm4j.scoring.rfm.RfmTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The getting-started page's example: a customer, two purchases, the nightly evaluation and RFM. */
public final class GettingStarted {

  private GettingStarted() {}

  /** What the example found. */
  public record Result(CustomerStatus status, String rfmSegment) {}

  public static Result run(Clock clock) {
    // snippet-start
    try (InMemoryStore store = InMemoryStore.create()) {            // or JdbcStore.h2File(Path.of("target/crm"))
      CustomerService customers = CustomerService.of(store, clock);
      Instant now = clock.instant();
      CustomerId ada = CustomerId.of("C-1");
      customers.register(Customer.individual(ada, "Ada", "Lovelace", now.minus(Duration.ofDays(90))));
      store.activities().append(Purchase.of(ada, now.minus(Duration.ofDays(30)), Money.of("120.00", "EUR")));
      store.activities().append(Purchase.of(ada, now.minus(Duration.ofDays(2)), Money.of("80.00", "EUR")));

      // the "timed trigger": call it from your own scheduler, e.g. every night
      LifecycleService lifecycle = LifecycleService.of(store, clock, LifecyclePolicy.ofDefaults());
      ScheduledEvaluation nightly = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()), List.of(lifecycle));
      nightly.evaluateAll(now);
      CustomerStatus status = lifecycle.find(ada).orElseThrow().status();     // ACTIVE

      List<Purchase> purchases = new ArrayList<>();
      store.activities().scan(Instant.MIN, Instant.MAX, a -> {
        if (a instanceof Purchase p) {
          purchases.add(p);
        }
      });
      RfmTable rfm = RfmAnalysis.ofDefaults().score(purchases, now);
      return new Result(status, rfm.segment(0));
    }
    // snippet-end
  }
}
