package io.crm4j.core.lifecycle;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.store.memory.InMemoryStore;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ScheduledEvaluationTest {

  @Test
  void evaluate_oneCustomer_returnsItsChanges() {
    try (InMemoryStore store = InMemoryStore.create()) {
      store.activities().append(purchase("A-1", "C-1", T0, "9.00"));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()),
          List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults())));
      // the purchase at T0 is included when evaluating at T0 exactly
      assertThat(e.evaluate(CustomerId.of("C-1"), T0)).extracting(EvaluationChange::kind)
          .containsExactly("status NON_CUSTOMER -> ACTIVE");
      assertThat(e.evaluate(CustomerId.of("C-1"), T0)).isEmpty();
    }
  }

  /**
   * Issue 17 §3.5: the lifecycle step alone. C-1 became ACTIVE in the run at T0 + 1 day; a run at
   * T0 (earlier, though after the purchase) leaves it untouched and says so. C-2 is first tracked
   * by the earlier run itself, so it is evaluated, not skipped.
   */
  @Test
  void evaluateAll_earlierThanThePreviousRun_reportsTheLifecycleSkip() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0.minusSeconds(3600), "9.00"));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()),
          List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults())));
      assertThat(e.evaluateAll(T0.plus(java.time.Duration.ofDays(1))).count("status NON_CUSTOMER -> ACTIVE"))
          .isEqualTo(1);
      CustomerService.of(store, CLOCK).register(customer("C-2"));

      EvaluationReport r = e.evaluateAll(T0);

      assertThat(r.customersEvaluated()).isEqualTo(2);
      assertThat(r.customersSkipped()).isEqualTo(1);
      assertThat(r.skipped()).containsExactly(CustomerId.of("C-1"));
      assertThat(r.changeCount()).isZero();
      assertThat(e.withListLimit(0).evaluateAll(T0).skipped()).as("counted, not listed").isEmpty();
      assertThat(e.withListLimit(0).evaluateAll(T0).customersSkipped()).isEqualTo(1);
    }
  }

  @Test
  void evaluateAll_stepThatKeepsLosing_isRetriedThenReportedAsFailed() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      CustomerService.of(store, CLOCK).register(customer("C-2"));
      AtomicInteger calls = new AtomicInteger();
      EvaluationStep losing = (tx, facts) -> {
        calls.incrementAndGet();
        if (facts.customerId().value().equals("C-2")) {
          throw new StaleVersionException("x", "C-2", 1, 2);
        }
        return List.of(new EvaluationChange(facts.customerId(), "test", "a", "b", "always"));
      };
      ScheduledEvaluation e = ScheduledEvaluation.of(store, (id, asOf) -> CustomerFacts.of(id, asOf, List.of()),
          List.of(losing));
      EvaluationReport r = e.evaluateAll(T0);
      assertThat(r.customersEvaluated()).isEqualTo(2);
      assertThat(r.failed()).containsExactly(CustomerId.of("C-2"));
      assertThat(r.customersFailed()).isEqualTo(1);
      assertThat(r.count("test a -> b")).isEqualTo(1);
      assertThat(r.count("test b -> c")).isZero();
      // C-1: the read-only probe, then the unit of work (the step reported a change);
      // C-2: the probe, then five attempts
      assertThat(calls).hasValue(8);
      assertThatThrownBy(() -> e.evaluate(CustomerId.of("C-2"), T0))
          .hasMessage("customer C-2 must be writable, but 5 attempts lost to concurrent writers");
    }
  }

  @Test
  void factories_invalid_areRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      FactSource f = (id, asOf) -> CustomerFacts.of(id, asOf, List.of());
      assertThatThrownBy(() -> ScheduledEvaluation.of(store, f, List.of()))
          .hasMessage("steps must hold at least one step, but was empty");
      ScheduledEvaluation e = ScheduledEvaluation.of(store, f,
          List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults())));
      assertThatThrownBy(() -> e.withPageSize(0)).hasMessage("pageSize must be > 0, but was 0");
      assertThatThrownBy(() -> e.withListLimit(-1)).hasMessage("listLimit must be >= 0, but was -1");
    }
  }

  @Test
  void evaluationChangeAndReport_values() {
    EvaluationChange c = new EvaluationChange(CustomerId.of("C-1"), "rung", "A", "B", "rule");
    assertThat(c.kind()).isEqualTo("rung A -> B");
    assertThatThrownBy(() -> new EvaluationChange(CustomerId.of("C-1"), " ", "A", "B", "r"))
        .hasMessageContaining("area must not be blank");
    EvaluationReport r = new EvaluationReport(T0, 1, 1, java.util.Map.of("rung A -> B", 3L), List.of(c), 2, List.of(),
        0, List.of());
    assertThat(r.changeCount()).isEqualTo(3);
    assertThat(r.count("rung A -> B")).isEqualTo(3);
    assertThatThrownBy(() -> new EvaluationReport(T0, 1, 0, java.util.Map.of(), List.of(), 0, List.of(), 0,
        List.of(CustomerId.of("C-1")))).hasMessage("customersSkipped must be >= the 1 skipped customers listed, but was 0");
    assertThat(EvaluationStep.Result.skipped(T0).isSkipped()).isTrue();
    assertThat(EvaluationStep.Result.of(List.of(c)).isSkipped()).isFalse();
  }

  @Test
  void lifecyclePattern_readsTheEndingPhase() {
    assertThat(LifecyclePattern.endedIn(RelationshipPhase.EXPLORATION)).isEqualTo(LifecyclePattern.EARLY_ABORT);
    assertThat(LifecyclePattern.endedIn(RelationshipPhase.FORMATION)).isEqualTo(LifecyclePattern.MIDWAY);
    assertThat(LifecyclePattern.endedIn(RelationshipPhase.STABILITY)).isEqualTo(LifecyclePattern.PREMATURE_EXIT);
    assertThat(LifecyclePattern.endedIn(RelationshipPhase.DECLINE)).isEqualTo(LifecyclePattern.LONG_TERM);
    assertThat(LifecyclePattern.of(CustomerLifecycle.start(CustomerId.of("C"), CustomerStatus.ACTIVE, T0))).isEmpty();
  }
}
