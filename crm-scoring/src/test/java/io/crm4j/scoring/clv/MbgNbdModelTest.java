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
}
