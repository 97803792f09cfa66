package io.crm4j.scoring.retention.internal;

import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.PartialSums;

/** Checks and packing shared by the retention kernels. */
final class Kernels {

  private Kernels() {}

  static void checkTheta(double[] theta, int dimension) {
    java.util.Objects.requireNonNull(theta, "theta");
    if (theta.length != dimension) {
      throw new IllegalArgumentException("theta must have " + dimension + " entries, but had " + theta.length);
    }
    for (int i = 0; i < dimension; i++) {
      if (!(theta[i] > 0) || !Double.isFinite(theta[i])) {
        throw new IllegalArgumentException("theta[" + i + "] must be finite and > 0, but was " + theta[i]);
      }
    }
  }

  /** The sums at the requested level; undefined when a value is not finite. */
  static PartialSums sums(int n, Derivatives derivatives, double weight, double ll, double[] g, double[] h) {
    double[] gradient = derivatives == Derivatives.VALUE ? new double[0] : g;
    double[] hessian = derivatives == Derivatives.HESSIAN ? h : new double[0];
    if (!Double.isFinite(ll) || !finite(gradient) || !finite(hessian)) {
      return PartialSums.undefined(n, derivatives, weight);
    }
    return PartialSums.of(n, derivatives, weight, ll, gradient, hessian);
  }

  private static boolean finite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }
}
