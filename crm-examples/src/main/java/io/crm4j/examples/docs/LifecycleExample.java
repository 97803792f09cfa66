package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** docs/concepts/lifecycle.md: evaluating one customer's lifecycle without a store. */
public final class LifecycleExample {

  private LifecycleExample() {}

  /** The status after a purchase, and whether a forbidden move was refused. */
  public record Result(CustomerStatus afterPurchase, boolean forbiddenMoveRefused) {}

  public static Result run(Instant start) {
    // snippet-start
    LifecyclePolicy policy = LifecyclePolicy.ofDefaults();
    CustomerId id = CustomerId.of("C-1");
    CustomerLifecycle prospect = CustomerLifecycle.start(id, policy.initialStatus(), start);

    Instant asOf = start.plus(Duration.ofDays(10));
    CustomerFacts facts = CustomerFacts.of(id, asOf,
        List.of(Purchase.of(id, start.plus(Duration.ofDays(3)), Money.of("49.90", "EUR"))));
    CustomerLifecycle evaluated = policy.evaluate(prospect, facts).lifecycle();   // status ACTIVE

    // a move the graph does not allow is a returned outcome, not an exception
    Outcome<CustomerLifecycle> back = evaluated.transition(policy.graph(), CustomerStatus.PROSPECT, "by hand", asOf);
    boolean refused = back.rejected();                  // code TRANSITION_NOT_ALLOWED, message says why
    // snippet-end
    return new Result(evaluated.status(), refused);
  }
}
