package io.crm4j.scoring.retention.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.PartialSums;
import org.junit.jupiter.api.Test;

/** The analytic gradients and Hessians of {@link SbgKernel} and {@link BdwKernel} against central differences. */
class RetentionKernelsTest {

  /** Churners at 1, 2, 3, 70 and 200 (the long gaps take the special-function path), censored at 0, 3 and 200. */
  private static final DurationCounts DATA = DurationCounts.ofDurations(
      new int[] {1, 1, 2, 3, 3, 70, 200, 0, 3, 200, 200},
      new boolean[] {false, false, false, false, true, false, false, true, true, true, false});

  private static void checkDerivatives(LikelihoodKernel<DurationCounts> kernel, double[] theta) {
    int n = theta.length;
    PartialSums at = kernel.evaluate(DATA, theta, Derivatives.HESSIAN);
    double[] g = at.gradient();
    double[][] h = at.hessian();
    for (int j = 0; j < n; j++) {
      double step = 1e-5 * theta[j];
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += step;
      down[j] -= step;
      PartialSums u = kernel.evaluate(DATA, up, Derivatives.GRADIENT);
      PartialSums d = kernel.evaluate(DATA, down, Derivatives.GRADIENT);
      double numeric = (u.logLikelihood() - d.logLikelihood()) / (2 * step);
      assertThat(g[j]).as("%s gradient %d", kernel.model(), j).isCloseTo(numeric, within(1e-6 * (1 + Math.abs(numeric))));
      for (int i = 0; i < n; i++) {
        double second = (u.gradient()[i] - d.gradient()[i]) / (2 * step);
        assertThat(h[i][j]).as("%s hessian %d,%d", kernel.model(), i, j)
            .isCloseTo(second, within(1e-5 * (1 + Math.abs(second))));
      }
    }
    assertThat(kernel.evaluate(DATA, theta, Derivatives.VALUE).logLikelihood()).isEqualTo(at.logLikelihood());
    assertThat(at.weight()).isEqualTo(11);
  }

  @Test
  void sbg_derivativesMatchDifferences() {
    checkDerivatives(SbgKernel.INSTANCE, new double[] {0.7, 2.3});
    checkDerivatives(SbgKernel.INSTANCE, new double[] {5, 0.3});
  }

  @Test
  void bdw_derivativesMatchDifferences() {
    checkDerivatives(BdwKernel.INSTANCE, new double[] {0.7, 2.3, 0.8});
    checkDerivatives(BdwKernel.INSTANCE, new double[] {1.5, 0.6, 1.3});
  }

  @Test
  void bdw_withCOne_equalsSbg() {
    double sbg = SbgKernel.INSTANCE.evaluate(DATA, new double[] {0.7, 2.3}, Derivatives.VALUE).logLikelihood();
    double bdw = BdwKernel.INSTANCE.evaluate(DATA, new double[] {0.7, 2.3, 1}, Derivatives.VALUE).logLikelihood();
    assertThat(bdw).isCloseTo(sbg, within(1e-10));
  }

  @Test
  void kernels_describeThemselvesAndCheckTheta() {
    assertThat(SbgKernel.INSTANCE.parameterNames()).containsExactly("alpha", "beta");
    assertThat(BdwKernel.INSTANCE.parameterNames()).containsExactly("alpha", "beta", "c");
    assertThat(SbgKernel.INSTANCE.startingPoints(1)).hasSize(3);
    assertThat(BdwKernel.INSTANCE.startingPoints(1)).hasSize(3);
    assertThat(DATA.toString()).isEqualTo("DurationCounts[6 durations, weight 11.0]");
    assertThatThrownBy(() -> SbgKernel.INSTANCE.evaluate(DATA, new double[] {1}, Derivatives.VALUE))
        .hasMessage("theta must have 2 entries, but had 1");
    assertThatThrownBy(() -> BdwKernel.INSTANCE.evaluate(DATA, new double[] {1, 0, 1}, Derivatives.VALUE))
        .hasMessage("theta[1] must be finite and > 0, but was 0.0");
  }

  @Test
  void evaluate_unevaluableParameters_giveUndefinedSums() {
    // with β = 1e300 every S(t) rounds to 1, so ln(S(t−1) − S(t)) = −∞: the sums are undefined, never NaN
    PartialSums s = BdwKernel.INSTANCE.evaluate(DATA, new double[] {1, 1e300, 1}, Derivatives.HESSIAN);
    assertThat(s.isDefined()).isFalse();
  }
}
