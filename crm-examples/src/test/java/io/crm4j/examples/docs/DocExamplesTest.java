package io.crm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.core.complaint.KpiState;
import io.crm4j.core.complaint.Priority;
import io.crm4j.core.credit.CreditGrade;
import io.crm4j.core.lifecycle.CustomerStatus;
import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.PyramidTier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
    assertThat(r.policy().lapseAfterDays()).isEqualTo(180);
  }
}
