package io.crm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.credit.CreditCheckType;
import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.core.loyalty.TierProgramme.Window;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.PyramidTier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every documentation example and checks the figures its page states. */
class DocExamplesTest {

  private static final Instant MONDAY_10 = Instant.parse("2026-03-02T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(MONDAY_10, ZoneOffset.UTC);

  @Test
  void bulkImport_rerunStoresEachPurchaseOnce() {
    try (io.crm4j.core.store.memory.InMemoryStore store = io.crm4j.core.store.memory.InMemoryStore.create()) {
      BulkImportExample.Result r = BulkImportExample.run(store);
      assertThat(r.first()).isEqualTo(new io.crm4j.core.spi.ImportSummary(1_000, 1_000, 0));
      assertThat(r.second()).isEqualTo(new io.crm4j.core.spi.ImportSummary(2_500, 1_500, 1_000));
      assertThat(r.progress()).containsExactly("1000 read, 1000 already stored", "2000 read, 1000 already stored",
          "2500 read, 1000 already stored");
      assertThat(store.activities().count()).isEqualTo(2_500);
    }
  }

  @Test
  void nightlyJob_restartContinuesAfterTheCheckpoint() {
    for (io.crm4j.core.spi.Store store : List.of(io.crm4j.core.store.memory.InMemoryStore.create(),
        io.crm4j.core.store.jdbc.JdbcStore.h2Memory("nightly-job-example"))) {
      try (store) {
        NightlyJobExample.Result r = NightlyJobExample.run(store, CLOCK);
        // C-5's first purchase: NON_CUSTOMER -> ACTIVE, and two ladder rungs up (SUSPECT -> PROSPECT -> FIRST_TIME_CUSTOMER)
        assertThat(r.progress()).containsExactly("5 customers done, 3 changes");
        assertThat(r.rest().customersEvaluated()).isEqualTo(1);
        assertThat(r.rest().changes()).extracting(c -> c.customerId().value()).containsOnly("C-5");
        assertThat(store.repository(io.crm4j.core.lifecycle.LifecycleStorage.EVALUATION_CHECKPOINTS).count())
            .isZero();
      }
    }
  }

  @Test
  void gettingStarted_makesTheCustomerActive() {
    GettingStarted.Result r = GettingStarted.run(CLOCK);
    assertThat(r.status()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(r.rfmSegment()).isNotBlank();
  }

  @Test
  void lifecycle_purchaseActivatesAndTheGraphRefusesGoingBack() {
    LifecycleExample.Result r = LifecycleExample.run(MONDAY_10);
    assertThat(r.afterPurchase()).isEqualTo(CustomerStatus.ACTIVE);
    assertThat(r.forbiddenMoveRefused()).isTrue();
  }

  @Test
  void loyalty_twoPurchasesMakeAClient() {
    assertThat(LoyaltyExample.run(MONDAY_10)).isEqualTo("CLIENT");
  }

  /** CNY 128 at 1 point per CNY 10 is 12 points (whole units only); 12 - 5 = 7. */
  @Test
  void points_accrueRedeemAndRefuseAnOverdraw() {
    PointsExample.Result r = PointsExample.run(MONDAY_10);
    assertThat(r.afterPurchase()).isEqualTo(12);
    assertThat(r.afterRedeem()).isEqualTo(7);
    assertThat(r.overdrawRefused()).isTrue();
  }

  /**
   * 2021-03-15 to 2026-01-31 is 58 whole months in the network; CNY 128 is 12 points: 70 >= 50, so
   * February's discount is 8 %.
   */
  @Test
  void telecomPoints_tenureFromActivationAndNextMonthsDiscount() {
    TelecomPointsExample.Result r = TelecomPointsExample.run();
    assertThat(r.balance()).isEqualTo(70);
    assertThat(r.februaryDiscount()).isEqualTo(io.crm4j.core.money.Percentage.of("8"));
  }

  /** EUR 1200 >= 1000: SILVER; it leaves the rolling window at 2027-03-01T12:00, BLUE 30 days later. */
  @Test
  void membershipTier_rollingWindowAndGraceFromTheAssessment() {
    MembershipTierExample.Result r = MembershipTierExample.run();
    assertThat(r.afterPurchase()).isEqualTo("SILVER");
    assertThat(r.pendingTier()).isEqualTo("BLUE");
    assertThat(r.pendingFrom()).isEqualTo(Instant.parse("2027-03-31T12:00:00Z"));
  }

  /** CNY 128 earns 12 points at 1 per CNY 10; a replay adds nothing; CNY 98 left after the refund earns 9. */
  @Test
  void programmes_recordOnceReplayNothingRefundTakesBack() {
    ProgrammesExample.Result r = ProgrammesExample.run(CLOCK);
    assertThat(r.afterPurchase()).isEqualTo(12);
    assertThat(r.replayed()).isTrue();
    assertThat(r.afterReplay()).isEqualTo(12);
    assertThat(r.afterRefund()).isEqualTo(9);
  }

  /** C-1 holds 7,000 of 10,000 = 70 % (inside A's 75 %) and ranks first of 4 (inside the top 5 %). */
  @Test
  void tiers_topCustomerIsClassAAndPlatinum() {
    TiersExample.Result r = TiersExample.run();
    assertThat(r.abc()).isEqualTo(AbcClass.A);
    assertThat(r.tier()).isEqualTo(PyramidTier.PLATINUM);
  }

  @Test
  void complaints_highImpactHighUrgencyIsP1AndAnsweredInTime() {
    ComplaintsExample.Result r = ComplaintsExample.run(MONDAY_10);
    assertThat(r.priority()).isEqualTo(Priority.P1);
    assertThat(r.firstResponse()).isEqualTo(KpiState.SUCCEEDED);
    assertThat(r.closeRefused()).isTrue();
    assertThat(r.version()).as("received, acknowledged, assessed: three writes").isEqualTo(3);
  }

  /**
   * 620 points is one doubling (20 points) above 600 at 50:1, so 100:1; P(good) = 100/101 =
   * 99.01 %, above 90: AAA. 500 points is 5 halvings below: 50/32 = 1.5625, P(good) =
   * 1.5625/2.5625 = 60.98 %, above 60: BBB.
   */
  @Test
  void credit_scoreToOddsToGrade() {
    CreditExample.Result high = CreditExample.run(620);
    assertThat(high.odds()).isCloseTo(100.0, within(1e-9));
    assertThat(high.grade()).isEqualTo(CreditGrade.AAA);
    assertThat(high.tradeCredit()).isTrue();
    CreditExample.Result mid = CreditExample.run(500);
    assertThat(mid.odds()).isCloseTo(1.5625, within(1e-12));
    assertThat(mid.grade()).isEqualTo(CreditGrade.BBB);
  }

  /**
   * Fader &amp; Hardie (2007): α = 0.668, β = 3.806 and the forecast 0.460 ... 0.378; Fader &amp;
   * Hardie (2010): DERL ≈ 7.530; the cohort value is 491 × USD 100 × DERL.
   */
  @Test
  void retention_reproducesThePublishedFigures() {
    RetentionExample.Result r = RetentionExample.run();
    assertThat(r.model().alpha()).isCloseTo(0.668, within(5e-4));
    assertThat(r.model().beta()).isCloseTo(3.806, within(5e-4));
    assertThat(r.forecast()).containsExactly(new double[] {0.460, 0.436, 0.414, 0.395, 0.378}, within(5e-4));
    assertThat(r.derl()).isCloseTo(7.530, within(5e-4));
    assertThat(r.cohortValue().amount().doubleValue()).isCloseTo(491 * 100 * r.derl(), within(0.005));
  }

  /**
   * The churn scorecard on the CDNOW sample: 2 357 customers, 1 673 of them without a purchase in the
   * holdout period (a plain Python count over the sample; see ChurnFeaturesTest in crm-scoring). AUC,
   * top-decile lift and P(churn) are this code's results as the page states them.
   */
  @Test
  void churnScorecard_separatesChurnersAsThePageSays() {
    ChurnScorecardExample.Result r = ChurnScorecardExample.run();
    assertThat(r.customers()).isEqualTo(2_357);
    assertThat(r.check().lift().stream().mapToInt(io.crm4j.scoring.credit.LiftRow::events).sum()).isEqualTo(1_673);
    assertThat(r.variables()).containsExactly("recency", "frequency", "spend", "tenure");
    assertThat(r.check().summary().auc()).isCloseTo(0.785, within(5e-4));
    assertThat(r.check().lift().get(0).lift()).isCloseTo(1.26, within(5e-3));
    assertThat(r.pChurn()).isCloseTo(0.86, within(5e-3));
  }

  /** mpmath: 1 − P(alive)·₂F₁(r+x, a; a+b+x; −52/(α+T)) = 0.46835381058369933 (see ChurnRiskTest). */
  @Test
  void churnRisk_givesTheMpmathChurnAndTheWorklistOrder() {
    ChurnRiskExample.Result r = ChurnRiskExample.run();
    assertThat(r.churn()).isCloseTo(0.46835381058369933, within(1e-12));
    assertThat(r.worklist()).extracting(io.crm4j.scoring.retention.RetentionWorklist.Entry::customerId)
        .containsExactly("cho", "ann", "bob");
  }

  /**
   * P(alive) of BG/NBD (Fader, Hardie & Lee 2005, eq. 11 with x > 0):
   * 1 / (1 + a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)), computed here directly.
   */
  @Test
  void clv_figuresAgreeWithTheClosedForm() {
    ClvExample.Result r = ClvExample.run();
    double a = 0.793;
    double b = 2.426;
    double alpha = 4.414;
    double rr = 0.243;
    double expected = 1 / (1 + a / (b + 2 - 1) * Math.pow((alpha + 38.86) / (alpha + 30.43), rr + 2));
    assertThat(r.probabilityAlive()).isCloseTo(expected, within(1e-9));
    assertThat(r.expectedPurchases()).isPositive().isLessThan(39);
    assertThat(r.clv()).isPositive().isFinite();
  }

  @Test
  void pipeline_forecastIsInEuroAndNothingIsOverdueYet() {
    PipelineExample.Result r = PipelineExample.run(Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));
    assertThat(r.weighted().currency().getCurrencyCode()).isEqualTo("EUR");
    assertThat(r.weighted().amount().signum()).isPositive();
    assertThat(r.followUps().overdue()).isEmpty();
  }

  @Test
  void configuration_customGraphFromJsonReplacesThePreset() {
    ConfigurationExample.Result r = ConfigurationExample.run();
    assertThat(r.lapsedToActive()).isTrue();
    assertThat(r.lapsedToActiveInPreset()).isFalse();
    assertThat(r.policy().lapseAfterDays()).as("the custom value, not the preset 180").isEqualTo(120);
  }

  /**
   * P1's first response is due after 30 business minutes: 17:45-18:00 on Monday 2 March (15 min),
   * nothing on the holiday Tuesday, 09:00-09:15 on Wednesday: 2026-03-04T09:15Z. At Tuesday noon
   * 15 minutes have run (under the 30 min target): nothing fires. At Wednesday 09:20, 35 minutes
   * have run, 5 past the due time: BREACHED, so the P1 rule fires once, raising the level to 2 and
   * handing the complaint to the duty manager.
   */
  @Test
  void complaintConfig_customSlaAndEscalationRuleOnAHolidayCalendar() {
    ComplaintConfigExample.Result r = ComplaintConfigExample.run();
    assertThat(r.firstResponseDue()).isEqualTo(Instant.parse("2026-03-04T09:15:00Z"));
    assertThat(r.firedOnHoliday()).isZero();
    assertThat(r.firedNextDay()).isEqualTo(1);
    assertThat(r.level()).isEqualTo(2);
    assertThat(r.assignee()).isEqualTo("duty-manager");
  }

  /**
   * With lapseAfterDays 90, a customer whose only purchase was on day 3 is LAPSED at day 93 (90 days
   * without a purchase, and the rule lapses at >= 90); under the preset 180 days she is still ACTIVE.
   */
  @Test
  void lifecyclePolicy_customLapseAfterDays() {
    LifecyclePolicyExample.Result r = LifecyclePolicyExample.run(MONDAY_10);
    assertThat(r.custom()).isEqualTo(CustomerStatus.LAPSED);
    assertThat(r.preset()).isEqualTo(CustomerStatus.ACTIVE);
  }

  /**
   * Payne's ladder with CLIENT at 3 purchases in 90 days: purchases on days 5 and 40 make a CUSTOMER
   * only (the preset, 2 in 365, would make a CLIENT); a third on day 60 (days 5-60 lie within 90) makes
   * a CLIENT.
   */
  @Test
  void ladderCriteria_threePurchasesInNinetyDaysMakeAClient() {
    LadderCriteriaExample.Result r = LadderCriteriaExample.run(MONDAY_10);
    assertThat(r.afterTwo()).isEqualTo("CUSTOMER");
    assertThat(r.afterThree()).isEqualTo("CLIENT");
  }

  /**
   * CNY 680 earns floor(680 / 10) = 68 points, and 680 is below the CNY 1,000 club threshold. On
   * 11 November (Shanghai; 02:00Z is 10:00 local, inside the campaign) CNY 456 earns 45 points,
   * doubled to 90, plus 50 bonus: 140; 68 + 140 = 208. Cumulative spend 680 + 456 = 1,136 >= 1,000:
   * a club member.
   */
  @Test
  void pointsClub_campaignAndClubThreshold() {
    PointsClubExample.Result r = PointsClubExample.run();
    assertThat(r.afterFirst()).isEqualTo(68);
    assertThat(r.clubAfterFirst()).isFalse();
    assertThat(r.afterSecond()).isEqualTo(208);
    assertThat(r.clubAfterSecond()).isTrue();
  }

  /**
   * The opportunity is moved to Proposal (50 %) and closes on 2026-06-30, inside Q2: 12,000 x 0.5 =
   * EUR 6,000.00. Last worked on 2026-04-01 (Berlin), it is due by 04-01 + 14 = 04-15 and one day
   * overdue on 04-16; the converted lead is no longer open, so O-1 is the only overdue item.
   */
  @Test
  void pipelineConfig_customStagesAndFortnightlyFollowUp() {
    PipelineConfigExample.Result r =
        PipelineConfigExample.run(Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC));
    assertThat(r.weighted()).isEqualTo(io.crm4j.core.money.Money.of("6000.00", "EUR"));
    assertThat(r.followUps().overdue()).singleElement().satisfies(o -> {
      assertThat(o.subjectId()).isEqualTo("O-1");
      assertThat(o.dueDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 15));
      assertThat(o.daysOverdue()).isEqualTo(1);
    });
  }

  /**
   * EUR 1,200 on 2026-05-10 reaches SILVER (1,000) at once under every window. Assessed on
   * 2027-09-02: the last CALENDAR window that ended is 2026, which holds the purchase, so nothing is
   * announced; the last ANNIVERSARY window that ended is [2026-09-01, 2027-09-01), empty, and the
   * ROLLING window (2026-09-02, 2027-09-02] is empty too: both announce BLUE.
   */
  @Test
  void tierWindows_sameSpendAssessedUnderEachWindow() {
    TierWindowsExample.Result r = TierWindowsExample.run();
    assertThat(r.afterPurchase()).containsOnly(entry(Window.CALENDAR, "SILVER"), entry(Window.ANNIVERSARY, "SILVER"),
        entry(Window.ROLLING, "SILVER"));
    assertThat(r.pending()).containsOnly(entry(Window.CALENDAR, ""), entry(Window.ANNIVERSARY, "BLUE"),
        entry(Window.ROLLING, "BLUE"));
  }

  /**
   * Grade bands are exclusive lower bounds: with A above 75, a total of 72 is above BBB's 60 only:
   * BBB. The customer's 55 is above BB's 50: BB, below the lowest grade with credit (BBB), so the
   * grade check refuses it; CNY 60,000 is above the CNY 50,000 maximum document value. The limit
   * (CNY 100,000) holds the order, and there are no open items: exactly those two checks fail.
   */
  @Test
  void creditConfig_customBandsAndChecks() {
    CreditConfigExample.Result r = CreditConfigExample.run(MONDAY_10);
    assertThat(r.gradeOf72()).isEqualTo(CreditGrade.BBB);
    assertThat(r.failed()).containsExactlyInAnyOrder(CreditCheckType.MAX_DOCUMENT_VALUE, CreditCheckType.GRADE);
  }

  /**
   * Without a penalizer the fit is Fader &amp; Hardie's (2007) α = 0.668, β = 3.806. With λ = 0.01 the
   * objective is −LL/1000 + 0.01 (α² + β²); minimising it with scipy's Nelder-Mead over log α, log β
   * (sBG likelihood: P(T = t) = B(α + 1, β + t − 1) / B(α, β), survivors B(α, β + 7) / B(α, β)) gives
   * α = 0.34189, β = 1.39497.
   */
  @Test
  void retentionFit_penalizerPullsTheParametersTowardsZero() {
    RetentionFitExample.Result r = RetentionFitExample.run();
    assertThat(r.plain().alpha()).isCloseTo(0.668, within(5e-4));
    assertThat(r.plain().beta()).isCloseTo(3.806, within(5e-4));
    assertThat(r.penalized().alpha()).isCloseTo(0.34189, within(1e-4));
    assertThat(r.penalized().beta()).isCloseTo(1.39497, within(1e-4));
  }

  /** Three purchases, one event each, reach the broker once each and in commit order. */
  @Test
  void outboxRelay_sendsEveryEventOnceInOrder() throws InterruptedException {
    List<String> sent = OutboxRelayExample.run(MONDAY_10, 3);
    assertThat(sent).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(sent.get(i)).startsWith("crm4j.Recorded {").contains("\"customerId\":\"C-" + i % 2 + "\"")
          .contains(MONDAY_10.plusSeconds(i).toString());
    }
  }

  /** The same three purchases through the in-memory store's outbox. */
  @Test
  void outboxRelay_inMemory_sendsEveryEventOnceInOrder() throws InterruptedException {
    List<String> sent = OutboxRelayExample.runInMemory(MONDAY_10, 3);
    assertThat(sent).hasSize(3);
    for (int i = 0; i < 3; i++) {
      assertThat(sent.get(i)).startsWith("crm4j.Recorded {").contains("\"customerId\":\"C-" + i % 2 + "\"")
          .contains(MONDAY_10.plusSeconds(i).toString());
    }
  }

  /** 500 orders: 499 accrued and redeemed, the last kept, so 999 lines and a balance of 10. */
  @Test
  void pointsLedger_longLedgerReadsBack() {
    PointsLedgerExample.Result r = PointsLedgerExample.run(Clock.fixed(MONDAY_10, ZoneOffset.UTC), 500);
    assertThat(r.balance()).isEqualTo(10);
    assertThat(r.ledger()).hasSize(999);
    assertThat(r.last().seq()).isEqualTo(999);
    assertThat(r.last().reference()).isEqualTo("order-500");
    assertThat(r.ledger().get(0).reference()).isEqualTo("order-1");
    assertThat(r.ledger().stream().mapToLong(io.crm4j.core.loyalty.LedgerEntry::points).sum()).isEqualTo(10);
  }
}
