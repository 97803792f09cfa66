package io.crm4j.examples.docs;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.AccrualRule;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.PointsProgramme;
import io.crm4j.core.money.Money;
import io.crm4j.core.programme.ActivityRecorder;
import io.crm4j.core.programme.Programmes;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** docs/storage.md, "The nightly job": progress after each page, and a run killed half-way that continues. */
public final class NightlyJobExample {

  private NightlyJobExample() {}

  /** The progress lines of the restarted run and its report. */
  public record Result(List<String> progress, EvaluationReport rest) {}

  /** Five customers who each bought once, on {@code store} (empty); the job runs the night after. */
  public static Result run(Store store, Clock clock) {
    Instant today = clock.instant();
    Programmes shop = Programmes.custom("shop")
        .points(PointsProgramme.custom("shop-points").rule(new AccrualRule.PerCurrencyUnit(Money.of("1", "EUR"), 1))
            .build(), Programmes.Earning.PURCHASES)
        .lifecycle(LifecyclePolicy.ofDefaults())
        .ladder(LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()))
        .build();
    ActivityRecorder recorder = ActivityRecorder.of(store, clock, shop);
    for (int i = 1; i <= 5; i++) {
      CustomerId id = CustomerId.of("C-" + i);
      CustomerService.of(store, clock).register(Customer.individual(id, "Given", "Family", today));
      recorder.record(Purchase.of(id, today, Money.of("25.00", "EUR")));
    }
    Instant tonight = today.plus(Duration.ofDays(1));
    List<String> progress = new ArrayList<>();
    // snippet-start
    ScheduledEvaluation nightly = recorder.evaluation(CustomerSignals.none())  // checkpoints under "shop"
        .withPageSize(2)                                  // 1,000 suits a large store
        .withProgress(p -> progress.add(p.customersDone() + " customers done, " + p.changes() + " changes"));
    try {
      nightly.withProgress(p -> {
        if (p.pages() == 2) {
          throw new IllegalStateException("power cut");  // the job dies after its second page
        }
      }).evaluateAll(tonight);
    } catch (IllegalStateException e) {
      // C-1 to C-4 are evaluated and committed; the checkpoint says so
    }
    EvaluationReport rest = nightly.evaluateAll(tonight);  // the restart walks C-5 only
    // progress: "5 customers done, 3 changes"; rest.customersEvaluated(): 1
    // snippet-end
    return new Result(progress, rest);
  }
}
