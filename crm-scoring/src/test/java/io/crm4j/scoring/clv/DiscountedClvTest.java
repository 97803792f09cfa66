package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DiscountedClvTest {

  private final BgNbdModel bgnbd = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
  private final GammaGammaModel spend = GammaGammaModel.of(6.24880, 3.74459, 15.4477);

  @Test
  void value_isMonthlyDiscountedExpectedPurchasesTimesExpectedProfit() {
    // recomputed here month by month from the two models' own predictions
    double profit = spend.conditionalExpectedAverageProfit(2, 22.35);
    double perMonth = ClvTimeUnit.WEEKS.perMonth();
    double expected = 0;
    for (int i = 1; i <= 12; i++) {
      double inMonth = bgnbd.conditionalExpectedPurchases(i * perMonth, 2, 30.43, 38.86)
          - bgnbd.conditionalExpectedPurchases((i - 1) * perMonth, 2, 30.43, 38.86);
      expected += profit * inMonth / Math.pow(1.01, i);
    }
    double clv = DiscountedClv.of(bgnbd, spend).value(2, 30.43, 38.86, 22.35, 12, 0.01, ClvTimeUnit.WEEKS);
    assertThat(clv).isCloseTo(expected, within(1e-9));
    // and undiscounted it is expected purchases in 12 months times the expected profit
    double flat = DiscountedClv.of(bgnbd, spend).value(2, 30.43, 38.86, 22.35, 12, 0.0, ClvTimeUnit.WEEKS);
    assertThat(flat).isCloseTo(profit * bgnbd.conditionalExpectedPurchases(12 * perMonth, 2, 30.43, 38.86),
        within(1e-9));
  }

  @Test
  void values_summaryInDaysWithModelsInWeeksIsRejectedNotMisvalued() {
    // issue 18 §3: customer 1 of the lifetimes Quickstart, x 2, t_x 30.43, T 38.86 weeks, m 22.35, is
    // (2, 213.01, 272.02) in days. Reference values from FHL (2005) eq. 10 with mpmath hyp2f1 (40 digits),
    // the Gamma-Gamma mean (pγ + pxm)/(px + q − 1) and 12 monthly steps discounted at 1 %:
    // 36.3004922882 when summary, model and months agree; 6.7128478535 for the days read as weeks.
    ClvSummary days = ClvSummary.of(new String[] {"1"}, new int[] {2}, new double[] {213.01},
        new double[] {272.02}, new double[] {22.35}, ClvTimeUnit.DAYS);
    DiscountedClv clv = DiscountedClv.of(bgnbd, spend);
    // before: nothing knew the summary was in days, and the weekly models gave 6.71 without a word
    ClvSummary mislabelled = ClvSummary.of(new String[] {"1"}, new int[] {2}, new double[] {213.01},
        new double[] {272.02}, new double[] {22.35}, ClvTimeUnit.WEEKS);
    assertThat(clv.values(mislabelled, 12, 0.01, ClvTimeUnit.WEEKS)[0]).isCloseTo(6.7128478535, within(1e-8));
    // now: the summary says days, the model says weeks, and both are named
    assertThatThrownBy(() -> clv.values(days, 12, 0.01, ClvTimeUnit.WEEKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("summary unit must be weeks, the unit the model was fitted in, but was days "
            + "(convert with summary.inUnit(ClvTimeUnit.WEEKS) or fit the model on this summary)");
    assertThatThrownBy(() -> clv.values(days, 12, 0.01, ClvTimeUnit.DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unit must be weeks, the unit the purchase model was fitted in, but was days "
            + "(convert the data, or the model with inUnit)");
    assertThatThrownBy(() -> clv.value(2, 213.01, 272.02, 22.35, 12, 0.01, ClvTimeUnit.DAYS))
        .hasMessageStartingWith("unit must be weeks, the unit the purchase model was fitted in, but was days");
    // converted when asked, the summary or the model, it is 36.30
    assertThat(clv.values(days.inUnit(ClvTimeUnit.WEEKS), 12, 0.01, ClvTimeUnit.WEEKS)[0])
        .isCloseTo(36.3004922882, within(1e-8));
    assertThat(DiscountedClv.of(bgnbd.inUnit(ClvTimeUnit.DAYS), spend).values(days, 12, 0.01, ClvTimeUnit.DAYS)[0])
        .isCloseTo(36.3004922882, within(1e-8));
  }

  @Test
  void values_coverEveryCustomer() {
    ClvSummary s = ClvData.cdnowWithSpend();
    double[] v = DiscountedClv.of(bgnbd, spend).values(s, 12, 0.01, ClvTimeUnit.WEEKS);
    assertThat(v).hasSize(2357);
    assertThat(v[0]).isCloseTo(
        DiscountedClv.of(bgnbd, spend).value(2, 30.43, 38.86, 22.35, 12, 0.01, ClvTimeUnit.WEEKS), within(1e-12));
    for (double x : v) {
      assertThat(x).isFinite().isGreaterThanOrEqualTo(0);
    }
  }

  @Test
  void value_rejectsBadHorizonAndRate() {
    DiscountedClv clv = DiscountedClv.of(bgnbd, spend);
    assertThatThrownBy(() -> clv.value(1, 1, 2, 10, 0, 0.01, ClvTimeUnit.WEEKS))
        .hasMessage("months must be >= 1, but was 0");
    // issue 18: a huge horizon exhausted memory in monthEnds; it is refused before any allocation
    assertThatThrownBy(() -> clv.value(1, 1, 2, 10, Integer.MAX_VALUE, 0.01, ClvTimeUnit.WEEKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("months must be <= 1200 (100 years), but was 2147483647");
    assertThatThrownBy(() -> clv.values(ClvSummary.of(new int[] {1}, new double[] {1}, new double[] {2}),
        DiscountedClv.MAX_MONTHS + 1, 0.01, ClvTimeUnit.WEEKS))
        .hasMessage("months must be <= 1200 (100 years), but was 1201");
    assertThat(clv.value(1, 1, 2, 10, DiscountedClv.MAX_MONTHS, 0.01, ClvTimeUnit.WEEKS)).isFinite().isPositive();
    assertThatThrownBy(() -> clv.value(1, 1, 2, 10, 12, 1.5, ClvTimeUnit.WEEKS))
        .hasMessage("monthlyDiscountRate must be in [0, 1), but was 1.5");
    assertThatThrownBy(() -> clv.value(1, 3, 2, 10, 12, 0.1, ClvTimeUnit.WEEKS))
        .hasMessageContaining("recency must be <= T");
  }

  @Test
  void values_largeAIsFiniteAndMatchesTheOneCustomerValue() {
    // issue 22: BgNbdModel.of(0.5, 0.5, 10000, 0.5) gave NaN expectations and so NaN CLVs
    BgNbdModel m = BgNbdModel.of(0.5, 0.5, 10000, 0.5);
    ClvSummary s = ClvSummary.of(new String[] {"a", "b"}, new int[] {0, 2}, new double[] {0, 30.43},
        new double[] {1, 38.86}, new double[] {0, 22.35});
    double[] v = DiscountedClv.of(m, spend).values(s, 12, 0.01, ClvTimeUnit.WEEKS);
    double one = DiscountedClv.of(m, spend).value(2, 30.43, 38.86, 22.35, 12, 0.01, ClvTimeUnit.WEEKS);
    assertThat(v[0]).isFinite().isPositive();
    assertThat(v[1]).isFinite().isPositive().isCloseTo(one, within(1e-12 * one));
  }
}
