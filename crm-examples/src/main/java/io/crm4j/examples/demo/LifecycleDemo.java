package io.crm4j.examples.demo;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.LifecycleService;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderMembership;
import io.crm4j.core.loyalty.LadderService;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.spi.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The lifecycle and loyalty step of the demo: the preset lifecycle policy and Payne's loyalty
 * ladder (the CDNOW log has no interactions, which the five-stage ladder needs for its second rung), run by the "timed trigger" {@link ScheduledEvaluation} over every stored
 * customer at one instant. Running it again at the same instant changes nothing.
 */
final class LifecycleDemo {

  private LifecycleDemo() {}

  static DemoResult.Lifecycle run(Store store, Clock clock, Instant asOf, List<CustomerId> customers) {
    LifecycleService lifecycle = LifecycleService.of(store, clock, LifecyclePolicy.ofDefaults());
    LoyaltyLadder ladder = LoyaltyLadder.payne(LadderCriteria.ofDefaults());
    LadderService rungs = LadderService.of(store, clock, ladder);
    EvaluationReport report = ScheduledEvaluation.of(store,
            FactSource.fromActivities(store.activities(), CustomerSignals.none()), List.of(lifecycle, rungs))
        .withListLimit(0).evaluateAll(asOf);
    if (report.customersFailed() > 0) {
      throw new IllegalStateException("every customer must be evaluated, but " + report.customersFailed() + " failed");
    }
    Map<String, Long> statuses = new LinkedHashMap<>();
    for (CustomerStatus s : CustomerStatus.values()) {
      statuses.put(s.name(), 0L);
    }
    Map<String, Long> rungCounts = new LinkedHashMap<>();
    ladder.rungs().forEach(r -> rungCounts.put(r.name(), 0L));
    for (CustomerId id : customers) {
      Optional<CustomerLifecycle> l = lifecycle.find(id);
      l.ifPresent(x -> statuses.merge(x.status().name(), 1L, Long::sum));
      Optional<LadderMembership> m = rungs.find(id);
      m.ifPresent(x -> rungCounts.merge(x.rung(), 1L, Long::sum));
    }
    return new DemoResult.Lifecycle(statuses, rungCounts, report.changeCount());
  }
}
