package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** docs/concepts/lifecycle.md: a custom lifecycle policy that lapses customers sooner than the preset. */
public final class LifecyclePolicyExample {

  private LifecyclePolicyExample() {}

  /** The status 90 days after the last purchase under the custom policy and under the preset. */
  public record Result(CustomerStatus custom, CustomerStatus preset) {}

  public static Result run(Instant start) {
    // snippet-start
    LifecyclePolicy quick = LifecyclePolicy.custom()
        .lapseAfterDays(90)                        // preset 180
        .stabilityPurchases(3, 180)                // preset 4 purchases in 365 days
        .build();
    CustomerId id = CustomerId.of("C-1");
    List<Purchase> bought = List.of(Purchase.of(id, start.plus(Duration.ofDays(3)), Money.of("49.90", "EUR")));
    Instant asOf = start.plus(Duration.ofDays(93));                   // 90 days after the purchase

    CustomerLifecycle c = CustomerLifecycle.start(id, quick.initialStatus(), start);
    CustomerStatus custom = quick.evaluate(c, CustomerFacts.of(id, asOf, bought)).lifecycle().status();   // LAPSED
    LifecyclePolicy preset = LifecyclePolicy.ofDefaults();
    CustomerStatus stillActive = preset.evaluate(c, CustomerFacts.of(id, asOf, bought)).lifecycle().status();  // ACTIVE
    // snippet-end
    return new Result(custom, stillActive);
  }
}
