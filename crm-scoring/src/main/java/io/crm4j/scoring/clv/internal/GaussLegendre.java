package io.crm4j.scoring.clv.internal;

import java.util.function.DoubleUnaryOperator;

/** Composite Gauss-Legendre quadrature with 20 nodes per panel (nodes found by Newton's method). */
public final class GaussLegendre {

  private static final int N = 20;
  private static final double[] NODES = new double[N];
  private static final double[] WEIGHTS = new double[N];

  static {
    for (int i = 0; i < N; i++) {
      double x = Math.cos(Math.PI * (i + 0.75) / (N + 0.5));
      double dp = 0;
      for (int it = 0; it < 100; it++) {
        double p0 = 1;
        double p1 = x;
        for (int k = 2; k <= N; k++) {
          double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
          p0 = p1;
          p1 = p2;
        }
        dp = N * (x * p1 - p0) / (x * x - 1);
        double dx = p1 / dp;
        x -= dx;
        if (Math.abs(dx) < 1e-16) {
          break;
        }
      }
      NODES[i] = x;
      WEIGHTS[i] = 2 / ((1 - x * x) * dp * dp);
    }
  }

  private GaussLegendre() {}

  /** ∫ f over [lo, hi] with {@code panels} equal panels. */
  public static double integrate(DoubleUnaryOperator f, double lo, double hi, int panels) {
    double width = (hi - lo) / panels;
    double sum = 0;
    for (int p = 0; p < panels; p++) {
      double mid = lo + (p + 0.5) * width;
      double half = width / 2;
      for (int i = 0; i < N; i++) {
        sum += WEIGHTS[i] * f.applyAsDouble(mid + half * NODES[i]);
      }
    }
    return sum * width / 2;
  }
}
