package io.crm4j.scoring.clv.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kernel's gradient and Hessian against central differences of its own log-likelihood
 * (step 1e-6·θ; tolerance 1e-5 on gradients, 1e-4 on analytic Hessians and 1e-3 on the
 * forward-difference Hessians of Pareto/NBD and BG/BB, all relative to max(1, |value|)).
 */
class KernelsTest {

  private static final int[] X = {0, 0, 1, 2, 5, 3, 0, 1};
  private static final double[] TX = {0, 0, 3.5, 10.25, 30, 12, 0, 38};
  private static final double[] T = {20, 38.5, 30, 38.5, 39, 12, 5, 38};
  private static final double[] W = {1, 2, 1, 1, 3, 1, 1, 0.5};

  private static <B> void check(LikelihoodKernel<B> k, B block, double[] theta, double hessianTolerance) {
    int n = theta.length;
    PartialSums s = k.evaluate(block, theta, Derivatives.HESSIAN);
    double[] g = s.gradient();
    double[][] h = s.hessian();
    assertThat(s.logLikelihood()).isEqualTo(k.evaluate(block, theta, Derivatives.VALUE).logLikelihood());
    assertThat(k.evaluate(block, theta, Derivatives.GRADIENT).gradient()).containsExactly(g);
    for (int i = 0; i < n; i++) {
      double step = 1e-6 * theta[i];
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[i] += step;
      down[i] -= step;
      double numeric = (k.evaluate(block, up, Derivatives.VALUE).logLikelihood()
          - k.evaluate(block, down, Derivatives.VALUE).logLikelihood()) / (2 * step);
      assertThat(g[i]).as("gradient %d", i).isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
      double[] gu = k.evaluate(block, up, Derivatives.GRADIENT).gradient();
      double[] gd = k.evaluate(block, down, Derivatives.GRADIENT).gradient();
      for (int j = 0; j < n; j++) {
        double hn = (gu[j] - gd[j]) / (2 * step);
        assertThat(h[j][i]).as("hessian %d,%d", j, i)
            .isCloseTo(hn, within(hessianTolerance * Math.max(1, Math.abs(hn))));
      }
    }
  }

  @Test
  void bgNbd_gradientAndHessian() {
    check(Kernels.bgNbd(), SummaryBlock.of(X, TX, T, W), new double[] {0.7, 4.2, 0.9, 2.5}, 1e-4);
  }

  @Test
  void mbgNbd_gradientAndHessian() {
    check(Kernels.mbgNbd(), SummaryBlock.of(X, TX, T, W), new double[] {0.5, 6.1, 1.3, 1.7}, 1e-4);
  }

  @Test
  void paretoNbd_gradientAndDifferenceHessianBothOrderings() {
    check(Kernels.paretoNbd(), SummaryBlock.of(X, TX, T, W), new double[] {0.55, 10.5, 0.6, 11.7}, 1e-3);
    check(Kernels.paretoNbd(), SummaryBlock.of(X, TX, T, W), new double[] {0.55, 14.5, 0.6, 3.7}, 1e-3);
  }

  @Test
  void gammaGamma_gradientAndHessian() {
    check(Kernels.gammaGamma(), SpendBlock.of(new int[] {1, 2, 2, 7}, new double[] {10, 22.5, 22.5, 31}, null),
        new double[] {6.2, 3.7, 15.4}, 1e-4);
  }

  @Test
  void bgBb_gradientAndDifferenceHessian() {
    check(Kernels.bgBb(), PeriodBlock.of(new int[] {0, 1, 3, 6, 2}, new int[] {0, 1, 5, 6, 2},
        new int[] {6, 6, 6, 6, 6}, new double[] {3464, 1091, 200, 1203, 100}), new double[] {1.2, 0.75, 0.66, 2.8}, 1e-3);
  }

  /** Blocks merge: the sums over a split equal the sums over the whole to rounding, for every kernel. */
  @Test
  void evaluate_splitBlocksAddUpToTheWhole() {
    double[] theta = {0.7, 4.2, 0.9, 2.5};
    for (LikelihoodKernel<SummaryBlock> k : List.of(Kernels.bgNbd(), Kernels.mbgNbd(), Kernels.paretoNbd())) {
      PartialSums whole = k.evaluate(SummaryBlock.of(X, TX, T, W), theta, Derivatives.HESSIAN);
      PartialSums parts = k.evaluate(SummaryBlock.of(X, TX, T, W, 0, 3), theta, Derivatives.HESSIAN)
          .plus(k.evaluate(SummaryBlock.of(X, TX, T, W, 3, 8), theta, Derivatives.HESSIAN));
      assertThat(parts.weight()).isEqualTo(whole.weight());
      assertThat(parts.logLikelihood()).isCloseTo(whole.logLikelihood(), within(1e-12 * Math.abs(whole.logLikelihood())));
      for (int i = 0; i < 4; i++) {
        assertThat(parts.gradient()[i]).isCloseTo(whole.gradient()[i], within(1e-10 * Math.max(1, Math.abs(whole.gradient()[i]))));
        for (int j = 0; j < 4; j++) {
          double w = whole.hessian()[i][j];
          assertThat(parts.hessian()[i][j]).as("%s %d,%d", k.model(), i, j)
              .isCloseTo(w, within(1e-6 * Math.max(1, Math.abs(w))));
        }
      }
    }
  }

  /** Weights are multiplicities: a row of weight 2 counts as two equal rows. */
  @Test
  void evaluate_weightEqualsRepeatedRows() {
    double[] theta = {0.7, 4.2, 0.9, 2.5};
    SummaryBlock weighted = SummaryBlock.of(new int[] {2}, new double[] {10}, new double[] {30}, new double[] {2});
    SummaryBlock repeated = SummaryBlock.of(new int[] {2, 2}, new double[] {10, 10}, new double[] {30, 30}, null);
    assertThat(Kernels.bgNbd().evaluate(weighted, theta, Derivatives.VALUE).logLikelihood())
        .isCloseTo(Kernels.bgNbd().evaluate(repeated, theta, Derivatives.VALUE).logLikelihood(), within(1e-12));
    assertThat(repeated.merged().size()).isEqualTo(1);
    assertThat(repeated.merged().totalWeight()).isEqualTo(2.0);
  }

  @Test
  void evaluate_rejectsBadTheta() {
    SummaryBlock b = SummaryBlock.of(X, TX, T, null);
    assertThatThrownBy(() -> Kernels.bgNbd().evaluate(b, new double[] {1, 1, 1}, Derivatives.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("theta must have 4 entries, but had 3");
    assertThatThrownBy(() -> Kernels.paretoNbd().evaluate(b, new double[] {1, -1, 1, 1}, Derivatives.VALUE))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("theta[1] must be finite and > 0, but was -1.0");
  }

  @Test
  void kernels_nameTheirModelAndParameters() {
    assertThat(Kernels.bgNbd().model()).isEqualTo("bgnbd");
    assertThat(Kernels.mbgNbd().parameterNames()).containsExactly("r", "alpha", "a", "b");
    assertThat(Kernels.paretoNbd().parameterNames()).containsExactly("r", "alpha", "s", "beta");
    assertThat(Kernels.gammaGamma().dimension()).isEqualTo(3);
    assertThat(Kernels.bgBb().model()).isEqualTo("bgbb");
    // the first BG/NBD start scales α to a third of the mean age: 39 / 3 = 13
    assertThat(Kernels.bgNbd().startingPoints(39).get(0)).containsExactly(0.5, 13, 0.5, 1);
    assertThat(Kernels.gammaGamma().startingPoints(39).get(0)).containsExactly(1, 1, 1);
  }
}
