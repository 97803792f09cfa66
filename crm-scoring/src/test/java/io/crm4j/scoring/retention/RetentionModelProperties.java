package io.crm4j.scoring.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.crm4j.scoring.clv.FitResult;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/** Invariants of the retention models (issue 19, acceptance). */
class RetentionModelProperties {

  private static List<RetentionModel> models(double alpha, double beta, double c) {
    return List.of(SbgModel.of(alpha, beta), BdwModel.of(alpha, beta, c));
  }

  @Property(tries = 300)
  void survival_isNonIncreasingAndInUnitInterval(
      @ForAll @DoubleRange(min = 0.01, max = 100) double alpha, @ForAll @DoubleRange(min = 0.01, max = 100) double beta,
      @ForAll @DoubleRange(min = 0.1, max = 3) double c, @ForAll @IntRange(min = 0, max = 5000) int from) {
    for (RetentionModel m : models(alpha, beta, c)) {
      double previous = m.survival(from);
      assertThat(previous).as(m.toString()).isBetween(0.0, 1.0);
      for (double s : m.survivalCurve(from, 30)) {
        assertThat(s).as(m.toString()).isBetween(0.0, 1.0).isLessThanOrEqualTo(previous);
        previous = s;
      }
    }
  }

  @Property(tries = 200)
  void sbgDerl_isNonNegativeAndIncreasingInTenure(
      @ForAll @DoubleRange(min = 0.01, max = 50) double alpha, @ForAll @DoubleRange(min = 0.01, max = 50) double beta,
      @ForAll @IntRange(min = 0, max = 500) int renewals, @ForAll @DoubleRange(min = 0.001, max = 0.99) @Scale(4) double d) {
    SbgModel m = SbgModel.of(alpha, beta);
    double now = m.derl(renewals, d);
    double later = m.derl(renewals + 1, d);
    assertThat(now).isFinite().isGreaterThanOrEqualTo(0);
    // retention rises with tenure in the sBG model, so a longer-tenured customer is worth more
    assertThat(later).isGreaterThanOrEqualTo(now * (1 - 1e-12));
    assertThat(now).isLessThanOrEqualTo((1 + d) / d);
  }

  @Property(tries = 200)
  void churnAndRetention_areProbabilities(
      @ForAll @DoubleRange(min = 0.01, max = 100) double alpha, @ForAll @DoubleRange(min = 0.01, max = 100) double beta,
      @ForAll @DoubleRange(min = 0.1, max = 3) double c, @ForAll @IntRange(min = 1, max = 10_000) int period) {
    for (RetentionModel m : models(alpha, beta, c)) {
      assertThat(m.churnProbability(period)).as(m.toString()).isBetween(0.0, 1.0);
      assertThat(m.retentionRate(period)).as(m.toString()).isBetween(0.0, 1.0);
    }
  }

  /** Never NaN: any non-increasing cohort either fits to finite values or is rejected with a reason. */
  @Property(tries = 150)
  void fit_anyCohort_isFiniteOrRejected(
      @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 1) Double> keep,
      @ForAll @IntRange(min = 1, max = 100_000) int size) {
    double[] alive = new double[keep.size() + 1];
    alive[0] = size;
    for (int t = 1; t < alive.length; t++) {
      alive[t] = Math.floor(alive[t - 1] * keep.get(t - 1));
    }
    CohortSurvival cohort = CohortSurvival.of(alive);
    FitResult<SbgModel> fit;
    try {
      fit = SbgModel.fit(cohort);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).startsWith("data must");
      return;
    }
    assertThat(fit.logLikelihood()).isFinite();
    assertThat(fit.model().alpha()).isFinite().isPositive();
    for (double s : fit.model().survivalCurve(cohort.periods(), 5)) {
      assertThat(s).isBetween(0.0, 1.0);
    }
    fit.standardErrors().values().forEach(se -> assertThat(se).isFinite());
  }
}
