package io.crm4j.core.lifecycle;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.Customer;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.spi.StaleVersionException;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

  /** Five customers: C-1 and C-3 change once, C-4 keeps losing to a concurrent writer, C-5 is skipped. */
  private static ScheduledEvaluation fiveCustomers(InMemoryStore store, List<String> walked) {
    for (int i = 1; i <= 5; i++) {
      CustomerService.of(store, CLOCK).register(customer("C-" + i));
    }
    EvaluationStep step = new EvaluationStep() {
      @Override
      public List<EvaluationChange> evaluate(io.crm4j.core.spi.Transaction tx, CustomerFacts facts) {
        return evaluateOrSkip(tx, facts).changes();
      }

      @Override
      public Result evaluateOrSkip(io.crm4j.core.spi.Transaction tx, CustomerFacts facts) {
        String id = facts.customerId().value();
        walked.add(id);
        return switch (id) {
          case "C-1", "C-3" -> Result.of(List.of(new EvaluationChange(facts.customerId(), "test", "a", "b", "rule")));
          case "C-4" -> throw new StaleVersionException("x", id, 1, 2);
          case "C-5" -> Result.skipped(T0.plusSeconds(60));
          default -> Result.of(List.of());
        };
      }
    };
    return ScheduledEvaluation.of(store, (id, asOf) -> CustomerFacts.of(id, asOf, List.of()), List.of(step))
        .withPageSize(2);
  }

  @Test
  void withProgress_tellsTheCountsAfterEachPage() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<EvaluationProgress> heard = new ArrayList<>();
      EvaluationReport r = fiveCustomers(store, new ArrayList<>()).withProgress(heard::add).evaluateAll(T0);
      assertThat(heard).containsExactly(
          new EvaluationProgress(T0, 1, 2, 1, 1, 0, 0, 0),
          new EvaluationProgress(T0, 2, 4, 2, 2, 1, 0, 0),
          new EvaluationProgress(T0, 3, 5, 2, 2, 1, 1, 0));
      assertThat(r.customersEvaluated()).isEqualTo(5);
      assertThat(r.customersChanged()).isEqualTo(2);
      assertThat(r.failed()).containsExactly(CustomerId.of("C-4"));
      assertThat(r.skipped()).containsExactly(CustomerId.of("C-5"));
      assertThatThrownBy(() -> ScheduledEvaluation.of(store, (id, asOf) -> CustomerFacts.of(id, asOf, List.of()),
          List.of((tx, facts) -> List.of())).withProgress(null)).hasMessage("listener");
    }
  }

  @Test
  void withCheckpoints_runAtTheSameInstant_continuesAfterTheLastPageFinished() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<String> walked = new ArrayList<>();
      ScheduledEvaluation e = fiveCustomers(store, walked).withCheckpoints("plain");
      assertThatThrownBy(() -> e.withProgress(p -> {
        throw new IllegalStateException("stop after page " + p.pages());
      }).evaluateAll(T0)).hasMessage("stop after page 1");
      assertThat(store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).find("plain"))
          .contains(new EvaluationCheckpoint("plain", 1, T0, CustomerId.of("C-2"), 2));
      walked.clear();
      List<EvaluationProgress> heard = new ArrayList<>();

      EvaluationReport rest = e.withProgress(heard::add).evaluateAll(T0);

      // C-4: the probe and five attempts in a unit of work
      assertThat(walked).containsExactly("C-3", "C-3", "C-4", "C-4", "C-4", "C-4", "C-4", "C-4", "C-5");
      assertThat(rest.customersEvaluated()).isEqualTo(3);
      assertThat(heard).extracting(EvaluationProgress::customersDone).containsExactly(4L, 5L);
      assertThat(store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).count()).isZero();
      assertThat(store.repository(LifecycleStorage.EVALUATION_MARKS).count()).as("no catch-up, no mark").isZero();
    }
  }

  @Test
  void withCheckpoints_runAtAnotherInstant_startsFromTheFirstCustomer() {
    try (InMemoryStore store = InMemoryStore.create()) {
      List<String> walked = new ArrayList<>();
      ScheduledEvaluation e = fiveCustomers(store, walked).withCheckpoints("plain");
      assertThatThrownBy(() -> e.withProgress(p -> {
        throw new IllegalStateException("stop");
      }).evaluateAll(T0)).hasMessage("stop");

      EvaluationReport next = e.evaluateAll(T0.plus(Duration.ofDays(1)));

      assertThat(next.customersEvaluated()).isEqualTo(5);
      assertThat(store.repository(LifecycleStorage.EVALUATION_CHECKPOINTS).count()).isZero();
      assertThatThrownBy(() -> e.withCheckpoints(" ")).hasMessage("name must not be blank, but was ' '");
    }
  }

  /** A customer who buys at 13:00 on the first day and never again lapses 10 days later (policy below). */
  private static List<LifecycleChange> lapseHistory(boolean catchUp, boolean daily) {
    Instant day0 = Instant.parse("2026-01-06T00:00:00Z");
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", day0.plusSeconds(13 * 3600), "9.00"));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()),
          List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.custom().lapseAfterDays(10).build())));
      if (catchUp) {
        e = e.withDailyCatchUp("nightly", ZoneOffset.UTC);
      }
      e.evaluateAll(day0);
      for (int d = daily ? 1 : 30; d <= 30; d++) {
        e.evaluateAll(day0.plus(Duration.ofDays(d)).plusSeconds(7200)); // runs at 02:00
      }
      return store.repository(LifecycleStorage.LIFECYCLES).find(CustomerId.of("C-1")).orElseThrow().history();
    }
  }

  @Test
  void evaluateAll_withDailyCatchUp_oneRunDatesChangesLikeDailyRuns() {
    List<LifecycleChange> daily = lapseHistory(true, true);
    assertThat(lapseHistory(true, false)).isEqualTo(daily);
    // bought 2026-01-06T13:00; 10 days later is 01-16T13:00, first seen at the start of 01-17
    assertThat(daily).extracting(LifecycleChange::at).containsExactly(
        Instant.parse("2026-01-07T00:00:00Z"), Instant.parse("2026-01-17T00:00:00Z"));
    assertThat(daily.get(1).toStatus()).isEqualTo(CustomerStatus.LAPSED);
  }

  @Test
  void evaluateAll_withoutCatchUp_datesChangesByTheRunThatSawThem() {
    // the defect catch-up removes: one run after 30 days dates the lapse 13 days late, at the run
    List<LifecycleChange> once = lapseHistory(false, false);
    assertThat(once).extracting(LifecycleChange::at).containsExactly(
        Instant.parse("2026-02-05T02:00:00Z"), Instant.parse("2026-02-05T02:00:00Z"));
    assertThat(once).isNotEqualTo(lapseHistory(false, true));
  }

  @Test
  void evaluateAll_withDailyCatchUp_skipsDaysBeforeACustomerWasCreatedAndRunsEachDayOnce() {
    Instant day0 = Instant.parse("2026-01-06T00:00:00Z");
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()),
          List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults())))
          .withDailyCatchUp("nightly", ZoneOffset.UTC);
      // first run: only the start of its day
      assertThat(e.evaluateAll(day0.plusSeconds(3600)).asOf()).isEqualTo(day0);
      assertThat(store.repository(LifecycleStorage.EVALUATION_MARKS).find("nightly").orElseThrow().evaluatedUpTo()).isEqualTo(day0);
      CustomerService.of(store, CLOCK).register(
          Customer.individual(CustomerId.of("C-2"), "G", "F", day0.plusSeconds(86_400 * 3 + 5)));
      EvaluationReport r = e.evaluateAll(day0.plus(Duration.ofDays(5)).plusSeconds(60));
      assertThat(r.asOf()).isEqualTo(day0.plus(Duration.ofDays(5)));
      // C-2 was created after the start of day 3: evaluated at days 4 and 5 only, so its lifecycle starts at day 4
      assertThat(store.repository(LifecycleStorage.LIFECYCLES).find(CustomerId.of("C-2")).orElseThrow().statusSince())
          .isEqualTo(day0.plus(Duration.ofDays(4)));
      assertThat(e.evaluateAll(day0.plus(Duration.ofDays(5)).plusSeconds(7200)).customersEvaluated())
          .isZero();
      assertThatThrownBy(() -> e.withDailyCatchUp(" ", ZoneOffset.UTC))
          .hasMessage("name must not be blank, but was ' '");
      assertThatThrownBy(() -> e.withDailyCatchUp("x", null)).hasMessage("zone");
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
