package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/** Small dense symmetric positive-definite linear algebra by Cholesky decomposition. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1")
public final class Linear {

  private Linear() {}

  /** Cholesky factor L (lower) of a symmetric matrix, or null when it is not positive definite. */
  public static double @Nullable [][] cholesky(double[][] a) {
    int n = a.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = a[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0) || !Double.isFinite(s)) {
            return null;
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }

  /** Solves A x = b for SPD A, or returns null when A is not positive definite. */
  public static double @Nullable [] solveSpd(double[][] a, double[] b) {
    double[][] l = cholesky(a);
    if (l == null) {
      return null;
    }
    return solve(l, b);
  }

  private static double[] solve(double[][] l, double[] b) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }

  /** Inverse of an SPD matrix, or null when it is not positive definite. */
  public static double @Nullable [][] inverseSpd(double[][] a) {
    double[][] l = cholesky(a);
    if (l == null) {
      return null;
    }
    int n = a.length;
    double[][] inv = new double[n][n];
    for (int j = 0; j < n; j++) {
      double[] e = new double[n];
      e[j] = 1;
      double[] col = solve(l, e);
      for (int i = 0; i < n; i++) {
        inv[i][j] = col[i];
      }
    }
    return inv;
  }
}
