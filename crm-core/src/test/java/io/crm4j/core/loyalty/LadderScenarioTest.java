package io.crm4j.core.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.core.activity.Activity;
import io.crm4j.core.activity.ActivityId;
import io.crm4j.core.activity.Interaction;
import io.crm4j.core.activity.Purchase;
import io.crm4j.core.activity.Referral;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.lifecycle.CustomerFacts;
import io.crm4j.core.money.Money;
import io.crm4j.core.outcome.Outcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source's five-stage ladder (猜疑者 → 期望者 → 首次购买 → 重复购买 → 品牌宣传) with the preset
 * criteria: two purchases in 365 days make a repeat customer, two referrals in 365 days an
 * advocate, 365 quiet days demote one rung.
 */
class LadderScenarioTest {

  private static final CustomerId C = CustomerId.of("C-42");
  private static final LoyaltyLadder LADDER = LoyaltyLadder.fiveStage(LadderCriteria.ofDefaults());

  private final List<Activity> log = new ArrayList<>();
  private LadderMembership m = LadderMembership.join(C, LADDER, Instant.parse("2026-01-05T09:00:00Z"));

  @Test
  void evaluate_firstTimeBuyerClimbsToAdvocateThroughRepeatPurchasesAndReferrals() {
    assertThat(m.rung()).isEqualTo("SUSPECT");
    log.add(new Interaction(ActivityId.of("I-1"), C, t("2026-01-06"), Interaction.Channel.WEB,
        Interaction.Direction.INBOUND, Interaction.Outcome.SUCCESSFUL, "catalogue request"));
    assertThat(evaluate("2026-01-07")).isEqualTo("PROSPECT");
    buy("2026-01-20");
    assertThat(evaluate("2026-01-21")).isEqualTo("FIRST_TIME_CUSTOMER");
    assertThat(evaluate("2026-02-21")).as("one purchase is not a repeat").isEqualTo("FIRST_TIME_CUSTOMER");
    buy("2026-03-01");
    assertThat(evaluate("2026-03-02")).isEqualTo("REPEAT_CUSTOMER");
    refer("2026-04-01");
    assertThat(evaluate("2026-04-02")).as("one referral of two").isEqualTo("REPEAT_CUSTOMER");
    refer("2026-05-10");
    assertThat(evaluate("2026-05-11")).isEqualTo("ADVOCATE");
    assertThat(m.history()).extracting(RungChange::to)
        .containsExactly("PROSPECT", "FIRST_TIME_CUSTOMER", "REPEAT_CUSTOMER", "ADVOCATE");

    // quiet since the promotion on 2026-05-11 (later than the last purchase on 2026-03-01):
    // 2026-05-11 + 364 days = 2027-05-10 is not yet 365 days; 2027-05-11 is
    assertThat(evaluate("2027-05-10")).isEqualTo("ADVOCATE");
    assertThat(evaluate("2027-05-11")).isEqualTo("REPEAT_CUSTOMER");
    assertThat(m.lastDemotedAt()).isEqualTo(t("2027-05-11"));
    // evaluating again the same day does not demote twice, and without a new purchase nothing promotes
    assertThat(evaluate("2027-05-11")).isEqualTo("REPEAT_CUSTOMER");
    refer("2027-05-20");
    refer("2027-05-21");
    assertThat(evaluate("2027-05-22")).as("referrals alone after a demotion").isEqualTo("REPEAT_CUSTOMER");
    buy("2027-05-25");
    assertThat(evaluate("2027-05-26")).isEqualTo("ADVOCATE");
  }

  @Test
  void evaluate_oneEvaluationClimbsSeveralRungs() {
    buy("2026-02-01");
    buy("2026-02-10");
    refer("2026-02-11");
    refer("2026-02-12");
    // no interaction was logged: the purchases are the evidence of interest that makes a PROSPECT
    assertThat(evaluate("2026-02-13")).isEqualTo("ADVOCATE");
    assertThat(m.history()).extracting(RungChange::to)
        .containsExactly("PROSPECT", "FIRST_TIME_CUSTOMER", "REPEAT_CUSTOMER", "ADVOCATE");
  }

  /**
   * Issue 17 §3.1: a customer with three purchases and no logged interaction stayed SUSPECT while
   * the lifecycle said ACTIVE. Three purchases in 365 days reach REPEAT_CUSTOMER (two needed); no
   * referral, so not ADVOCATE.
   */
  @Test
  void evaluate_purchasesWithoutAnyInteraction_climbPastProspect() {
    buy("2026-02-01");
    buy("2026-03-01");
    buy("2026-04-01");
    assertThat(evaluate("2026-04-02")).isEqualTo("REPEAT_CUSTOMER");
    assertThat(m.history()).extracting(RungChange::to)
        .containsExactly("PROSPECT", "FIRST_TIME_CUSTOMER", "REPEAT_CUSTOMER");
  }

  @Test
  void setByHand_holdsTheRungUntilReleased() {
    Outcome<LadderMembership> set = m.setByHand(LADDER, "ADVOCATE", "board member", t("2026-01-10"));
    m = set.orElseThrow();
    assertThat(m.manual()).isTrue();
    assertThat(m.evaluate(LADDER, facts("2028-01-01")))
        .isInstanceOfSatisfying(Outcome.Rejected.class, r -> assertThat(r.message()).contains("by hand"));
    m = m.release("left the board", t("2026-06-01")).orElseThrow();
    assertThat(m.manual()).isFalse();
    // since 2026-01-10 (set by hand) with no purchase: 2027-01-10 is 365 days later
    assertThat(evaluate("2027-01-10")).isEqualTo("REPEAT_CUSTOMER");
    assertThat(m.release("again", t("2027-02-01")).applied()).isFalse();
  }

  private void buy(String day) {
    log.add(new Purchase(ActivityId.of("P-" + log.size()), C, t(day), Money.of("30.00", "EUR"), null));
  }

  private void refer(String day) {
    log.add(new Referral(ActivityId.of("R-" + log.size()), C, t(day), null, true));
  }

  private String evaluate(String day) {
    Outcome<LadderMembership> o = m.evaluate(LADDER, facts(day));
    if (o instanceof Outcome.Applied<LadderMembership> a) {
      m = a.value();
    }
    return m.rung();
  }

  private CustomerFacts facts(String day) {
    return CustomerFacts.of(C, t(day), log);
  }

  private static Instant t(String day) {
    return Instant.parse(day + "T12:00:00Z");
  }
}
