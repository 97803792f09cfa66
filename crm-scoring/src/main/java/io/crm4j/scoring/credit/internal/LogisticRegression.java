package io.crm4j.scoring.credit.internal;

import io.crm4j.scoring.clv.internal.Linear;
import org.apiguardian.api.API;

/**
 * Maximum-likelihood logistic regression by Newton-Raphson (iteratively reweighted least squares),
 * with an intercept. Solves each Newton step with a Cholesky decomposition.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class LogisticRegression {

  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-9;

  private LogisticRegression() {}

  /**
   * Fits {@code P(y = 1) = 1 / (1 + exp(-(b0 + sum b_j x_j)))}.
   *
   * @param x rows of predictors (all rows the same length)
   * @param y the outcome of each row
   * @return the intercept followed by one coefficient per predictor
   * @throws IllegalStateException if the predictors are collinear or the fit does not converge
   */
  public static double[] fit(double[][] x, boolean[] y) {
    int n = x.length;
    int p = x[0].length + 1;
    double[] beta = new double[p];
    double[] row = new double[p];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[][] hessian = new double[p][p];
      double[] gradient = new double[p];
      for (int i = 0; i < n; i++) {
        row[0] = 1;
        System.arraycopy(x[i], 0, row, 1, p - 1);
        double eta = 0;
        for (int j = 0; j < p; j++) {
          eta += beta[j] * row[j];
        }
        double mu = 1 / (1 + Math.exp(-eta));
        double w = mu * (1 - mu);
        double r = (y[i] ? 1 : 0) - mu;
        for (int j = 0; j < p; j++) {
          double wj = w * row[j];
          gradient[j] += r * row[j];
          for (int k = 0; k <= j; k++) {
            hessian[j][k] += wj * row[k];
          }
        }
      }
      for (int j = 0; j < p; j++) {
        for (int k = j + 1; k < p; k++) {
          hessian[j][k] = hessian[k][j];
        }
      }
      double[] step = Linear.solveSpd(hessian, gradient);
      if (step == null) {
        throw new IllegalStateException("predictors must not be collinear, but the information matrix is singular");
      }
      double largest = 0;
      for (int j = 0; j < p; j++) {
        double s = step[j];
        beta[j] += s;
        largest = Math.max(largest, Math.abs(s));
      }
      if (!(largest < 1e6)) {
        throw new IllegalStateException("the fit must converge, but the step grew to " + largest
            + " (the outcome may be separable)");
      }
      if (largest < TOLERANCE) {
        return beta;
      }
    }
    throw new IllegalStateException("the fit must converge within " + MAX_ITERATIONS + " Newton steps, but did not");
  }
}
