package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Refund;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.PointsAccount;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** docs/concepts/programmes.md: record once, every programme reacts. */
public final class ProgrammesExample {

  private ProgrammesExample() {}

  /** The points balance after the purchase, after its replay and after the refund; whether a replay was seen. */
  public record Result(long afterPurchase, long afterReplay, long afterRefund, boolean replayed) {}

  public static Result run(Clock clock) {
    Instant at = clock.instant();
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, clock).register(Customer.individual(CustomerId.of("C-1"), "Wei", "Li", at));
      // snippet-start
      Programmes shop = Programmes.custom("shop")
          .points(PointsProgramme.custom("shop-points")
              .rule(new AccrualRule.PerCurrencyUnit(Money.of("10.00", "CNY"), 1))  // 1 point per 10 yuan
              .clubThreshold(Money.of("1000.00", "CNY"))
              .build(), Programmes.Earning.PURCHASES)
          .lifecycle(LifecyclePolicy.ofDefaults())
          .ladder(LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()))
          .build();
      ActivityRecorder recorder = ActivityRecorder.of(store, clock, shop);

      Purchase purchase = Purchase.of(CustomerId.of("C-1"), at, Money.of("128.00", "CNY"));
      recorder.record(purchase);                                        // log + 12 points, one unit of work
      long afterPurchase = balance(store);                              // 12
      boolean replayed = recorder.record(purchase).replayed();          // true: nothing changes
      long afterReplay = balance(store);                                // 12
      recorder.record(Refund.of(purchase, at.plus(Duration.ofDays(2)), Money.of("30.00", "CNY")));
      long afterRefund = balance(store);                                // CNY 98 earns 9: 3 go back

      // the nightly job: lifecycle and ladder, catching up on every day it missed
      recorder.evaluation(CustomerSignals.none()).evaluateAll(at.plus(Duration.ofDays(3)));
      // snippet-end
      return new Result(afterPurchase, afterReplay, afterRefund, replayed);
    }
  }

  private static long balance(InMemoryStore store) {
    return store.repository(LoyaltyStorage.POINTS_ACCOUNTS).find(CustomerId.of("C-1")).orElseThrow().balance();
  }
}
