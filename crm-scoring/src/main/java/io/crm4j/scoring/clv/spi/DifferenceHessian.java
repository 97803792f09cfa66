package io.crm4j.scoring.clv.spi;

/**
 * The Hessian of a block's log-likelihood from forward differences of its analytic gradient, for
 * the models without an analytic Hessian. The step is relative (θ_j·(e^h − 1), h = 1e-7: a step of
 * 1e-7 in ln θ_j, as the Newton iteration works in log parameters), and the result is symmetrized.
 * Differences of sums are sums of differences, so block results still add up.
 */
final class DifferenceHessian {

  static final double STEP = 1e-7;

  /** The gradient of one block at θ into {@code g}; returns the log-likelihood. */
  interface Gradient {
    double at(double[] theta, double @org.jspecify.annotations.Nullable [] g);
  }

  private DifferenceHessian() {}

  static PartialSums evaluate(Gradient f, int n, double weight, double[] theta, Derivatives derivatives) {
    double[] g = new double[n];
    if (!derivatives.wantsGradient()) {
      return PartialSums.owned(n, derivatives, weight, f.at(theta, null), new double[0], new double[0]);
    }
    double ll = f.at(theta, g);
    if (!derivatives.wantsHessian()) {
      return PartialSums.owned(n, derivatives, weight, ll, g, new double[0]);
    }
    double[] h = new double[n * n];
    double[] up = theta.clone();
    double[] gp = new double[n];
    for (int j = 0; j < n; j++) {
      up[j] = theta[j] * Math.exp(STEP);
      double step = up[j] - theta[j];
      f.at(up, gp);
      up[j] = theta[j];
      for (int i = 0; i < n; i++) {
        h[i * n + j] = (gp[i] - g[i]) / step;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double v = 0.5 * (h[i * n + j] + h[j * n + i]);
        h[i * n + j] = v;
        h[j * n + i] = v;
      }
    }
    return PartialSums.owned(n, derivatives, weight, ll, g, h);
  }
}
