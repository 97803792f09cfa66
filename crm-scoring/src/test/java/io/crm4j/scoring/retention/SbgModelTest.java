package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fidelity: Fader &amp; Hardie (2007) "How to project customer retention", Table 1 cohorts and the
 * published estimates (high end α = 0.668, β = 3.806; regular α = 0.704, β = 1.182) and forecast
 * (years 8-12: 0.460, 0.436, 0.414, 0.395, 0.378), to the digits published; Fader &amp; Hardie
 * (2010) DERL ≈ 7.530 (high end, 7 renewals, d = 10 %); and mpmath values from
 * {@code src/test/resources/retention/generate_reference.py} to 1e-9 relative.
 */
class SbgModelTest {

  private static final FitResult<SbgModel> HIGH_END = SbgModel.fit(RetentionData.highEnd());

  @Test
  void fit_highEndCohort_reproducesPublishedEstimates() {
    assertThat(HIGH_END.model().alpha()).isCloseTo(0.668, within(5e-4));
    assertThat(HIGH_END.model().beta()).isCloseTo(3.806, within(5e-4));
    assertThat(HIGH_END.converged()).isTrue();
    assertThat(HIGH_END.customers()).isEqualTo(1000);
  }

  @Test
  void fit_regularCohort_reproducesPublishedEstimates() {
    SbgModel m = SbgModel.fit(RetentionData.regular()).model();
    assertThat(m.alpha()).isCloseTo(0.704, within(5e-4));
    assertThat(m.beta()).isCloseTo(1.182, within(5e-4));
  }

  @Test
  void fit_bothCohorts_matchMpmathOptimumAndStandardErrors() {
    for (String[] row : RetentionData.rows("sbg_fit_reference.csv")) {
      CohortSurvival cohort = row[0].equals("high_end") ? RetentionData.highEnd() : RetentionData.regular();
      FitResult<SbgModel> fit = SbgModel.fit(cohort);
      assertThat(fit.model().alpha()).as(row[0]).isCloseTo(Double.parseDouble(row[1]), withinPercentage(1e-5));
      assertThat(fit.model().beta()).as(row[0]).isCloseTo(Double.parseDouble(row[2]), withinPercentage(1e-5));
      assertThat(fit.logLikelihood()).as(row[0]).isCloseTo(Double.parseDouble(row[3]), within(1e-6));
      assertThat(fit.standardError("alpha")).as(row[0]).isCloseTo(Double.parseDouble(row[4]), withinPercentage(1e-3));
      assertThat(fit.standardError("beta")).as(row[0]).isCloseTo(Double.parseDouble(row[5]), withinPercentage(1e-3));
    }
  }

  @Test
  void fit_individualDurations_matchCohortFit() {
    FitResult<SbgModel> fit = SbgModel.fit(RetentionData.durations(RetentionData.highEnd()), FitOptions.ofDefaults());
    assertThat(fit.model().alpha()).isCloseTo(HIGH_END.model().alpha(), within(1e-9));
    assertThat(fit.model().beta()).isCloseTo(HIGH_END.model().beta(), within(1e-8));
    assertThat(fit.logLikelihood()).isCloseTo(HIGH_END.logLikelihood(), within(1e-8));
    assertThat(fit.customers()).isEqualTo(1000);
  }

  @Test
  void fit_staggeredCensoring_recoversSimulatedParameters() {
    // 200,000 customers who joined over 24 periods, observed up to period 24: each contract is
    // right-censored at its own tenure; churn propensity θ ~ beta(0.8, 2.5) drawn by inversion
    SbgModel truth = SbgModel.of(0.8, 2.5);
    int n = 200_000;
    int[] durations = new int[n];
    boolean[] censored = new boolean[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(19);
    for (int i = 0; i < n; i++) {
      int tenure = 1 + random.nextInt(24);
      double u = random.nextDouble();
      int t = 1;
      while (t <= tenure && u < truth.survival(t)) {
        t++;
      }
      durations[i] = t <= tenure ? t : tenure;
      censored[i] = t > tenure;
    }
    FitResult<SbgModel> fit = SbgModel.fit(durations, censored);
    // the draws are exact (T > t iff u < S(t)), so the estimates sit within 4 standard errors
    assertThat(fit.model().alpha()).isCloseTo(0.8, within(4 * fit.standardError("alpha")));
    assertThat(fit.model().beta()).isCloseTo(2.5, within(4 * fit.standardError("beta")));
  }

  @Test
  void fit_nobodyChurns_throwsNamingTheReason() {
    assertThatThrownBy(() -> SbgModel.fit(CohortSurvival.of(1000, 1000, 1000)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one churned customer").hasMessageContaining("none of 1000.0 churned");
  }

  @Test
  void fit_everyoneChurnsInPeriodOne_throwsNamingTheReason() {
    assertThatThrownBy(() -> SbgModel.fit(CohortSurvival.of(1000, 0, 0, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all 1000.0 churned in period 1");
  }

  @Test
  void fit_onePeriod_throwsBecauseTwoParametersNeedTwoPeriods() {
    assertThatThrownBy(() -> SbgModel.fit(CohortSurvival.of(1000, 700)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("data must cover at least 2 periods to fit 2 parameters, but covered 1");
  }

  @Test
  void fit_geometricCohort_tendsToHomogeneousLimitWithFiniteValues() {
    // retention exactly 0.5 in every period: no heterogeneity, the optimum lies at α, β → ∞
    FitResult<SbgModel> fit = SbgModel.fit(CohortSurvival.of(1024, 512, 256, 128, 64, 32));
    SbgModel m = fit.model();
    assertThat(m.alpha()).isGreaterThan(1e3);
    assertThat(m.alpha() / (m.alpha() + m.beta())).isCloseTo(0.5, within(1e-3));
    assertThat(fit.logLikelihood()).isFinite();
    assertThat(m.survival(6)).isCloseTo(1 / 64.0, within(1e-4));
  }

  @Test
  void survivalCurve_highEnd_forecastsPublishedYears8To12() {
    double[] forecast = HIGH_END.model().survivalCurve(7, 5);
    double[] published = {0.460, 0.436, 0.414, 0.395, 0.378};
    for (int i = 0; i < 5; i++) {
      assertThat(forecast[i]).as("year " + (8 + i)).isCloseTo(published[i], within(5e-4));
    }
  }

  @Test
  void survival_isBetaRatioAndStartsAtOne() {
    SbgModel m = SbgModel.of(0.668, 3.806);
    assertThat(m.survival(0)).isEqualTo(1.0);
    // S(1) = β/(α+β), S(2) = S(1)(β+1)/(α+β+1)
    assertThat(m.survival(1)).isCloseTo(3.806 / 4.474, within(1e-15));
    assertThat(m.survival(2)).isCloseTo(3.806 / 4.474 * 4.806 / 5.474, within(1e-15));
    assertThatThrownBy(() -> m.survival(-1)).hasMessage("periods must be >= 0, but was -1");
  }

  @Test
  void churnProbabilityAndRetentionRate_areConsistentWithSurvival() {
    SbgModel m = SbgModel.of(0.704, 1.182);
    double total = 0;
    for (int t = 1; t <= 30; t++) {
      total += m.churnProbability(t);
      assertThat(m.retentionRate(t)).isCloseTo(m.survival(t) / m.survival(t - 1), within(1e-13));
      assertThat(m.retentionRate(t)).isCloseTo((1.182 + t - 1) / (0.704 + 1.182 + t - 1), within(1e-15));
    }
    assertThat(total + m.survival(30)).isCloseTo(1.0, within(1e-13));
    assertThatThrownBy(() -> m.churnProbability(0)).hasMessage("period must be >= 1, but was 0");
    assertThatThrownBy(() -> m.retentionRate(0)).hasMessage("period must be >= 1, but was 0");
  }

  @Test
  void churnProbabilityAndRetentionRate_tinyParameters_stayFinite() {
    // alpha = beta = 1e-300: alpha + beta + 1 - 1 rounded to 0 and gave churn Infinity, retention NaN;
    // by hand P(T = 1) = alpha / (alpha + beta) = 0.5 and r(1) = beta / (alpha + beta) = 0.5
    SbgModel m = SbgModel.of(1e-300, 1e-300);
    assertThat(m.churnProbability(1)).isCloseTo(0.5, within(1e-15));
    assertThat(m.retentionRate(1)).isCloseTo(0.5, within(1e-15));
  }

  @Test
  void derl_highEndSevenRenewals_isPublished7530() {
    assertThat(SbgModel.of(0.668, 3.806).derl(7, 0.10)).isCloseTo(7.530, within(5e-4));
  }

  @Test
  void derl_matchesMpmathHypergeometric() {
    List<String[]> rows = RetentionData.rows("derl_reference.csv");
    int checked = 0;
    for (String[] r : rows) {
      if (!r[0].equals("sbg")) {
        continue;
      }
      SbgModel m = SbgModel.of(Double.parseDouble(r[1]), Double.parseDouble(r[2]));
      int n = Integer.parseInt(r[4]);
      double d = Double.parseDouble(r[5]);
      assertThat(m.derl(n, d)).as(String.join(",", r)).isCloseTo(Double.parseDouble(r[6]), withinPercentage(1e-9));
      assertThat(m.del(d)).as(String.join(",", r)).isCloseTo(Double.parseDouble(r[7]), withinPercentage(1e-9));
      checked++;
    }
    assertThat(checked).isEqualTo(12);
  }

  @Test
  void derl_closedFormMatchesDirectSum() {
    SbgModel m = SbgModel.of(0.668, 3.806);
    for (int n : new int[] {0, 3, 7, 50}) {
      for (double d : new double[] {0.0001, 0.01, 0.1, 0.5}) {
        assertThat(m.derl(n, d)).as("n " + n + ", d " + d).isCloseTo(m.derlBySum(n, d), withinPercentage(1e-8));
      }
    }
  }

  @Test
  void derl_zeroDiscountRate_isClosedFormWhenAlphaAboveOne() {
    // 2F1(1, b; c; 1) = (c − 1)/(c − b − 1): DERL = (β + n)/(α − 1), DEL = (α + β − 1)/(α − 1) = E[T]
    SbgModel m = SbgModel.of(2.5, 0.4);
    assertThat(m.derl(3, 0)).isCloseTo(3.4 / 1.5, within(1e-15));
    assertThat(m.del(0)).isCloseTo(m.expectedLifetime().orElseThrow(), within(1e-14));
    assertThat(m.derl(3, 0.0001)).isCloseTo(3.4 / 1.5, withinPercentage(0.1));
    assertThatThrownBy(() -> SbgModel.of(0.668, 3.806).derl(7, 0))
        .hasMessage("discountRate must be > 0 when alpha <= 1 (the undiscounted lifetime is infinite), but was 0.0"
            + " with alpha 0.668");
  }

  @Test
  void derl_invalidArguments_throw() {
    SbgModel m = SbgModel.of(1, 1);
    assertThatThrownBy(() -> m.derl(-1, 0.1)).hasMessage("renewals must be >= 0, but was -1");
    assertThatThrownBy(() -> m.derl(1, 1.0)).hasMessage("discountRate must be in [1.0E-4, 1), but was 1.0");
    assertThatThrownBy(() -> m.derl(1, 1e-5)).hasMessage("discountRate must be in [1.0E-4, 1), but was 1.0E-5");
    assertThatThrownBy(() -> m.derl(1, Double.NaN)).hasMessage("discountRate must be in [1.0E-4, 1), but was NaN");
  }

  @Test
  void expectedLifetime_isFiniteOnlyForAlphaAboveOne() {
    assertThat(SbgModel.of(2.5, 0.4).expectedLifetime()).hasValue(1.9 / 1.5);
    assertThat(SbgModel.of(0.668, 3.806).expectedLifetime()).isEmpty();
    SbgModel m = SbgModel.of(0.668, 3.806);
    assertThat(m.expectedLifetime(3)).isCloseTo(1 + m.survival(1) + m.survival(2), within(1e-15));
    assertThat(m.expectedLifetime(0)).isZero();
  }

  @Test
  void residualValue_isValuePerPeriodTimesDerl() {
    SbgModel m = SbgModel.of(0.668, 3.806);
    Money value = Money.of("100", "USD");
    assertThat(m.residualValue(value, 7, 0.1)).isEqualTo(Money.of("752.99", "USD"));
    // the 491 high-end survivors after 7 years: 491 × 100 × 7.529950 = 369,720.52
    assertThat(m.residualValue(value, RetentionData.highEnd(), 0.1)).isEqualTo(Money.of("369720.52", "USD"));
  }

  @Test
  void logLikelihood_matchesFit() {
    assertThat(HIGH_END.model().logLikelihood(RetentionData.highEnd())).isCloseTo(HIGH_END.logLikelihood(),
        within(1e-9));
  }

  @Test
  void of_invalidParameters_throw() {
    assertThatThrownBy(() -> SbgModel.of(0, 1)).hasMessage("alpha must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> SbgModel.of(1, Double.POSITIVE_INFINITY))
        .hasMessage("beta must be finite and > 0, but was Infinity");
  }

  @Test
  void parameters_areNamedInOrder() {
    assertThat(SbgModel.of(0.5, 2).parameters()).containsExactly(java.util.Map.entry("alpha", 0.5),
        java.util.Map.entry("beta", 2.0));
    assertThat(SbgModel.of(0.5, 2).name()).isEqualTo("sbg");
  }
}
