package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import org.junit.jupiter.api.Test;

/**
 * Beta-discrete-Weibull (Fader, Hardie, Liu, Davin &amp; Steenburgh 2018). References: c = 1 is
 * the sBG model; fits of the Fader &amp; Hardie (2007) cohorts and DERL values from
 * {@code src/test/resources/retention/generate_reference.py} (scipy Nelder-Mead fits, mpmath
 * sums).
 */
class BdwModelTest {

  @Test
  void cEqualOne_reducesToSbg() {
    BdwModel bdw = BdwModel.of(0.668, 3.806, 1);
    SbgModel sbg = SbgModel.of(0.668, 3.806);
    for (int t = 0; t <= 40; t++) {
      assertThat(bdw.survival(t)).as("S(%d)", t).isCloseTo(sbg.survival(t), within(1e-13));
    }
    for (int t = 1; t <= 40; t++) {
      assertThat(bdw.churnProbability(t)).isCloseTo(sbg.churnProbability(t), within(1e-12));
      assertThat(bdw.retentionRate(t)).isCloseTo(sbg.retentionRate(t), within(1e-12));
    }
    assertThat(bdw.derl(7, 0.1)).isCloseTo(sbg.derl(7, 0.1), withinPercentage(1e-9));
    assertThat(bdw.del(0.1)).isCloseTo(sbg.del(0.1), withinPercentage(1e-9));
    assertThat(bdw.expectedLifetime(12)).isCloseTo(sbg.expectedLifetime(12), within(1e-12));
    assertThat(bdw.logLikelihood(RetentionData.highEnd())).isCloseTo(sbg.logLikelihood(RetentionData.highEnd()),
        within(1e-8));
  }

  @Test
  void fit_bothCohorts_matchScipyOptimum() {
    for (String[] row : RetentionData.rows("bdw_fit_reference.csv")) {
      CohortSurvival cohort = row[0].equals("high_end") ? RetentionData.highEnd() : RetentionData.regular();
      FitResult<BdwModel> fit = BdwModel.fit(cohort);
      assertThat(fit.converged()).as(row[0]).isTrue();
      assertThat(fit.model().alpha()).as(row[0]).isCloseTo(Double.parseDouble(row[1]), withinPercentage(1e-3));
      assertThat(fit.model().beta()).as(row[0]).isCloseTo(Double.parseDouble(row[2]), withinPercentage(1e-3));
      assertThat(fit.model().c()).as(row[0]).isCloseTo(Double.parseDouble(row[3]), withinPercentage(1e-3));
      assertThat(fit.logLikelihood()).as(row[0]).isCloseTo(Double.parseDouble(row[4]), within(1e-6));
      // nested models: the BdW optimum is at least as likely as the sBG one
      assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(SbgModel.fit(cohort).logLikelihood());
      assertThat(fit.standardErrors()).containsOnlyKeys("alpha", "beta", "c");
    }
  }

  @Test
  void fit_individualDurations_matchCohortFit() {
    FitResult<BdwModel> cohort = BdwModel.fit(RetentionData.regular());
    FitResult<BdwModel> individual = BdwModel.fit(RetentionData.durations(RetentionData.regular()),
        FitOptions.ofDefaults());
    assertThat(individual.model().c()).isCloseTo(cohort.model().c(), within(1e-8));
    assertThat(individual.logLikelihood()).isCloseTo(cohort.logLikelihood(), within(1e-8));
  }

  @Test
  void fit_arrays_recoverRisingChurnPropensity() {
    // 100,000 customers observed for 12 periods, S(t) = B(1, 3 + t^1.5)/B(1, 3); draws by inversion
    BdwModel truth = BdwModel.of(1, 3, 1.5);
    int n = 100_000;
    int[] durations = new int[n];
    boolean[] censored = new boolean[n];
    java.util.SplittableRandom random = new java.util.SplittableRandom(7);
    for (int i = 0; i < n; i++) {
      double u = random.nextDouble();
      int t = 1;
      while (t <= 12 && u < truth.survival(t)) {
        t++;
      }
      durations[i] = Math.min(t, 12);
      censored[i] = t > 12;
    }
    FitResult<BdwModel> fit = BdwModel.fit(durations, censored);
    assertThat(fit.model().c()).isCloseTo(1.5, within(4 * fit.standardError("c")));
    assertThat(fit.model().alpha()).isCloseTo(1, within(4 * fit.standardError("alpha")));
  }

  @Test
  void fit_degenerateData_throwLikeSbg() {
    assertThatThrownBy(() -> BdwModel.fit(CohortSurvival.of(10, 10, 10, 10)))
        .hasMessageContaining("at least one churned customer");
    assertThatThrownBy(() -> BdwModel.fit(CohortSurvival.of(10, 0, 0, 0)))
        .hasMessageContaining("churned in period 1");
    assertThatThrownBy(() -> BdwModel.fit(CohortSurvival.of(10, 8, 7)))
        .hasMessage("data must cover at least 3 periods to fit 3 parameters, but covered 2");
  }

  @Test
  void derl_matchesMpmathSums() {
    int checked = 0;
    for (String[] r : RetentionData.rows("derl_reference.csv")) {
      if (!r[0].equals("bdw")) {
        continue;
      }
      BdwModel m = BdwModel.of(Double.parseDouble(r[1]), Double.parseDouble(r[2]), Double.parseDouble(r[3]));
      int n = Integer.parseInt(r[4]);
      double d = Double.parseDouble(r[5]);
      assertThat(m.derl(n, d)).as(String.join(",", r)).isCloseTo(Double.parseDouble(r[6]), withinPercentage(1e-9));
      assertThat(m.del(d)).as(String.join(",", r)).isCloseTo(Double.parseDouble(r[7]), withinPercentage(1e-9));
      checked++;
    }
    assertThat(checked).isEqualTo(3);
  }

  @Test
  void derl_undiscounted_isRejected() {
    assertThatThrownBy(() -> BdwModel.of(2, 1, 1).derl(1, 0))
        .hasMessage("discountRate must be in [1.0E-4, 1), but was 0.0");
  }

  @Test
  void residualValue_isValuePerPeriodTimesDerl() {
    BdwModel m = BdwModel.of(1.2, 2.0, 0.6);
    // DERL(2, 10 %) = 6.1103790592 (mpmath): 50 × 6.11038 = 305.52
    assertThat(m.residualValue(Money.of("50", "EUR"), 2, 0.1)).isEqualTo(Money.of("305.52", "EUR"));
    CohortSurvival cohort = CohortSurvival.of(100, 80, 70);
    assertThat(m.residualValue(Money.of("1", "EUR"), cohort, 0.1).amount().doubleValue())
        .isCloseTo(70 * m.derl(2, 0.1), within(0.005));
  }

  @Test
  void derl_survivalExponentOverflows_endsTheSumInsteadOfLoopingOnNaN() {
    // c = 100: t^c overflows a double from t = 1210 on (ln 1209 * 100 = 709.755 < ln Double.MAX_VALUE =
    // 709.783 < ln 1210 * 100). With alpha and beta 1e-300, S(t) / S(3) is 1 to double precision up to
    // there, and 0 after, so DERL at 3 renewals and 1 % is the geometric sum over t = 4 .. 1209:
    // (1 - x^1206) / (1 - x), x = 1 / 1.01. It looped towards t = 2^31 on NaN before. One term more or
    // less would change the sum by 6e-8 of it, so the tolerance tells them apart.
    BdwModel m = BdwModel.of(1e-300, 1e-300, 100);
    double x = 1 / 1.01;
    assertThat(m.derl(3, 0.01)).isCloseTo((1 - Math.pow(x, 1206)) / (1 - x), withinPercentage(1e-7));
    assertThat(m.survival(5000)).isZero();
    // a customer the model cannot have kept: the survival after 2000 periods is 0
    assertThatThrownBy(() -> BdwModel.of(1, 1, 100).derl(2000, 0.01)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("renewals must leave a survival above 0 under the model, but the survival after 2000 periods"
            + " is 0 to double precision");
  }

  @Test
  void of_invalidParameters_throw() {
    assertThatThrownBy(() -> BdwModel.of(1, 1, 0)).hasMessage("c must be finite and > 0, but was 0.0");
    assertThatThrownBy(() -> BdwModel.of(Double.NaN, 1, 1)).hasMessage("alpha must be finite and > 0, but was NaN");
  }

  @Test
  void parameters_areNamedInOrder() {
    BdwModel m = BdwModel.of(0.5, 2, 1.5);
    assertThat(m.parameters()).containsExactly(java.util.Map.entry("alpha", 0.5), java.util.Map.entry("beta", 2.0),
        java.util.Map.entry("c", 1.5));
    assertThat(m.name()).isEqualTo("bdw");
    assertThat(m.survivalCurve(2, 2)).containsExactly(m.survival(3), m.survival(4));
  }
}
