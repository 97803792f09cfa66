package io.crm4j.scoring.clv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The loop on a likelihood with a closed-form optimum: N = 10 Poisson counts summing to S = 30,
 * LL(λ) = S ln λ − N λ (constant dropped), so λ̂ = S/N = 3 and the standard error is
 * sqrt(λ̂/N) = sqrt(0.3) = 0.547723 (information N/λ̂).
 */
class NewtonFitTest {

  private static final DataPass POISSON = (theta, d) -> {
    double l = theta[0];
    return PartialSums.of(1, d, 10, 30 * Math.log(l) - 10 * l,
        d == Derivatives.VALUE ? new double[0] : new double[] {30 / l - 10},
        d == Derivatives.HESSIAN ? new double[] {-30 / (l * l)} : new double[0]);
  };

  @Test
  void maximize_findsClosedFormOptimumAndStandardError() {
    KernelFit fit = NewtonFit.maximize(POISSON, 1, List.of(new double[] {0.2}), 0, 100, false);
    assertThat(fit.converged()).isTrue();
    assertThat(fit.theta()[0]).isCloseTo(3.0, within(1e-9));
    assertThat(fit.standardErrors()[0]).isCloseTo(Math.sqrt(0.3), within(1e-9));
    // LL(3) = 30 ln 3 − 30 = 2.958369
    assertThat(fit.logLikelihood()).isCloseTo(30 * Math.log(3) - 30, within(1e-9));
    assertThat(fit.weight()).isEqualTo(10.0);
    assertThat(fit.passes()).isEqualTo(fit.iterations() + 1);
  }

  /**
   * With λ_pen = 0.5 the mean objective is −(3 ln λ − λ) + 0.5 λ², stationary where
   * λ² + λ − 3 = 0: λ = (−1 + √13)/2 = 1.302776.
   */
  @Test
  void maximize_appliesThePenalizer() {
    KernelFit fit = NewtonFit.maximize(POISSON, 1, List.of(new double[] {1}), 0.5, 100, false);
    assertThat(fit.theta()[0]).isCloseTo((-1 + Math.sqrt(13)) / 2, within(1e-9));
  }

  @Test
  void maximize_stopsAtTheIterationLimit() {
    KernelFit fit = NewtonFit.maximize(POISSON, 1, List.of(new double[] {1e-4}), 0, 1, false);
    assertThat(fit.converged()).isFalse();
    assertThat(fit.iterations()).isEqualTo(1);
  }

  @Test
  void maximize_skipsStartsWhereTheSumsAreUndefined() {
    DataPass partial = (theta, d) -> theta[0] > 100 ? PartialSums.undefined(1, d, 10) : POISSON.evaluate(theta, d);
    KernelFit fit = NewtonFit.maximize(partial, 1, List.of(new double[] {1000}, new double[] {1}), 0, 100, true);
    assertThat(fit.theta()[0]).isCloseTo(3.0, within(1e-9));
    DataPass never = (theta, d) -> PartialSums.undefined(1, d, 10);
    assertThatThrownBy(() -> NewtonFit.maximize(never, 1, List.of(new double[] {1}), 0, 10, false))
        .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("log-likelihood must be finite at some start");
  }

  @Test
  void maximize_rejectsInvalidArguments() {
    List<double[]> one = List.of(new double[] {1});
    assertThatThrownBy(() -> NewtonFit.maximize(POISSON, 0, one, 0, 10, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("dimension must be in [1, 16], but was 0");
    assertThatThrownBy(() -> NewtonFit.maximize(POISSON, 1, one, -1, 10, false))
        .hasMessage("penalizer must be finite and >= 0, but was -1.0");
    assertThatThrownBy(() -> NewtonFit.maximize(POISSON, 1, one, 0, 0, false))
        .hasMessage("maxIterations must be >= 1, but was 0");
    assertThatThrownBy(() -> NewtonFit.maximize(POISSON, 1, List.of(), 0, 10, false))
        .hasMessage("starts must hold at least one point, but was empty");
    assertThatThrownBy(() -> NewtonFit.maximize(POISSON, 1, List.of(new double[] {0}), 0, 10, false))
        .hasMessage("theta[0] must be finite and > 0, but was 0.0");
  }
}
