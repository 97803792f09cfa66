package io.crm4j.scoring.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fidelity: Fader, Hardie &amp; Shang (2010) donations data, as fitted by lifetimes 0.11.3
 * (BetaGeoBetaBinomFitter on donations.csv, checked there against Hardie's spreadsheet, note 010):
 * α 1.20352, β 0.749716, γ 0.656718, δ 2.78344, tolerance 1e-4 relative.
 */
class BgBbModelTest {

  static BgBbSummary donations;
  static FitResult<BgBbModel> fit;

  @BeforeAll
  static void fitOnce() {
    List<String[]> rows = ClvData.rows("donations.csv", ",", true);
    int n = rows.size();
    int[] f = new int[n];
    int[] r = new int[n];
    int[] p = new int[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      f[i] = Integer.parseInt(rows.get(i)[0]);
      r[i] = Integer.parseInt(rows.get(i)[1]);
      p[i] = Integer.parseInt(rows.get(i)[2]);
      w[i] = Double.parseDouble(rows.get(i)[3]);
    }
    donations = BgBbSummary.of(f, r, p, w);
    fit = BgBbModel.fit(donations);
  }

  @Test
  void fit_reproducesPublishedDonationsEstimates() {
    BgBbModel m = fit.model();
    assertThat(fit.converged()).isTrue();
    assertThat(fit.customers()).isEqualTo(11_104);
    assertThat(m.alpha()).isCloseTo(1.20352, withinPercentage(0.01));
    assertThat(m.beta()).isCloseTo(0.749716, withinPercentage(0.01));
    assertThat(m.gamma()).isCloseTo(0.656718, withinPercentage(0.01));
    assertThat(m.delta()).isCloseTo(2.78344, withinPercentage(0.01));
    assertThat(fit.standardErrors()).containsOnlyKeys("alpha", "beta", "gamma", "delta");
  }

  @Test
  void probabilityOfPurchases_sumsToOneWithMeanEqualToExpectation() {
    BgBbModel m = fit.model();
    double total = 0;
    double mean = 0;
    for (int x = 0; x <= 6; x++) {
      total += m.probabilityOfPurchases(x, 6);
      mean += x * m.probabilityOfPurchases(x, 6);
    }
    assertThat(total).isCloseTo(1.0, within(1e-12));
    assertThat(mean).isCloseTo(m.expectedPurchases(6), within(1e-12));
  }

  @Test
  void probabilityOfPurchases_matchesFittedPatternShares() {
    // the model's P(x = 0 in 6) must be near the observed share of donors with no repeat, 3464/11104
    assertThat(fit.model().probabilityOfPurchases(0, 6)).isCloseTo(3464.0 / 11104, within(0.01));
  }

  @Test
  void probabilityAlive_andConditionalExpectations() {
    BgBbModel m = fit.model();
    // a donor who gave in every year is more likely alive and expected to give more than one who
    // gave once in year 1
    assertThat(m.probabilityAlive(6, 6, 6)).isGreaterThan(m.probabilityAlive(1, 1, 6));
    assertThat(m.conditionalExpectedPurchases(5, 6, 6, 6)).isGreaterThan(m.conditionalExpectedPurchases(5, 1, 1, 6));
    assertThat(m.conditionalExpectedPurchases(0, 3, 4, 6)).isZero();
  }

  @Test
  void simulate_thenFit_recoversParameters() {
    BgBbModel truth = BgBbModel.of(1.2, 0.75, 0.66, 2.8);
    FitResult<BgBbModel> f = BgBbModel.fit(truth.simulate(200_000, 6, 3));
    for (String name : List.of("alpha", "beta", "gamma", "delta")) {
      assertThat(f.model().parameters().get(name)).as(name)
          .isCloseTo(truth.parameters().get(name), within(3 * f.standardError(name)));
    }
  }

  @Test
  void of_rejectsInvalidInput() {
    assertThatThrownBy(() -> BgBbModel.of(-1, 1, 1, 1)).hasMessage("alpha must be finite and > 0, but was -1.0");
    assertThatThrownBy(() -> BgBbSummary.of(new int[] {2}, new int[] {1}, new int[] {6}, new double[] {1}))
        .hasMessageContaining("recency must be >= frequency");
    assertThatThrownBy(() -> BgBbSummary.of(new int[] {1}, new int[] {7}, new int[] {6}, new double[] {1}))
        .hasMessageContaining("recency must be in [0, periods 6]");
    assertThatThrownBy(() -> fit.model().probabilityAlive(-1, 0, 6)).hasMessageContaining("frequency must be >= 0");
  }

  @Test
  void expectedPurchases_longHorizonsMatchClosedFormAndBeyondTheLimitAreRejected() {
    // issue 22: a horizon of Integer.MAX_VALUE ran for hours. FHS 2010 eq. 9 and the closed form of
    // eq. 13 in mpmath (40 digits), donation estimates: E[X(1e6)] = 381.61351248903290797,
    // E[X(6, 6+1e6) | x 3, t_x 5, n 6] = 586.15150130785946326; 1e-9 relative
    BgBbModel m = BgBbModel.of(1.204, 0.750, 0.657, 2.783);
    assertThat(m.expectedPurchases(1_000_000)).isCloseTo(381.61351248903290797, within(1e-9 * 381.6));
    assertThat(m.conditionalExpectedPurchases(1_000_000, 3, 5, 6)).isCloseTo(586.15150130785946326, within(1e-9 * 586.2));
    assertThatThrownBy(() -> m.expectedPurchases(Integer.MAX_VALUE))
        .hasMessage("periods must be <= 1000000, but was 2147483647");
    assertThatThrownBy(() -> m.conditionalExpectedPurchases(Integer.MAX_VALUE, 3, 5, 6))
        .hasMessage("futurePeriods must be <= 1000000, but was 2147483647");
    assertThatThrownBy(() -> m.probabilityOfPurchases(1, Integer.MAX_VALUE))
        .hasMessage("periods must be <= 1000000, but was 2147483647");
    assertThatThrownBy(() -> m.probabilityAlive(1, 1, Integer.MAX_VALUE))
        .hasMessage("periods must be <= 1000000, but was 2147483647");
  }

  @Test
  void simulate_beyondTheLimitsIsRejected() {
    BgBbModel m = BgBbModel.of(1.204, 0.750, 0.657, 2.783);
    assertThatThrownBy(() -> m.simulate(10, Integer.MAX_VALUE, 1))
        .hasMessage("periods must be <= 1000000, but was 2147483647");
    assertThatThrownBy(() -> m.simulate(10_000, 1_000_000, 1))
        .hasMessage("customers × periods must be <= 1000000000, but was 10000 × 1000000 = 10000000000");
  }
}
