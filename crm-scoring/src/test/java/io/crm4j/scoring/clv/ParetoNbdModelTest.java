package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fidelity against lifetimes 0.11.3 (ParetoNBDFitter on cdnow_customers_summary.csv) and the
 * estimates reported for the CDNOW sample by Fader, Hardie &amp; Lee (2005): r 0.553282,
 * α 10.5778, s 0.606171, β 11.667 (weakly identified, ±0.005), LL −9594.9739. Tolerance 1e-4
 * relative unless stated.
 */
class ParetoNbdModelTest {

  static ClvSummary cdnow;
  static FitResult<ParetoNbdModel> fit;

  @BeforeAll
  static void fitOnce() {
    cdnow = ClvData.cdnowSummary();
    fit = ParetoNbdModel.fit(cdnow);
  }

  @Test
  void fit_reproducesPublishedCdnowEstimates() {
    ParetoNbdModel m = fit.model();
    assertThat(fit.converged()).isTrue();
    assertThat(m.r()).isCloseTo(0.553282, withinPercentage(0.01));
    assertThat(m.alpha()).isCloseTo(10.5778, withinPercentage(0.01));
    assertThat(m.s()).isCloseTo(0.606171, withinPercentage(0.01));
    assertThat(m.beta()).isCloseTo(11.667, within(0.005));
    assertThat(fit.logLikelihood()).isCloseTo(-9594.9739, within(0.001));
  }

  @Test
  void fit_hasStandardErrorsForEveryParameter() {
    assertThat(fit.standardErrors()).containsOnlyKeys("r", "alpha", "s", "beta");
    // β is weakly identified: its standard error is large relative to the estimate, r's is small
    assertThat(fit.standardError("r")).isBetween(0.01, 0.1);
    assertThat(fit.standardError("beta")).isGreaterThan(fit.standardError("alpha"));
  }

  @Test
  void probabilityOfPurchases_sumsToOneAndMatchesExpectation() {
    ParetoNbdModel m = ParetoNbdModel.of(0.553282, 10.5778, 0.606171, 11.667);
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 200; n++) {
      double p = m.probabilityOfPurchases(n, 39);
      total += p;
      mean += n * p;
    }
    assertThat(total).isCloseTo(1.0, within(1e-6));
    assertThat(mean).isCloseTo(m.expectedPurchases(39), within(1e-5));
  }

  @Test
  void probabilityAlive_isOneWithoutRepeatGapAndBelowOneOtherwise() {
    ParetoNbdModel m = ParetoNbdModel.of(0.553282, 10.5778, 0.606171, 11.667);
    assertThat(m.probabilityAlive(3, 20, 20)).isEqualTo(1.0);
    // t_x a rounding error below T: the A0 difference cancels, P(alive) must still be a number in [0, 1]
    assertThat(m.probabilityAlive(3, Math.nextDown(20.0), 20)).isBetween(0.99, 1.0);
    assertThat(m.probabilityAlive(2, 30.43, 38.86)).isBetween(0.0, 1.0);
    assertThat(m.probabilityAlive(2, 10, 38.86)).isLessThan(m.probabilityAlive(2, 30, 38.86));
  }

  @Test
  void conditionalExpectedPurchases_atSEqualOneIsContinuous() {
    ParetoNbdModel below = ParetoNbdModel.of(0.5, 10, 1 - 1e-7, 12);
    ParetoNbdModel at = ParetoNbdModel.of(0.5, 10, 1, 12);
    assertThat(at.conditionalExpectedPurchases(10, 1, 5, 20))
        .isCloseTo(below.conditionalExpectedPurchases(10, 1, 5, 20), within(1e-6));
  }

  @Test
  void of_rejectsInvalidParameters() {
    assertThatThrownBy(() -> ParetoNbdModel.of(0, 1, 1, 1)).hasMessage("r must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> ParetoNbdModel.of(1, 1, 1, Double.NaN)).hasMessageContaining("beta");
    ParetoNbdModel m = ParetoNbdModel.of(1, 1, 1, 1);
    assertThatThrownBy(() -> m.probabilityAlive(1, 5, 4)).hasMessageContaining("recency must be <= T");
    assertThatThrownBy(() -> m.probabilityAlive(-1, 0, 4)).hasMessageContaining("frequency must be >= 0");
  }

  @Test
  void simulate_thenFit_recoversParameters() {
    ParetoNbdModel truth = ParetoNbdModel.of(0.55, 10.6, 0.6, 11.7);
    FitResult<ParetoNbdModel> f = ParetoNbdModel.fit(truth.simulate(200_000, 39, 9));
    for (String name : new String[] {"r", "alpha", "s", "beta"}) {
      assertThat(f.model().parameters().get(name)).as(name)
          .isCloseTo(truth.parameters().get(name), within(3 * f.standardError(name)));
    }
    assertThat(f.model().name()).isEqualTo("pareto-nbd");
  }

  @Test
  void inUnit_predictsTheSameForTheConvertedCustomer() {
    ParetoNbdModel weeks = ParetoNbdModel.of(0.553282, 10.5778, 0.606171, 11.667);
    ParetoNbdModel days = weeks.inUnit(ClvTimeUnit.DAYS);
    // α and β are time scales: 7 times larger in days
    assertThat(days).isEqualTo(ParetoNbdModel.of(0.553282, 10.5778 * 7, 0.606171, 11.667 * 7, ClvTimeUnit.DAYS));
    assertThat(days.conditionalExpectedPurchases(273, 2, 213.01, 272.02))
        .isCloseTo(weeks.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
    assertThat(days.probabilityAlive(2, 213.01, 272.02))
        .isCloseTo(weeks.probabilityAlive(2, 30.43, 38.86), within(1e-12));
    assertThatThrownBy(() -> weeks.probabilityAlive(cdnow.inUnit(ClvTimeUnit.MONTHS)))
        .hasMessageStartingWith("summary unit must be weeks, the unit the model was fitted in, but was months");
    assertThatThrownBy(() -> days.logLikelihood(cdnow))
        .hasMessageStartingWith("summary unit must be days, the unit the model was fitted in, but was weeks");
    assertThat(ParetoNbdModel.fit(cdnow).model().unit()).isEqualTo(ClvTimeUnit.WEEKS);
  }

  @Test
  void bulkPredictions_matchSingleCustomer() {
    ParetoNbdModel m = fit.model();
    double[] e = m.conditionalExpectedPurchases(39, cdnow);
    double[] p = m.probabilityAlive(cdnow);
    assertThat(e[0]).isEqualTo(m.conditionalExpectedPurchases(39, 2, 30.43, 38.86));
    assertThat(p[0]).isEqualTo(m.probabilityAlive(2, 30.43, 38.86));
    assertThat(m.logLikelihood(cdnow)).isCloseTo(fit.logLikelihood(), within(1e-9));
    assertThat(m.probabilityOfPurchases(0, 0)).isEqualTo(1.0);
    assertThat(m.probabilityOfPurchases(2, 0)).isEqualTo(0.0);
    assertThat(m.expectedPurchases(0)).isZero();
  }

  @Test
  void simulate_parametersThatBuyWithoutEndAreRejected() {
    // issue 22: a mean purchase rate r/alpha of 1e16 per time unit (and almost no dropout) never finished
    assertThatThrownBy(() -> ParetoNbdModel.of(1e8, 1e-8, 0.01, 100).simulate(3, 40, 1))
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
      assertThatThrownBy(() -> ParetoNbdModel.fit(s))
          .hasMessage("frequency must be <= 1000000 to fit, but was " + x + " (row 1)");
    }
  }
}
