package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fidelity against the published CDNOW estimates: Fader, Hardie &amp; Lee (2005) "Counting your
 * customers the easy way", Marketing Science 24(2), and lifetimes 0.11.3
 * (BetaGeoFitter on cdnow_customers_summary.csv): r 0.242593, α 4.41353, a 0.792886, b 2.42575,
 * LL −9582.4256; customer (2, 30.43, 38.86): E[X(39)] 1.22591, P(alive) 0.726609.
 * Tolerance 1e-4 relative (withinPercentage(0.01)).
 */
class BgNbdModelTest {

  static ClvSummary cdnow;
  static FitResult<BgNbdModel> fit;

  @BeforeAll
  static void fitOnce() {
    cdnow = ClvData.cdnowSummary();
    fit = BgNbdModel.fit(cdnow);
  }

  @Test
  void fit_reproducesPublishedCdnowEstimates() {
    BgNbdModel m = fit.model();
    assertThat(fit.converged()).isTrue();
    assertThat(m.r()).isCloseTo(0.242593, withinPercentage(0.01));
    assertThat(m.alpha()).isCloseTo(4.41353, withinPercentage(0.01));
    assertThat(m.a()).isCloseTo(0.792886, withinPercentage(0.01));
    assertThat(m.b()).isCloseTo(2.42575, withinPercentage(0.01));
    assertThat(fit.logLikelihood()).isCloseTo(-9582.4256, within(0.001));
    assertThat(fit.customers()).isEqualTo(2357);
  }

  @Test
  void fit_twoCustomersDoNotIdentifyTheModel() {
    // issue 18: two customers (x 3, t_x 25, T 37) and (x 1, t_x 6, T 19) ended at r = 4.4e7,
    // alpha = 4.7e8 with standard errors ~1e11 and converged = true; the gradient test is met but
    // the likelihood is flat towards the boundary, so the fit reports converged = false and why
    FitResult<BgNbdModel> two = BgNbdModel.fit(ClvSummary.of(new int[] {3, 1}, new double[] {25, 6},
        new double[] {37, 19}));
    assertThat(two.model().r()).isGreaterThan(1e6);
    assertThat(two.converged()).isFalse();
    assertThat(two.problem()).hasValueSatisfying(p -> assertThat(p).startsWith("r = ")
        .endsWith("is outside [1e-06, 1e+06]: the likelihood is flat, the data do not identify the parameters"));
    // the published CDNOW fit keeps converged = true with no problem
    assertThat(fit.converged()).isTrue();
    assertThat(fit.problem()).isEmpty();
  }

  @Test
  void fit_standardErrorsFromObservedInformation() {
    // lifetimes' Quickstart (docs/Quickstart.md, CamDavidsonPilon/lifetimes), bgf.summary on the
    // same CDNOW summary: se(coef) r 0.012557, alpha 0.378221, a 0.185719, b 0.705345. lifetimes
    // inverts a numerically differentiated Hessian; ours is analytic, hence 0.1 % rather than exact.
    assertThat(fit.standardError("r")).isCloseTo(0.012557, withinPercentage(0.1));
    assertThat(fit.standardError("alpha")).isCloseTo(0.378221, withinPercentage(0.1));
    assertThat(fit.standardError("a")).isCloseTo(0.185719, withinPercentage(0.1));
    assertThat(fit.standardError("b")).isCloseTo(0.705345, withinPercentage(0.1));
  }

  @Test
  void predictions_matchPublishedCustomerExample() {
    BgNbdModel m = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    assertThat(m.conditionalExpectedPurchases(39, 2, 30.43, 38.86)).isCloseTo(1.22591, withinPercentage(0.01));
    assertThat(m.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.726609, withinPercentage(0.01));
  }

  @Test
  void fit_remembersTheSummaryUnit() {
    // the same customers in days: α, a time scale, is 7 times the weekly 4.41353; r, a and b do not change
    FitResult<BgNbdModel> days = BgNbdModel.fit(cdnow.inUnit(ClvTimeUnit.DAYS));
    assertThat(fit.model().unit()).isEqualTo(ClvTimeUnit.WEEKS);
    assertThat(days.model().unit()).isEqualTo(ClvTimeUnit.DAYS);
    assertThat(days.model().alpha()).isCloseTo(7 * 4.41353, withinPercentage(0.01));
    assertThat(days.model().r()).isCloseTo(0.242593, withinPercentage(0.01));
    assertThat(days.model().b()).isCloseTo(2.42575, withinPercentage(0.01));
  }

  @Test
  void inUnit_predictsTheSameForTheConvertedCustomer() {
    BgNbdModel weeks = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    BgNbdModel days = weeks.inUnit(ClvTimeUnit.DAYS);
    assertThat(days).isEqualTo(BgNbdModel.of(0.242593, 4.41353 * 7, 0.792886, 2.42575, ClvTimeUnit.DAYS));
    // 39 weeks ahead of (2, 30.43, 38.86) weeks is 273 days ahead of (2, 213.01, 272.02) days: 1.22591 (FHL 2005)
    assertThat(days.conditionalExpectedPurchases(273, 2, 213.01, 272.02))
        .isCloseTo(weeks.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
    assertThat(days.probabilityAlive(2, 213.01, 272.02)).isCloseTo(0.726609, within(1e-6));
    assertThat(days.inUnit(ClvTimeUnit.WEEKS).alpha()).isCloseTo(4.41353, within(1e-14));
  }

  @Test
  void bulkPredictions_summaryInAnotherUnitIsRejected() {
    ClvSummary days = cdnow.inUnit(ClvTimeUnit.DAYS);
    BgNbdModel weeks = fit.model();
    String message = "summary unit must be weeks, the unit the model was fitted in, but was days "
        + "(convert with summary.inUnit(ClvTimeUnit.WEEKS) or fit the model on this summary)";
    assertThatThrownBy(() -> weeks.conditionalExpectedPurchases(39, days)).hasMessage(message);
    assertThatThrownBy(() -> weeks.probabilityAlive(days)).hasMessage(message);
    assertThatThrownBy(() -> weeks.logLikelihood(days)).hasMessage(message);
    assertThat(weeks.inUnit(ClvTimeUnit.DAYS).simulate(3, 10, 1).unit()).isEqualTo(ClvTimeUnit.DAYS);
  }

  @Test
  void logLikelihood_atPublishedEstimates() {
    BgNbdModel m = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    assertThat(m.logLikelihood(cdnow)).isCloseTo(-9582.4256, within(0.002));
  }

  @Test
  void fit_rejectsDegenerateData() {
    ClvSummary none = ClvSummary.of(new int[] {0, 0}, new double[] {0, 0}, new double[] {5, 6});
    assertThatThrownBy(() -> BgNbdModel.fit(none)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("frequency > 0");
    ClvSummary one = ClvSummary.of(new int[] {1}, new double[] {1}, new double[] {5});
    assertThatThrownBy(() -> BgNbdModel.fit(one)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 2 customers");
  }

  @Test
  void of_rejectsInvalidParameters() {
    assertThatThrownBy(() -> BgNbdModel.of(-1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("r must be finite and > 0, but was -1.0");
    assertThatThrownBy(() -> BgNbdModel.of(1, Double.NaN, 1, 1)).hasMessageContaining("alpha");
    assertThatThrownBy(() -> BgNbdModel.of(1, 1, 0, 1)).hasMessageContaining("a must");
    assertThatThrownBy(() -> BgNbdModel.of(1, 1, 1, Double.POSITIVE_INFINITY)).hasMessageContaining("b must");
  }

  @Test
  void simulate_thenFit_recoversParametersWithinThreeStandardErrors() {
    // 200k customers with first purchases spread over 12 weeks before the calibration end, as in CDNOW
    BgNbdModel truth = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    double[] ages = new double[200_000];
    for (int i = 0; i < ages.length; i++) {
      ages[i] = 27 + 12.0 * i / ages.length;
    }
    FitResult<BgNbdModel> f = BgNbdModel.fit(truth.simulate(ages, 42));
    for (String name : new String[] {"r", "alpha", "a", "b"}) {
      assertThat(f.model().parameters().get(name)).as(name)
          .isCloseTo(truth.parameters().get(name), within(3 * f.standardError(name)));
    }
  }

  @Test
  void probabilityOfPurchases_sumsToOneWithMeanEqualToExpectation() {
    BgNbdModel m = fit.model();
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 400; n++) {
      double p = m.probabilityOfPurchases(n, 39);
      total += p;
      mean += n * p;
    }
    assertThat(total).isCloseTo(1.0, within(1e-9));
    assertThat(mean).isCloseTo(m.expectedPurchases(39), within(1e-6));
    // FHL 2005 report the expected repeat purchases of a new customer in 39 weeks (a = 0.79 < 1
    // uses the same closed form); here checked against the sum of P(X(39) = n) above
    assertThat(m.expectedPurchases(0)).isZero();
  }

  @Test
  void bulkPredictions_matchSingleCustomerPredictions() {
    BgNbdModel m = fit.model();
    double[] e = m.conditionalExpectedPurchases(39, cdnow);
    double[] p = m.probabilityAlive(cdnow);
    for (int i = 0; i < cdnow.size(); i += 97) {
      // the bulk path sums the same series in Horner form: equal up to rounding
      assertThat(e[i]).isCloseTo(m.conditionalExpectedPurchases(39, cdnow.frequency(i), cdnow.recency(i), cdnow.age(i)),
          within(1e-12));
      assertThat(p[i]).isEqualTo(m.probabilityAlive(cdnow.frequency(i), cdnow.recency(i), cdnow.age(i)));
    }
  }

  @Test
  void fit_withPenalizerShrinksParameters() {
    FitResult<BgNbdModel> penalized = BgNbdModel.fit(cdnow, FitOptions.custom().penalizer(0.1).build());
    assertThat(penalized.model().alpha()).isLessThan(fit.model().alpha());
    assertThat(penalized.logLikelihood()).isLessThan(fit.logLikelihood());
  }

  @Test
  void simulate_rejectsBadArguments() {
    BgNbdModel m = BgNbdModel.of(1, 1, 1, 1);
    assertThatThrownBy(() -> m.simulate(-1, 5, 1)).hasMessage("customers must be >= 0, but was -1");
    assertThatThrownBy(() -> m.simulate(5, 0, 1)).hasMessage("age must be finite and > 0, but was 0.0");
  }

  @Test
  void conditionalExpectedPurchases_manyHorizonsEqualOneAtATime() {
    ClvSummary s = cdnow;
    PurchaseModel m = fit.model();
    double[] horizons = {0, 4.348, 13.04, 39, 52.18};
    double[][] many = m.conditionalExpectedPurchases(horizons, s);
    for (int h = 0; h < horizons.length; h++) {
      double[] one = m.conditionalExpectedPurchases(horizons[h], s);
      for (int i = 0; i < s.size(); i++) {
        // the same series, summed in another order: equal up to rounding
        assertThat(many[h][i]).isCloseTo(one[i], within(1e-12 * Math.max(1, one[i])));
      }
    }
    assertThat(many[0]).containsOnly(0.0);
    assertThatThrownBy(() -> m.conditionalExpectedPurchases(new double[] {1, -1}, s))
        .hasMessage("horizons[1] must be finite and >= 0, but was -1.0");
  }

  @Test
  void conditionalExpectedPurchases_largeAMatchesPublishedFormula() {
    // issue 22: FHL 2005 eq. 10 in mpmath (bgnbd_grid.csv, first rows) gives 0.0596064657482835 and
    // 0.225406854962202; the Euler form returned 3.0202 and NaN (and DiscountedClv then NaN)
    assertThat(BgNbdModel.of(0.1, 0.5, 100, 200).conditionalExpectedPurchases(1, 0, 0, 1))
        .isCloseTo(0.0596064657482835, within(1e-9 * 0.0596064657482835));
    assertThat(BgNbdModel.of(0.5, 0.5, 10000, 0.5).conditionalExpectedPurchases(1, 0, 0, 1))
        .isCloseTo(0.225406854962202, within(1e-9 * 0.225406854962202));
  }

  @Test
  void predictions_matchMpmathGrid() {
    // bgnbd_grid.csv: E[X(t) | x, t_x, T], E[X(t)] and P(alive) from the published formulas in mpmath
    // (40 and 60 digits) over a, b up to 1e4, x up to 1e5, T from 1e-6 to 2e4, t from 1e-9 to 1e9;
    // 1e-9 relative (values below 1e-300, where P(alive) underflows, within 1e-300 absolute)
    assertThat(ClvData.gridMismatches("bgnbd", "single")).isEmpty();
  }

  @Test
  void conditionalExpectedPurchasesBulk_matchesMpmathGrid() {
    // the bulk path (Taylor tables, series per frequency, their fallbacks) on the same grid
    assertThat(ClvData.gridMismatches("bgnbd", "bulk")).isEmpty();
  }

  @Test
  void simulate_parametersThatBuyWithoutEndAreRejected() {
    // issue 22: a mean purchase rate r/alpha of 1e16 per time unit (and almost no dropout) never finished
    assertThatThrownBy(() -> BgNbdModel.of(1e8, 1e-8, 0.01, 100).simulate(3, 40, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a simulation must draw at most 100000000 purchases in all, but reached that by "
            + "customer 0 (r 1.0E8 and alpha 1.0E-8 give a mean purchase rate of 1.0E16 per time unit)");
  }

  @Test
  void fit_frequencyAboveTheLimitIsRejected() {
    // issue 22: a frequency of 1e8 exhausted memory (a histogram per frequency) and Integer.MAX_VALUE
    // threw NegativeArraySizeException
    for (int x : new int[] {100_000_000, Integer.MAX_VALUE}) {
      ClvSummary s = ClvSummary.of(new int[] {2, x}, new double[] {30, 35}, new double[] {40, 40});
      assertThatThrownBy(() -> BgNbdModel.fit(s))
          .hasMessage("frequency must be <= 1000000 to fit, but was " + x + " (row 1)");
    }
  }

  @Test
  void conditionalExpectedPurchasesBulk_hugeFrequencyEqualsTheOneCustomerValue() {
    // issue 22: a frequency of Integer.MAX_VALUE sized an array by it (NegativeArraySizeException)
    BgNbdModel m = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    int[] x = new int[40];
    java.util.Arrays.fill(x, Integer.MAX_VALUE);
    x[0] = 2;
    double[] tx = new double[40];
    java.util.Arrays.fill(tx, 38.86);
    double[] age = new double[40];
    java.util.Arrays.fill(age, 38.86);
    double[][] bulk = m.conditionalExpectedPurchases(new double[] {4, 39}, ClvSummary.of(x, tx, age));
    double one = m.conditionalExpectedPurchases(39, Integer.MAX_VALUE, 38.86, 38.86);
    assertThat(one).isFinite().isPositive();
    assertThat(bulk[1][39]).isCloseTo(one, within(1e-12 * one));
    assertThat(bulk[1][0]).isCloseTo(m.conditionalExpectedPurchases(39, 2, 38.86, 38.86), within(1e-12));
  }

  /**
   * P(X(t) = n) where the negative binomial sums run to millions of terms, against mpmath at 40 digits
   * (the formula of BgNbdFormulas.probabilityOf with P(N &gt;= n) as the regularized incomplete beta
   * I_q(n, r), mpmath.betainc, and NB(n) from mpmath.loggamma):
   * r = 5, α = 0.001, a = 0.5, b = 2, t = 1000, whose purchase count has mean and mode near 5 million.
   * Relative 1e-7: at n near 1e7 the ln Γ differences inside B(a, b + n) and NB(n) subtract numbers
   * near 1e8, whose doubles are 1e-8 apart.
   */
  @Test
  @org.junit.jupiter.api.Timeout(10)
  void probabilityOfPurchases_millionsOfPurchasesMatchMpmath() {
    BgNbdModel m = BgNbdModel.of(5, 1e-3, 0.5, 2);
    assertThat(m.probabilityOfPurchases(2_000_000, 1000)).isCloseTo(3.074317608550878468e-10, withinPercentage(1e-5));
    assertThat(m.probabilityOfPurchases(8_000_000, 1000)).isCloseTo(2.983482686239840511e-11, withinPercentage(1e-5));
    assertThat(MbgNbdModel.of(5, 1e-3, 0.5, 2).probabilityOfPurchases(8_000_000, 1000))
        .isCloseTo(2.983482463188997116e-11, withinPercentage(1e-5));
    // a small n on CDNOW's estimates: 0.04579720141688342 (mpmath, same formula)
    assertThat(BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575).probabilityOfPurchases(3, 39))
        .isCloseTo(0.04579720141688342, withinPercentage(1e-9));
  }

  /** Issue 22 (unbounded work): n = Integer.MAX_VALUE summed 2^31 terms with three lnGamma each, for minutes. */
  @Test
  @org.junit.jupiter.api.Timeout(10)
  void probabilityOfPurchases_hugeCountIsQuickAndNegligible() {
    BgNbdModel m = BgNbdModel.of(0.242593, 4.41353, 0.792886, 2.42575);
    assertThat(m.probabilityOfPurchases(Integer.MAX_VALUE, 1e6)).isBetween(0.0, 1e-9);
    assertThat(m.probabilityOfPurchases(Integer.MAX_VALUE, 39)).isZero();
  }
}
