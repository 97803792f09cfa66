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
import io.crm4j.core.loyalty.LoyaltyLadder;
import io.crm4j.core.loyalty.LoyaltyStorage;
import io.crm4j.core.loyalty.TierMeasure;
import io.crm4j.core.loyalty.TierMembership;
import io.crm4j.core.loyalty.TierProgramme;
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
      // ladder: buyers climb SUSPECT -> FIRST_TIME is blocked by PROSPECT (needs an interaction): nobody moves
      assertThat(first.countsByKind().keySet()).noneMatch(k -> k.startsWith("rung"));
      // tier: C-1 spent 1100 EUR >= 1000 -> GOLD, C-2 spent 50 >= 50 -> SILVER
      assertThat(first.count("tier BASE -> GOLD")).isEqualTo(1);
      assertThat(first.count("tier BASE -> SILVER")).isEqualTo(1);
      assertThat(first.customersChanged()).isEqualTo(3);
      assertThat(first.changeCount()).isEqualTo(7);
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
      assertThat(r.changes()).hasSize(1);
      assertThat(r.changesLeftOut()).isEqualTo(3);
      assertThat(r.changeCount()).isEqualTo(4);
    }
  }

  private static ScheduledEvaluation evaluation(Store store) {
    TierProgramme tiers = TierProgramme.custom("spend").tier("BASE", 0).tier("SILVER", 50).tier("GOLD", 1000).build();
    return ScheduledEvaluation.of(store, FactSource.fromActivities(store.activities(), CustomerSignals.none()),
        List.of(LifecycleService.of(store, CLOCK, LifecyclePolicy.ofDefaults()),
            LadderService.of(store, CLOCK, LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults())),
            TierService.of(store, CLOCK, tiers, TierMeasure.spend(Currency.getInstance("EUR")))));
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
