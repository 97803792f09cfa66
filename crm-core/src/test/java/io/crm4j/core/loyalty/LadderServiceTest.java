package io.crm4j.core.loyalty;

import static io.crm4j.core.testing.Fixtures.CLOCK;
import static io.crm4j.core.testing.Fixtures.T0;
import static io.crm4j.core.testing.Fixtures.customer;
import static io.crm4j.core.testing.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.json.Crm4jJson;
import io.crm4j.core.lifecycle.CustomerSignals;
import io.crm4j.core.lifecycle.EvaluationReport;
import io.crm4j.core.lifecycle.FactSource;
import io.crm4j.core.lifecycle.ScheduledEvaluation;
import io.crm4j.core.service.CustomerService;
import io.crm4j.core.store.memory.InMemoryStore;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LadderServiceTest {

  private static final CustomerId C = CustomerId.of("C-1");

  @Test
  void evaluate_paynesLadder_promotesOnPurchasesAndPromoterAnswerButNotToPartner() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "10.00"));
      store.activities().append(purchase("A-2", "C-1", T0.plusSeconds(60), "10.00"));
      CustomerSignals promoter = new CustomerSignals() {
        @Override
        public OptionalInt nps(CustomerId customerId, Instant asOf) {
          return OptionalInt.of(10);
        }
      };
      // the service's clock (for changes by hand) reads two days after T0, after the evaluation below
      LadderService ladder = LadderService.of(store,
          java.time.Clock.fixed(T0.plus(Duration.ofDays(2)), java.time.ZoneOffset.UTC),
          LoyaltyLadder.payne(LadderCriteria.ofDefaults()));
      ScheduledEvaluation e = ScheduledEvaluation.of(store, FactSource.fromActivities(store.activities(), promoter),
          List.of(ladder));
      EvaluationReport r = e.evaluateAll(T0.plus(Duration.ofDays(1)));
      // purchase -> CUSTOMER, two purchases -> CLIENT, recommend answer 10 >= 9 -> SUPPORTER; no referral: stop
      assertThat(r.changes()).extracting(c -> c.to()).containsExactly("CUSTOMER", "CLIENT", "SUPPORTER");
      LadderMembership m = ladder.find(C).orElseThrow();
      assertThat(m.rung()).isEqualTo("SUPPORTER");
      assertThat(Crm4jJson.read(Crm4jJson.write(m), LadderMembership.class)).isEqualTo(m);
      assertThat(ladder.setByHand(C, "PARTNER", "joint venture").applied()).isTrue();
      assertThat(e.evaluateAll(T0.plus(Duration.ofDays(900))).changeCount()).as("held by hand").isZero();
      assertThat(ladder.ladder().name()).isEqualTo("payne");
    }
  }

  /**
   * Issue 17 §3.5: the ladder step alone. C-1 climbed in the run at T0 + 1 day; a run at T0 + 1
   * hour (after both purchases, before that climb) leaves the rung alone and the report says so.
   */
  @Test
  void evaluateAll_earlierThanThePreviousRun_reportsTheLadderSkip() {
    try (InMemoryStore store = InMemoryStore.create()) {
      CustomerService.of(store, CLOCK).register(customer("C-1"));
      store.activities().append(purchase("A-1", "C-1", T0, "10.00"));
      store.activities().append(purchase("A-2", "C-1", T0.plusSeconds(60), "10.00"));
      LadderService ladder = LadderService.of(store, CLOCK, LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()));
      ScheduledEvaluation e = ScheduledEvaluation.of(store,
          FactSource.fromActivities(store.activities(), CustomerSignals.none()), List.of(ladder));
      assertThat(e.evaluateAll(T0.plus(Duration.ofDays(1))).customersSkipped()).isZero();
      LadderMembership climbed = ladder.find(C).orElseThrow();
      assertThat(climbed.rung()).isEqualTo("REPEAT_CUSTOMER");

      EvaluationReport r = e.evaluateAll(T0.plusSeconds(3600));

      assertThat(r.skipped()).containsExactly(C);
      assertThat(r.customersSkipped()).isEqualTo(1);
      assertThat(r.changeCount()).isZero();
      assertThat(ladder.find(C).orElseThrow()).isEqualTo(climbed);
    }
  }

  @Test
  void setByHand_unknownRung_isRefused() {
    try (InMemoryStore store = InMemoryStore.create()) {
      LadderService ladder = LadderService.of(store, CLOCK, LoyaltyLadder.payne(LadderCriteria.ofDefaults()));
      assertThatThrownBy(() -> ladder.setByHand(C, "KING", "x"))
          .hasMessage("rung must be one of the ladder 'payne', but was 'KING'");
      assertThat(ladder.release(C, "not held").applied()).isFalse();
      LadderMembership m = LadderMembership.join(C, LoyaltyLadder.payne(LadderCriteria.ofDefaults()), T0);
      assertThatThrownBy(() -> m.evaluate(LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults()), null))
          .hasMessage("ladder must be 'payne', but was 'five-stage'");
      assertThat(m.setByHand(LoyaltyLadder.payne(LadderCriteria.ofDefaults()), "CLIENT", "x", T0.minusSeconds(1))
          .applied()).isFalse();
    }
  }
}
