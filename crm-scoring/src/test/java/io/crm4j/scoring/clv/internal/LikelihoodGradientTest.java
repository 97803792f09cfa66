package io.crm4j.scoring.clv.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The analytic gradients and Hessians against central differences of the log-likelihoods. */
class LikelihoodGradientTest {

  private static final int[] X = {0, 0, 1, 2, 5, 3, 0, 1};
  private static final double[] TX = {0, 0, 3.5, 10.25, 30, 12, 0, 38};
  private static final double[] T = {20, 38.5, 30, 38.5, 39, 12, 5, 38};

  private static void check(Objective o, double[] theta, boolean hessian) {
    int n = theta.length;
    double[] g = new double[n];
    double[][] h = new double[n][n];
    o.value(theta, g, hessian ? h : null);
    for (int i = 0; i < n; i++) {
      double step = 1e-6 * theta[i];
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[i] += step;
      down[i] -= step;
      double numeric = (o.value(up, null, null) - o.value(down, null, null)) / (2 * step);
      assertThat(g[i]).as("gradient %d", i).isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
      if (hessian) {
        double[] gu = new double[n];
        double[] gd = new double[n];
        o.value(up, gu, null);
        o.value(down, gd, null);
        for (int j = 0; j < n; j++) {
          double hn = (gu[j] - gd[j]) / (2 * step);
          assertThat(h[j][i]).as("hessian %d,%d", j, i).isCloseTo(hn, within(1e-4 * Math.max(1, Math.abs(hn))));
        }
      }
    }
  }

  @Test
  void bgnbd_gradientAndHessian() {
    check(new BgNbdLikelihood(PurchaseData.of(X, TX, T), false), new double[] {0.7, 4.2, 0.9, 2.5}, true);
  }

  @Test
  void mbgnbd_gradientAndHessian() {
    check(new BgNbdLikelihood(PurchaseData.of(X, TX, T), true), new double[] {0.5, 6.1, 1.3, 1.7}, true);
  }

  @Test
  void paretoNbd_gradientBothOrderings() {
    check(new ParetoNbdLikelihood(PurchaseData.of(X, TX, T)), new double[] {0.55, 10.5, 0.6, 11.7}, false);
    check(new ParetoNbdLikelihood(PurchaseData.of(X, TX, T)), new double[] {0.55, 14.5, 0.6, 3.7}, false);
  }

  @Test
  void gammaGamma_gradientAndHessian() {
    check(new GammaGammaLikelihood(new int[] {1, 2, 2, 7}, new double[] {10, 22.5, 22.5, 31}),
        new double[] {6.2, 3.7, 15.4}, true);
  }

  @Test
  void bgbb_gradient() {
    check(new BgBbLikelihood(new int[] {0, 1, 3, 6, 2}, new int[] {0, 1, 5, 6, 2}, new int[] {6, 6, 6, 6, 6},
        new double[] {3464, 1091, 200, 1203, 100}), new double[] {1.2, 0.75, 0.66, 2.8}, false);
  }
}
