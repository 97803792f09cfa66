package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fidelity: lifetimes 0.11.3 GammaGammaFitter on cdnow_customers_summary_with_transactions.csv
 * (946 repeaters; data of Fader, Hardie &amp; Lee 2005, "RFM and CLV", and Fader &amp; Hardie 2013):
 * p 6.24880, q 3.74459, γ 15.4477, tolerance 1e-4 relative; log-likelihood −4055.9232 on the
 * 2-decimal file (dataset README).
 */
class GammaGammaModelTest {

  static ClvSummary cdnow;
  static FitResult<GammaGammaModel> fit;

  @BeforeAll
  static void fitOnce() {
    cdnow = ClvData.cdnowWithSpend();
    fit = GammaGammaModel.fit(cdnow);
  }

  @Test
  void fit_reproducesPublishedCdnowEstimates() {
    GammaGammaModel m = fit.model();
    assertThat(fit.converged()).isTrue();
    assertThat(fit.customers()).isEqualTo(946);
    assertThat(m.p()).isCloseTo(6.24880, withinPercentage(0.01));
    assertThat(m.q()).isCloseTo(3.74459, withinPercentage(0.01));
    assertThat(m.gamma()).isCloseTo(15.4477, withinPercentage(0.01));
    assertThat(fit.logLikelihood()).isCloseTo(-4055.9232, within(0.001));
    assertThat(fit.standardErrors()).containsOnlyKeys("p", "q", "gamma");
  }

  @Test
  void conditionalExpectedAverageProfit_matchesPublishedValuesForFittedModel() {
    // lifetimes' Quickstart (docs/Quickstart.md, CamDavidsonPilon/lifetimes) prints
    // ggf.conditional_expected_average_profit for CDNOW customers 1, 2, 3 and 6 after the same fit:
    // (x 2, m 22.35) 24.658619; (x 1, m 11.77) 18.911489; (x 0) 35.170981; (x 7, m 73.74) 71.462843.
    GammaGammaModel m = fit.model();
    assertThat(m.conditionalExpectedAverageProfit(2, 22.35)).isCloseTo(24.658619, withinPercentage(0.001));
    assertThat(m.conditionalExpectedAverageProfit(1, 11.77)).isCloseTo(18.911489, withinPercentage(0.001));
    assertThat(m.conditionalExpectedAverageProfit(0, 0)).isCloseTo(35.170981, withinPercentage(0.001));
    assertThat(m.conditionalExpectedAverageProfit(7, 73.74)).isCloseTo(71.462843, withinPercentage(0.001));
  }

  @Test
  void conditionalExpectedAverageProfit_weightsPopulationAndOwnMean() {
    GammaGammaModel m = GammaGammaModel.of(6.25, 3.74, 15.44);
    // by hand: x = 2, m = 22.35: (6.25*15.44 + 6.25*2*22.35)/(6.25*2 + 3.74 - 1)
    //        = (96.5 + 279.375)/15.24 = 24.66371...
    assertThat(m.conditionalExpectedAverageProfit(2, 22.35)).isCloseTo(375.875 / 15.24, within(1e-9));
    // x = 0: the population mean p*gamma/(q-1) = 96.5/2.74
    assertThat(m.conditionalExpectedAverageProfit(0, 0)).isCloseTo(96.5 / 2.74, within(1e-9));
    assertThat(m.populationMeanSpend()).isCloseTo(96.5 / 2.74, within(1e-9));
  }

  @Test
  void conditionalExpectedAverageProfit_hugeParameters_finiteOrClearError() {
    // p = q = gamma = 1e308 gave NaN (inf / inf) before; the mean p*gamma/(q-1) is 1e308 here
    GammaGammaModel huge = GammaGammaModel.of(1e308, 1e308, 1e308);
    // r = p*x/(q-1) = 2 (to rounding): (1e308 + 2*22.35)/3
    assertThat(huge.conditionalExpectedAverageProfit(2, 22.35)).isCloseTo(1e308 / 3, within(1e294));
    // r overflows: the customer's own mean alone
    assertThat(GammaGammaModel.of(1e308, 1.5, 1).conditionalExpectedAverageProfit(3, 22.35)).isEqualTo(22.35);
    GammaGammaModel overflowing = GammaGammaModel.of(1e200, 2, 1e200);
    assertThatThrownBy(overflowing::populationMeanSpend).isInstanceOf(IllegalStateException.class)
        .hasMessage("the mean spend p * gamma / (q - 1) must be finite, but overflows for p = 1.0E200, q = 2.0,"
            + " gamma = 1.0E200");
    assertThatThrownBy(() -> overflowing.conditionalExpectedAverageProfit(0, 5))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("must be finite");
  }

  @Test
  void conditionalExpectedAverageProfit_needsQAboveOne() {
    assertThatThrownBy(() -> GammaGammaModel.of(1, 0.5, 1).populationMeanSpend())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("q must be > 1");
  }

  @Test
  void fit_rejectsZeroSpendRepeaters() {
    ClvSummary bad = ClvSummary.of(new String[] {"a", "b"}, new int[] {1, 2}, new double[] {1, 2},
        new double[] {3, 3}, new double[] {0, 5});
    assertThatThrownBy(() -> GammaGammaModel.fit(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monetaryValue must be > 0 for a customer with frequency > 0, but was 0.0 (customer a)");
  }

  @Test
  void simulateSpend_thenFit_recoversParameters() {
    GammaGammaModel truth = GammaGammaModel.of(6, 4, 15);
    ClvSummary base = BgNbdModel.of(0.8, 4, 0.5, 3).simulate(200_000, 39, 7);
    ClvSummary withSpend = truth.simulateSpend(base, 11);
    FitResult<GammaGammaModel> f = GammaGammaModel.fit(withSpend);
    assertThat(f.model().p()).isCloseTo(6, within(3 * f.standardError("p")));
    assertThat(f.model().q()).isCloseTo(4, within(3 * f.standardError("q")));
    assertThat(f.model().gamma()).isCloseTo(15, within(3 * f.standardError("gamma")));
  }

  @Test
  void of_rejectsInvalidParameters() {
    assertThatThrownBy(() -> GammaGammaModel.of(0, 1, 1)).hasMessage("p must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> GammaGammaModel.of(1, -1, 1)).hasMessageContaining("q must");
    assertThatThrownBy(() -> GammaGammaModel.of(1, 1, Double.NaN)).hasMessageContaining("gamma must");
  }

  @Test
  void logLikelihood_andName() {
    assertThat(fit.model().logLikelihood(cdnow)).isCloseTo(fit.logLikelihood(), within(1e-9));
    assertThat(fit.model().name()).isEqualTo("gamma-gamma");
    assertThat(fit.model().parameters()).containsOnlyKeys("p", "q", "gamma");
    assertThatThrownBy(() -> GammaGammaModel.fit(ClvSummary.of(new int[] {1, 0}, new double[] {1, 0},
        new double[] {2, 2}))).hasMessageContaining("at least 2 customers with frequency > 0");
  }
}
