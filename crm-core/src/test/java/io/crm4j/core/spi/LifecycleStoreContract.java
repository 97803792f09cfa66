package io.crm4j.core.spi;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.event.DomainEvent;
import io.crm4j.core.lifecycle.ChurnReason;
import io.crm4j.core.lifecycle.CustomerLifecycle;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.LifecycleEvent;
import io.crm4j.core.lifecycle.LifecyclePolicy;
import io.crm4j.core.lifecycle.LifecycleService;
import io.crm4j.core.lifecycle.LifecycleStorage;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.loyalty.LadderCriteria;
import io.crm4j.core.loyalty.LadderMembership;
import io.crm4j.core.loyalty.LadderService;
import io.crm4j.core.loyalty.LoyaltyEvent;
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.loyalty.TierProgramme;
import io.crm4j.core.loyalty.TierConfig;
import io.crm4j.core.loyalty.TierService;
import io.crm4j.core.outcome.Outcome;
import io.crm4j.core.service.CustomerService;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The storage contract for lifecycle state and the scheduled evaluation of lifecycle, ladder and tier. */
public interface LifecycleStoreContract extends StoreFixture {

  @Test
  default void lifecycle_roundTripsWithHistoryAndChurnReason() {
    try (Store store = newStore()) {
      LifecycleService service = LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults());
      CustomerId id = CustomerId.of("C-1");
      service.start(id);
      service.transition(id, CustomerStatus.ACTIVE, "walk-in purchase");
      Outcome<CustomerLifecycle> o = service.lapse(id, ChurnReason.COMPETITION, "moved to a rival");
      assertThat(o.applied()).isTrue();
      CustomerLifecycle stored = store.repository(LifecycleStorage.LIFECYCLES).find(id).orElseThrow();
      assertThat(stored).isEqualTo(o.orElseThrow());
      assertThat(stored.version()).isEqualTo(3);
      assertThat(stored.churnReason()).isEqualTo(ChurnReason.COMPETITION);
      assertThat(stored.history()).hasSize(2);
      assertThat(service.transition(id, CustomerStatus.PROSPECT, "not allowed")).isInstanceOf(
          Outcome.Rejected.class);
      assertThat(service.find(id).orElseThrow().version()).isEqualTo(3);
    }
  }

  @Test
  default void evaluateAll_walksEveryCustomerAppliesEveryStepAndIsIdempotent() {
    try (Store store = newStore()) {
      CustomerService customers = CustomerService.of(store, CLOCK);
      for (String id : List.of("C-1", "C-2", "C-3", "C-4", "C-5")) {
        customers.register(customer(id));
      }
      Instant day = T0.plus(Duration.ofDays(1));
      // C-1 and C-2 bought twice, C-3 once, C-4 and C-5 never
      store.activities().appendAll(List.of(
          purchase("A-1", "C-1", T0, "600.00"), purchase("A-2", "C-1", day, "500.00"),
          purchase("A-3", "C-2", T0, "20.00"), purchase("A-4", "C-2", day, "30.00"),
          purchase("A-5", "C-3", T0, "10.00")));
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      ScheduledEvaluation evaluation = evaluation(store).withPageSize(2);
      Instant asOf = T0.plus(Duration.ofDays(2));

      EvaluationReport first = evaluation.evaluateAll(asOf);
      assertThat(first.customersEvaluated()).isEqualTo(5);
      assertThat(first.customersFailed()).isZero();
      // three buyers become ACTIVE; two of them formed (two purchases)
      assertThat(first.count("status NON_CUSTOMER -> ACTIVE")).isEqualTo(3);
      assertThat(first.count("phase EXPLORATION -> FORMATION")).isEqualTo(2);
      // ladder: a purchase is evidence of interest, so the three buyers climb past PROSPECT with no
      // interaction logged; C-1 and C-2 (two purchases in 365 days) on to REPEAT_CUSTOMER
      assertThat(first.count("rung SUSPECT -> PROSPECT")).isEqualTo(3);
      assertThat(first.count("rung PROSPECT -> FIRST_TIME_CUSTOMER")).isEqualTo(3);
      assertThat(first.count("rung FIRST_TIME_CUSTOMER -> REPEAT_CUSTOMER")).isEqualTo(2);
      // tier: C-1 spent 1100 EUR >= 1000 -> GOLD, C-2 spent 50 >= 50 -> SILVER
      assertThat(first.count("tier BASE -> GOLD")).isEqualTo(1);
      assertThat(first.count("tier BASE -> SILVER")).isEqualTo(1);
      assertThat(first.customersChanged()).isEqualTo(3);
      assertThat(first.changeCount()).isEqualTo(15);
      assertThat(store.repository(LifecycleStorage.LIFECYCLES).count()).isEqualTo(5);
      assertThat(store.repository(LoyaltyStorage.LADDER_MEMBERSHIPS).count()).isEqualTo(5);
      assertThat(store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).count()).isEqualTo(5);
      assertThat(seen).filteredOn(e -> e instanceof LifecycleEvent.StatusChanged).hasSize(3);
      long versions = versionSum(store);

      int eventsBefore = seen.size();
      EvaluationReport second = evaluation.evaluateAll(asOf);
      assertThat(second.customersEvaluated()).isEqualTo(5);
      assertThat(second.changeCount()).isZero();
      assertThat(versionSum(store)).isEqualTo(versions);
      assertThat(seen).hasSize(eventsBefore);
    }
  }

  @Test
  default void evaluateAll_listLimit_countsEverythingButListsOnlyTheLimit() {
    try (Store store = newStore()) {
      CustomerService customers = CustomerService.of(store, CLOCK);
      for (int i = 1; i <= 4; i++) {
        customers.register(customer("C-" + i));
        store.activities().append(purchase("A-" + i, "C-" + i, T0, "1.00"));
      }
      EvaluationReport r = evaluation(store).withListLimit(1).evaluateAll(T0.plusSeconds(60));
      // per customer: status NON_CUSTOMER -> ACTIVE, rungs SUSPECT -> PROSPECT -> FIRST_TIME_CUSTOMER
      assertThat(r.changes()).hasSize(1);
      assertThat(r.changesLeftOut()).isEqualTo(11);
      assertThat(r.changeCount()).isEqualTo(12);
    }
  }

  /**
   * Issue 17 §3.2 and §3.5: after runs up to 2027, {@code evaluateAll(2025-06-01)} used to turn the
   * SILVER member GOLD "since 2025-06-01" (the 2025 window then held EUR 1500), publish that and
   * write history out of order, while the lifecycle and the ladder silently did nothing. Now every
   * step leaves both customers untouched and the report counts and lists them as skipped.
   */
  @Test
  default void evaluateAll_earlierThanThePreviousRun_changesNothingAndReportsTheSkippedCustomers() {
    try (Store store = newStore()) {
      CustomerService customers = CustomerService.of(store, CLOCK);
      customers.register(customer("C-1"));
      customers.register(customer("C-2"));
      store.activities().appendAll(List.of(
          purchase("A-1", "C-1", Instant.parse("2025-05-01T10:00:00Z"), "1500.00"),
          purchase("A-2", "C-1", Instant.parse("2026-03-01T10:00:00Z"), "60.00")));
      ScheduledEvaluation evaluation = evaluation(store);
      // 2026 so far: EUR 60 >= 50 -> SILVER (the EUR 1500 of 2025 is the previous window's)
      EvaluationReport march = evaluation.evaluateAll(Instant.parse("2026-03-02T00:00:00Z"));
      assertThat(march.count("tier BASE -> SILVER")).isEqualTo(1);
      assertThat(march.customersSkipped()).isZero();
      evaluation.evaluateAll(Instant.parse("2027-01-02T00:00:00Z"));
      TierMembership silver = store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(CustomerId.of("C-1")).orElseThrow();
      assertThat(silver.tier()).isEqualTo("SILVER");
      long versions = versionSum(store);
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);

      EvaluationReport late = evaluation.evaluateAll(Instant.parse("2025-06-01T00:00:00Z"));

      assertThat(late.customersEvaluated()).isEqualTo(2);
      // C-1 changed in both runs; C-2 started being tracked in the 2026 run
      assertThat(late.customersSkipped()).isEqualTo(2);
      assertThat(late.skipped()).containsExactly(CustomerId.of("C-1"), CustomerId.of("C-2"));
      assertThat(late.changeCount()).isZero();
      assertThat(late.customersChanged()).isZero();
      assertThat(seen).isEmpty();
      assertThat(versionSum(store)).isEqualTo(versions);
      assertThat(store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).find(CustomerId.of("C-1")).orElseThrow()).isEqualTo(silver);

      EvaluationReport again = evaluation.evaluateAll(Instant.parse("2027-01-02T00:00:00Z"));
      assertThat(again.customersSkipped()).as("the latest instant again: nothing skipped").isZero();
      assertThat(again.changeCount()).isZero();
    }
  }

  /**
   * Issue 17 §3.3 on every store: the 2026 window (EUR 60) of a GOLD member is first assessed on
   * 2027-02-15; the downgrade to SILVER is announced then and takes effect 30 days later,
   * 2027-03-17 (13 days to 28 February, 17 into March), not at once.
   */
  @Test
  default void evaluateAll_firstAssessmentWeeksAfterTheWindow_announcesTheDowngradeWithFullGrace() {
    try (Store store = newStore()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().appendAll(List.of(
          purchase("A-1", "C-1", Instant.parse("2025-03-01T10:00:00Z"), "1500.00"),
          purchase("A-2", "C-1", Instant.parse("2026-05-01T10:00:00Z"), "60.00")));
      ScheduledEvaluation evaluation = evaluation(store);
      assertThat(evaluation.evaluateAll(Instant.parse("2025-03-02T00:00:00Z")).count("tier BASE -> GOLD")).isEqualTo(1);
      evaluation.evaluateAll(Instant.parse("2026-01-02T00:00:00Z"));  // 2025 assessed: 1500 keeps GOLD
      List<DomainEvent> seen = new CopyOnWriteArrayList<>();
      store.events().subscribe(seen::add);
      Instant assessment = Instant.parse("2027-02-15T00:00:00Z");

      EvaluationReport r = evaluation.evaluateAll(assessment);

      assertThat(r.count("tier GOLD -> SILVER")).isZero();
      assertThat(seen).contains(new LoyaltyEvent.TierDowngradeScheduled(CustomerId.of("C-1"), "spend", "GOLD", "SILVER",
          Instant.parse("2027-03-17T00:00:00Z"), assessment));
      assertThat(evaluation.evaluateAll(Instant.parse("2027-03-16T23:59:59Z")).count("tier GOLD -> SILVER")).isZero();
      assertThat(evaluation.evaluateAll(Instant.parse("2027-03-17T00:00:00Z")).count("tier GOLD -> SILVER"))
          .isEqualTo(1);
    }
  }

  private static ScheduledEvaluation evaluation(Store store) {
    TierProgramme tiers = TierProgramme.custom("spend").tier("BASE", 0).tier("SILVER", 50).tier("GOLD", 1000).build();
    return ScheduledEvaluation.of(store, FactSource.fromActivities(store.activities(), CustomerSignals.none()),
        List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults()),
            LadderService.of(store, CLOCK, LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults())),
            TierService.of(store, CLOCK, TierConfig.of(tiers, TierMeasure.spend(Currency.getInstance("EUR"))))));
  }

  private static long versionSum(Store store) {
    long sum = 0;
    for (CustomerLifecycle l : store.repository(LifecycleStorage.LIFECYCLES).page(null, 100)) {
      sum += l.version();
    }
    for (LadderMembership m : store.repository(LoyaltyStorage.LADDER_MEMBERSHIPS).page(null, 100)) {
      sum += m.version();
    }
    for (TierMembership m : store.repository(LoyaltyStorage.TIER_MEMBERSHIPS).page(null, 100)) {
      sum += m.version();
    }
    return sum;
  }
}
