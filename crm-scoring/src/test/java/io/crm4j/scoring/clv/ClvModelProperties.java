package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the CLV models (issue 3, "Properties"). */
class ClvModelProperties {

  private static List<PurchaseModel> models(double r, double alpha, double a, double b) {
    return List.of(BgNbdModel.of(r, alpha, a, b), MbgNbdModel.of(r, alpha, a, b), ParetoNbdModel.of(r, alpha, a, b));
  }

  @Property(tries = 200)
  void probabilityAlive_isInUnitInterval(
      @ForAll @DoubleRange(min = 0.05, max = 5) double r, @ForAll @DoubleRange(min = 0.1, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a, @ForAll @DoubleRange(min = 0.1, max = 20) double b,
      @ForAll @IntRange(min = 0, max = 60) int x, @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0.01, max = 100) double age) {
    double tx = x == 0 ? 0 : share * age;
    for (PurchaseModel m : models(r, alpha, a, b)) {
      assertThat(m.probabilityAlive(x, tx, age)).as(m.toString()).isBetween(0.0, 1.0);
    }
  }

  @Property(tries = 150)
  void expectedPurchases_nonNegativeAndNonDecreasingInHorizon(
      @ForAll @DoubleRange(min = 0.05, max = 5) double r, @ForAll @DoubleRange(min = 0.1, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a, @ForAll @DoubleRange(min = 0.1, max = 20) double b,
      @ForAll @IntRange(min = 0, max = 30) int x, @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0.5, max = 60) double age, @ForAll @DoubleRange(min = 0.01, max = 50) double t,
      @ForAll @DoubleRange(min = 0.01, max = 50) double more) {
    double tx = x == 0 ? 0 : share * age;
    for (PurchaseModel m : models(r, alpha, a, b)) {
      double e1 = m.conditionalExpectedPurchases(t, x, tx, age);
      double e2 = m.conditionalExpectedPurchases(t + more, x, tx, age);
      assertThat(e1).as(m.toString()).isGreaterThanOrEqualTo(0.0);
      assertThat(e2).as(m.toString()).isGreaterThanOrEqualTo(e1 - 1e-9 * Math.max(1, e1));
      double n1 = m.expectedPurchases(t);
      assertThat(n1).isGreaterThanOrEqualTo(0.0);
      assertThat(m.expectedPurchases(t + more)).isGreaterThanOrEqualTo(n1 - 1e-9 * Math.max(1, n1));
    }
  }

  @Property(tries = 200)
  void bulkExpectations_equalTheOneCustomerSumsAndClvScoringEqualsDiscountedClv(
      @ForAll @DoubleRange(min = 0.05, max = 5) double r, @ForAll @DoubleRange(min = 0.1, max = 50) double alpha,
      @ForAll @DoubleRange(min = 0.05, max = 5) double a, @ForAll @DoubleRange(min = 0.1, max = 20) double b,
      @ForAll @IntRange(min = 0, max = 40) int x, @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 0.5, max = 60) double age, @ForAll @DoubleRange(min = 0.01, max = 60) double t,
      @ForAll boolean modified) {
    PurchaseModel m = modified ? MbgNbdModel.of(r, alpha, a, b) : BgNbdModel.of(r, alpha, a, b);
    double tx = x == 0 ? 0 : share * age;
    // 40 equal customers, so the bulk call builds the polynomials of x instead of summing directly
    int n = 40;
    int[] f = new int[n];
    double[] rec = new double[n];
    double[] ages = new double[n];
    double[] spend = new double[n];
    String[] ids = new String[n];
    for (int i = 0; i < n; i++) {
      f[i] = x;
      rec[i] = tx;
      ages[i] = age;
      spend[i] = x > 0 ? 25 : 0;
      ids[i] = "c" + i;
    }
    ClvSummary s = ClvSummary.of(ids, f, rec, ages, spend);
    double one = m.conditionalExpectedPurchases(t, x, tx, age);
    assertThat(m.conditionalExpectedPurchases(t, s)[n - 1]).isCloseTo(one, within(1e-9 * one + 1e-300));
    GammaGammaModel gg = GammaGammaModel.of(6.24880, 3.74459, 15.4477);
    double clv = DiscountedClv.of(m, gg).values(s, 6, 0.01, ClvTimeUnit.WEEKS)[0];
    ClvScoring.Scores scores = ClvScoring.of(m, gg, t, 6, 0.01, ClvTimeUnit.WEEKS).score(s);
    assertThat(scores.clv()[0]).isCloseTo(clv, within(1e-9 * clv + 1e-300));
    assertThat(scores.expectedPurchases()[0]).isCloseTo(one, within(1e-9 * one + 1e-300));
    assertThat(scores.probabilityAlive()[0]).isBetween(0.0, 1.0);
  }

  @Property(tries = 100)
  void clv_nonIncreasingInDiscountRate(
      @ForAll @DoubleRange(min = 0, max = 0.5) double d1, @ForAll @DoubleRange(min = 0, max = 0.45) double extra,
      @ForAll @IntRange(min = 0, max = 20) int x, @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = 1, max = 80) double spend, @ForAll @IntRange(min = 1, max = 24) int months) {
    double age = 38.86;
    double tx = x == 0 ? 0 : share * age;
    double m = x == 0 ? 0 : spend;
    DiscountedClv clv = DiscountedClv.of(BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575),
        GammaGammaModel.of(6.24880, 3.74459, 15.4477));
    double low = clv.value(x, tx, age, m, months, d1, ClvTimeUnit.WEEKS);
    double high = clv.value(x, tx, age, m, months, d1 + extra, ClvTimeUnit.WEEKS);
    assertThat(high).isLessThanOrEqualTo(low + 1e-12);
    assertThat(high).isGreaterThanOrEqualTo(0);
  }

  @Property(tries = 50)
  void publicMethods_refuseInvalidHistories(
      @ForAll @DoubleRange(min = 0.1, max = 50) double age, @ForAll @DoubleRange(min = 0.01, max = 10) double over,
      @ForAll @IntRange(min = 1, max = 20) int x) {
    for (PurchaseModel m : models(0.5, 5, 0.8, 2)) {
      assertThatThrownBy(() -> m.probabilityAlive(x, age + over, age)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("recency must be <= T");
      assertThatThrownBy(() -> m.conditionalExpectedPurchases(Double.NaN, x, 0.5 * age, age))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("t must");
      assertThatThrownBy(() -> m.conditionalExpectedPurchases(1, -x, 0, age))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency must be >= 0");
      assertThatThrownBy(() -> m.probabilityOfPurchases(-x, 1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> m.probabilityAlive(x, Double.NaN, age)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property(tries = 50)
  void discreteAndSpendModels_refuseInvalidInput(
      @ForAll @IntRange(min = 1, max = 10) int periods, @ForAll @IntRange(min = 1, max = 10) int extra,
      @ForAll @DoubleRange(min = 0.01, max = 100) double spend) {
    BgBbModel bgbb = BgBbModel.of(1.2, 0.75, 0.66, 2.8);
    assertThatThrownBy(() -> bgbb.probabilityAlive(1, periods + extra, periods))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recency must be in [0, periods");
    assertThatThrownBy(() -> bgbb.conditionalExpectedPurchases(-extra, 1, 1, periods))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("futurePeriods must be >= 0");
    assertThatThrownBy(() -> bgbb.probabilityOfPurchases(-extra, periods)).isInstanceOf(IllegalArgumentException.class);
    GammaGammaModel gg = GammaGammaModel.of(6.2, 3.7, 15.4);
    assertThatThrownBy(() -> gg.conditionalExpectedAverageProfit(-extra, spend))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency must be >= 0");
    assertThatThrownBy(() -> gg.conditionalExpectedAverageProfit(extra, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("monetaryValue");
    assertThat(gg.conditionalExpectedAverageProfit(extra, spend)).isFinite().isPositive();
  }

  @Property(tries = 100)
  void bgbbProbabilities_areDistributions(
      @ForAll @DoubleRange(min = 0.1, max = 5) double alpha, @ForAll @DoubleRange(min = 0.1, max = 5) double beta,
      @ForAll @DoubleRange(min = 0.1, max = 5) double gamma, @ForAll @DoubleRange(min = 0.1, max = 5) double delta,
      @ForAll @IntRange(min = 0, max = 12) int periods) {
    BgBbModel m = BgBbModel.of(alpha, beta, gamma, delta);
    double total = 0;
    for (int x = 0; x <= periods; x++) {
      double p = m.probabilityOfPurchases(x, periods);
      assertThat(p).isBetween(0.0, 1.0);
      total += p;
    }
    assertThat(total).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(m.probabilityAlive(0, 0, periods)).isBetween(0.0, 1.0);
  }

  /** 10^e: the wide properties draw exponents, so that every decade is tried as often. */
  private static double pow10(double e) {
    return Math.pow(10, e);
  }

  @Property(tries = 300)
  void conditionalExpectedPurchases_wideRangesFiniteAndEqualToTheIntegral(
      @ForAll @DoubleRange(min = -3, max = 3) double lgR, @ForAll @DoubleRange(min = -3, max = 4) double lgAlpha,
      @ForAll @DoubleRange(min = -2, max = 4) double lgA, @ForAll @DoubleRange(min = -2, max = 4) double lgB,
      @ForAll @IntRange(min = 0, max = 100_000) int x, @ForAll @DoubleRange(min = 0, max = 1) double share,
      @ForAll @DoubleRange(min = -5, max = 5) double lgAge, @ForAll @DoubleRange(min = -8, max = 8) double lgT,
      @ForAll boolean modified) {
    // issue 22: over the fitter's whole range, single and bulk values are finite, non-negative and
    // equal (1e-9 relative) to P(alive) times the slow path, E_p[(1 - (1 + p t/(alpha+T))^-(r+x))/p]
    // with p ~ Beta(a, b+x+s) summed as an integral (BetaMixture), which has no cancellation
    double r = pow10(lgR);
    double alpha = pow10(lgAlpha);
    double a = pow10(lgA);
    double b = pow10(lgB);
    double age = pow10(lgAge);
    double t = pow10(lgT);
    double tx = x == 0 ? 0 : share * age;
    PurchaseModel m = modified ? MbgNbdModel.of(r, alpha, a, b) : BgNbdModel.of(r, alpha, a, b);
    double reference = m.probabilityAlive(x, tx, age)
        * io.crm4j.scoring.clv.internal.BetaMixture.expectation(r + x, t / (alpha + age), a, b + x + (modified ? 1 : 0));
    double single = m.conditionalExpectedPurchases(t, x, tx, age);
    int[] xs = new int[40];
    double[] txs = new double[40];
    double[] ages = new double[40];
    java.util.Arrays.fill(xs, x);
    java.util.Arrays.fill(txs, tx);
    java.util.Arrays.fill(ages, age);
    double bulk = m.conditionalExpectedPurchases(new double[] {t / 3, t}, ClvSummary.of(xs, txs, ages))[1][39];
    for (double value : new double[] {single, bulk}) {
      assertThat(value).as(m.toString()).isFinite().isGreaterThanOrEqualTo(0.0);
      assertThat(value).as(m + " x " + x + " tx " + tx + " T " + age + " t " + t)
          .isCloseTo(reference, within(1e-9 * reference + 1e-300));
    }
  }
}
