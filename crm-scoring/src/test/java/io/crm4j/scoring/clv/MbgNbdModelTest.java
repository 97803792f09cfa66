package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fidelity: lifetimes 0.11.3 ModifiedBetaGeoFitter on cdnow_customers_summary.csv (model of
 * Batislam, Denizel &amp; Filiztekin 2007): r 0.524838, α 6.18299, a 0.891356, b 1.61400,
 * tolerance 1e-4 relative.
 */
class MbgNbdModelTest {

  static FitResult<MbgNbdModel> fit;

  @BeforeAll
  static void fitOnce() {
    fit = MbgNbdModel.fit(ClvData.cdnowSummary());
  }

  @Test
  void fit_reproducesPublishedCdnowEstimates() {
    MbgNbdModel m = fit.model();
    assertThat(fit.converged()).isTrue();
    assertThat(m.r()).isCloseTo(0.524838, withinPercentage(0.01));
    assertThat(m.alpha()).isCloseTo(6.18299, withinPercentage(0.01));
    assertThat(m.a()).isCloseTo(0.891356, withinPercentage(0.01));
    assertThat(m.b()).isCloseTo(1.61400, withinPercentage(0.01));
    assertThat(fit.standardErrors()).containsOnlyKeys("r", "alpha", "a", "b");
    assertThat(m.name()).isEqualTo("mbgnbd");
  }

  @Test
  void inUnit_predictsTheSameForTheConvertedCustomer() {
    MbgNbdModel weeks = MbgNbdModel.of(0.524838, 6.18299, 0.891356, 1.61400);
    MbgNbdModel days = weeks.inUnit(ClvTimeUnit.DAYS);
    assertThat(days.alpha()).isCloseTo(6.18299 * 7, within(1e-12));
    assertThat(days.unit()).isEqualTo(ClvTimeUnit.DAYS);
    assertThat(days.conditionalExpectedPurchases(273, 2, 213.01, 272.02))
        .isCloseTo(weeks.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
    assertThatThrownBy(() -> days.conditionalExpectedPurchases(new double[] {1}, ClvData.cdnowSummary()))
        .hasMessageStartingWith("summary unit must be days, the unit the model was fitted in, but was weeks");
  }

  @Test
  void probabilityAlive_isBelowOneEvenWithoutRepeats() {
    // unlike BG/NBD, MBG/NBD lets a customer drop out right after the first purchase:
    // x = 0: P(alive) = 1/(1 + a/b ((alpha+T)/alpha)^r) < 1
    MbgNbdModel m = MbgNbdModel.of(0.5, 6, 0.9, 1.6);
    double expected = 1 / (1 + 0.9 / 1.6 * Math.pow((6 + 30.0) / 6, 0.5));
    assertThat(m.probabilityAlive(0, 0, 30)).isCloseTo(expected, within(1e-12));
  }

  @Test
  void probabilityOfPurchases_sumsToOneWithMeanEqualToExpectation() {
    MbgNbdModel m = fit.model();
    double total = 0;
    double mean = 0;
    for (int n = 0; n < 400; n++) {
      double p = m.probabilityOfPurchases(n, 39);
      total += p;
      mean += n * p;
    }
    assertThat(total).isCloseTo(1.0, within(1e-9));
    assertThat(mean).isCloseTo(m.expectedPurchases(39), within(1e-6));
  }

  @Test
  void simulate_thenFit_recoversParameters() {
    MbgNbdModel truth = MbgNbdModel.of(0.5, 6, 0.9, 1.6);
    FitResult<MbgNbdModel> f = MbgNbdModel.fit(truth.simulate(200_000, 52, 5));
    for (String name : new String[] {"r", "alpha", "a", "b"}) {
      assertThat(f.model().parameters().get(name)).as(name)
          .isCloseTo(truth.parameters().get(name), within(3 * f.standardError(name)));
    }
  }

  @Test
  void of_rejectsInvalidParameters() {
    assertThatThrownBy(() -> MbgNbdModel.of(1, 1, 1, -2)).hasMessage("b must be finite and > 0, but was -2.0");
    assertThatThrownBy(() -> MbgNbdModel.of(1, 1, 1, 1).expectedPurchases(-1)).hasMessageContaining("t must");
  }

  @Test
  void bulkPredictions_andLogLikelihood() {
    ClvSummary cdnow = ClvData.cdnowSummary();
    MbgNbdModel m = fit.model();
    assertThat(m.conditionalExpectedPurchases(39, cdnow)[0])
        .isCloseTo(m.conditionalExpectedPurchases(39, 2, 30.43, 38.86), within(1e-12));
    assertThat(m.probabilityAlive(cdnow)[1]).isEqualTo(m.probabilityAlive(1, 1.71, 38.86));
    assertThat(m.logLikelihood(cdnow)).isCloseTo(fit.logLikelihood(), within(1e-9));
    assertThat(m.conditionalExpectedPurchases(0, 2, 30.43, 38.86)).isZero();
    assertThat(m.expectedPurchases(0)).isZero();
  }

  @Test
  void conditionalExpectedPurchases_manyHorizonsEqualOneAtATime() {
    ClvSummary s = ClvData.cdnowSummary();
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
    // issue 22: the MBG/NBD formula (Batislam, Denizel & Filiztekin 2007) in mpmath (bgnbd_grid.csv)
    // gives 0.0382698944009502 and 6.50695102985501e-6; the Euler form returned 1.945 and NaN
    assertThat(MbgNbdModel.of(0.1, 0.5, 100, 200).conditionalExpectedPurchases(1, 0, 0, 1))
        .isCloseTo(0.0382698944009502, within(1e-9 * 0.0382698944009502));
    assertThat(MbgNbdModel.of(0.5, 0.5, 10000, 0.5).conditionalExpectedPurchases(1, 0, 0, 1))
        .isCloseTo(6.50695102985501e-6, within(1e-9 * 6.50695102985501e-6));
  }

  @Test
  void predictions_matchMpmathGrid() {
    // bgnbd_grid.csv: E[X(t) | x, t_x, T], E[X(t)] and P(alive) from the published formulas in mpmath
    // (40 and 60 digits) over a, b up to 1e4, x up to 1e5, T from 1e-6 to 2e4, t from 1e-9 to 1e9;
    // 1e-9 relative (values below 1e-300, where P(alive) underflows, within 1e-300 absolute)
    assertThat(ClvData.gridMismatches("mbgnbd", "single")).isEmpty();
  }

  @Test
  void conditionalExpectedPurchasesBulk_matchesMpmathGrid() {
    // the bulk path (Taylor tables, series per frequency, their fallbacks) on the same grid
    assertThat(ClvData.gridMismatches("mbgnbd", "bulk")).isEmpty();
  }

  @Test
  void simulate_parametersThatBuyWithoutEndAreRejected() {
    // issue 22: a mean purchase rate r/alpha of 1e16 per time unit (and almost no dropout) never finished
    assertThatThrownBy(() -> MbgNbdModel.of(1e8, 1e-8, 0.01, 100).simulate(3, 40, 1))
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
      assertThatThrownBy(() -> MbgNbdModel.fit(s))
          .hasMessage("frequency must be <= 1000000 to fit, but was " + x + " (row 1)");
    }
  }
}
