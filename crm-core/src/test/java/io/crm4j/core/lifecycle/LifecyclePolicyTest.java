package io.crm4j.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Payment;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class LifecyclePolicyTest {

  private static final CustomerId C = CustomerId.of("C-1");
  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void ofDefaults_presetNumbers() {
    LifecyclePolicy p = LifecyclePolicy.ofDefaults();
    assertThat(p.lapseAfterDays()).isEqualTo(180);
    assertThat(p.initialStatus()).isEqualTo(CustomerStatus.NON_CUSTOMER);
    assertThat(p.statusRules()).hasSize(7);
    assertThat(p.phaseRules()).hasSize(4);
    assertThat(p.statusRules().get(2).name()).isEqualTo("no purchase for 180 days");
    assertThat(p.graph()).isEqualTo(LifecycleGraph.standard());
  }

  @Test
  void custom_lapseAfterDays_changesTheRule() {
    LifecyclePolicy p = LifecyclePolicy.custom().lapseAfterDays(30).build();
    CustomerLifecycle active = active();
    List<Purchase> one = List.of(buy(T));
    assertThat(p.evaluate(active, CustomerFacts.of(C, T.plus(Duration.ofDays(29)), one)).changed()).isFalse();
    LifecyclePolicy.Result r = p.evaluate(active, CustomerFacts.of(C, T.plus(Duration.ofDays(30)), one));
    assertThat(r.lifecycle().status()).isEqualTo(CustomerStatus.LAPSED);
    assertThat(r.changes()).singleElement().satisfies(c -> assertThat(c.reason()).isEqualTo("no purchase for 30 days"));
    assertThat(LifecyclePolicy.from(p).build().lapseAfterDays()).isEqualTo(30);
    assertThat(LifecyclePolicy.from(p).lapseAfterDays(45).build().statusRules().get(2).name())
        .isEqualTo("no purchase for 45 days");
  }

  @Test
  void evaluate_stabilityThenDeclineOnLatePayment() {
    List<io.crm4j.core.activity.Activity> log = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      log.add(buy(T.plus(Duration.ofDays(10L * i))));
    }
    CustomerLifecycle l = LifecyclePolicy.ofDefaults().evaluate(CustomerLifecycle.start(C,
        CustomerStatus.NON_CUSTOMER, T), CustomerFacts.of(C, T.plus(Duration.ofDays(31)), log)).lifecycle();
    // 4 purchases: ACTIVE, FORMATION (2 since exploration began), STABILITY (4 in 365 days)
    assertThat(l.phase()).isEqualTo(RelationshipPhase.STABILITY);
    log.add(new Payment(ActivityId.of("pay"), C, T.plus(Duration.ofDays(40)), Money.of("5", "EUR"), "inv-1",
        LocalDate.parse("2026-02-01")));
    LifecyclePolicy.Result r = LifecyclePolicy.ofDefaults().evaluate(l,
        CustomerFacts.of(C, T.plus(Duration.ofDays(41)), log));
    // paid on 2026-02-10, due 2026-02-01: one late payment in the last 90 days
    assertThat(r.changes()).extracting(EvaluationChange::kind).containsExactly("phase STABILITY -> DECLINE");
  }

  /** The counterexample jqwik once shrank to: purchases at the very instant a phase was entered. */
  @Test
  void evaluate_purchasesAtTheEntryInstant_doNotCountAsSinceEntry() {
    Instant asOf = T.plus(Duration.ofDays(2));
    List<io.crm4j.core.activity.Activity> log = List.of(
        buy(T), new Purchase(ActivityId.of("p-b"), C, T, Money.of("10", "EUR"), null),
        new Payment(ActivityId.of("late"), C, T, Money.of("10", "EUR"), null, LocalDate.parse("2025-12-27")),
        buy(asOf), new Purchase(ActivityId.of("p-d"), C, asOf, Money.of("10", "EUR"), null));
    LifecyclePolicy p = LifecyclePolicy.custom().lapseAfterDays(60).declineAfterDays(30).build();
    CustomerLifecycle start = CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER, T.minusNanos(1));
    LifecyclePolicy.Result first = p.evaluate(start, CustomerFacts.of(C, asOf, log));
    // 4 purchases: ACTIVE, FORMATION, STABILITY; the late payment then moves it to DECLINE, and the two
    // purchases at asOf itself are not "after" entering DECLINE, so it stays there
    assertThat(first.lifecycle().phase()).isEqualTo(RelationshipPhase.DECLINE);
    assertThat(p.evaluate(first.lifecycle(), CustomerFacts.of(C, asOf, log)).changed()).isFalse();
  }

  @Test
  void evaluate_cyclicRules_stopBecauseEachRuleFiresOnce() {
    Condition always = new Condition.InStateAtLeast(1);
    LifecyclePolicy p = LifecyclePolicy.custom()
        .statusRules(List.of(
            StatusRule.of("target", EnumSet.of(CustomerStatus.PROSPECT), CustomerStatus.TARGET,
                new Condition.Not(new Condition.OpenComplaintsAtLeast(1))),
            StatusRule.of("untarget", EnumSet.of(CustomerStatus.TARGET), CustomerStatus.PROSPECT,
                new Condition.Not(new Condition.OpenComplaintsAtLeast(1)))))
        .phaseRules(List.of(new PhaseRule("form", RelationshipPhase.EXPLORATION, RelationshipPhase.FORMATION, always)))
        .build();
    LifecyclePolicy.Result r = p.evaluate(CustomerLifecycle.start(C, CustomerStatus.PROSPECT, T),
        CustomerFacts.of(C, T.plus(Duration.ofDays(2)), List.of()));
    assertThat(r.changes()).extracting(EvaluationChange::kind)
        .containsExactly("status PROSPECT -> TARGET", "status TARGET -> PROSPECT");
    assertThat(r.lifecycle().phase()).as("phases move only while ACTIVE or WON_BACK")
        .isEqualTo(RelationshipPhase.EXPLORATION);
  }

  @Test
  void build_ruleOffTheGraph_isRefused() {
    assertThatThrownBy(() -> LifecyclePolicy.custom().statusRules(List.of(StatusRule.of("jump",
        EnumSet.of(CustomerStatus.NON_CUSTOMER), CustomerStatus.WON_BACK, new Condition.OwesBalance()))).build())
        .hasMessage("statusRules must follow the graph, but rule 'jump' moves NON_CUSTOMER -> WON_BACK");
    assertThatThrownBy(() -> LifecyclePolicy.custom().phaseRules(List.of(new PhaseRule("skip",
        RelationshipPhase.EXPLORATION, RelationshipPhase.DECLINE, new Condition.OwesBalance()))).build())
        .hasMessage("phaseRules must follow the graph, but rule 'skip' moves EXPLORATION -> DECLINE");
  }

  @Test
  void builder_invalidNumbers_areRefusedAtOnce() {
    assertThatThrownBy(() -> LifecyclePolicy.custom().lapseAfterDays(0)).hasMessage("lapseAfterDays must be > 0, but was 0");
    assertThatThrownBy(() -> LifecyclePolicy.custom().formationPurchases(-1))
        .hasMessage("formationPurchases must be > 0, but was -1");
    assertThatThrownBy(() -> LifecyclePolicy.custom().stabilityPurchases(4, 0))
        .hasMessage("stabilityWindowDays must be > 0, but was 0");
    assertThatThrownBy(() -> LifecyclePolicy.custom().declineAfterDays(0)).hasMessage("declineAfterDays must be > 0, but was 0");
  }

  @Test
  void statusRule_churnReasonExactlyForLapse() {
    assertThatThrownBy(() -> new StatusRule("x", EnumSet.of(CustomerStatus.ACTIVE), CustomerStatus.LAPSED,
        new Condition.OwesBalance(), null, null)).hasMessageContaining("churnReason must be set exactly when to is LAPSED");
    assertThatThrownBy(() -> StatusRule.of("x", EnumSet.noneOf(CustomerStatus.class), CustomerStatus.ACTIVE,
        new Condition.OwesBalance())).hasMessage("from must name at least one status, but was empty");
    assertThatThrownBy(() -> new PhaseRule(" ", RelationshipPhase.FORMATION, RelationshipPhase.STABILITY,
        new Condition.OwesBalance())).hasMessageContaining("name must not be blank");
  }

  /**
   * A lifecycle moved by hand to ACTIVE on day 10 while its phase (EXPLORATION) dates from day 0.
   * Evaluated at day 5 with purchases on days 1 and 2, the phase rule "2 purchases while
   * exploring" used to fire and write a day-5 line after the day-10 one. The instant is before
   * the last change, so nothing fires.
   */
  @Test
  void evaluate_instantBeforeTheLastChange_firesNothing() {
    CustomerLifecycle l = CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER, T)
        .transition(LifecycleGraph.standard(), CustomerStatus.ACTIVE, "by hand", T.plus(Duration.ofDays(10)))
        .orElseThrow();
    assertThat(l.lastChangeAt()).isEqualTo(T.plus(Duration.ofDays(10)));
    List<Purchase> two = List.of(buy(T.plus(Duration.ofDays(1))), buy(T.plus(Duration.ofDays(2))));

    LifecyclePolicy.Result r = LifecyclePolicy.ofDefaults().evaluate(l, CustomerFacts.of(C, T.plus(Duration.ofDays(5)), two));

    assertThat(r.changed()).isFalse();
    assertThat(r.lifecycle()).isEqualTo(l);
    // at the last change itself the rule fires as usual
    assertThat(LifecyclePolicy.ofDefaults().evaluate(l, CustomerFacts.of(C, T.plus(Duration.ofDays(10)), two))
        .lifecycle().phase()).isEqualTo(RelationshipPhase.FORMATION);
  }

  private static CustomerLifecycle active() {
    return CustomerLifecycle.start(C, CustomerStatus.NON_CUSTOMER, T)
        .transition(LifecycleGraph.standard(), CustomerStatus.ACTIVE, "bought", T).orElseThrow();
  }

  private static Purchase buy(Instant at) {
    return new Purchase(ActivityId.of("P-" + at.getEpochSecond()), C, at, Money.of("10", "EUR"), null);
  }
}
