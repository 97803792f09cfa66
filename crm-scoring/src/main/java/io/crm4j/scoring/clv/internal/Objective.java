package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/** A log-likelihood over strictly positive parameters, with its analytic gradient. */
public interface Objective {

  /** Number of parameters. */
  int dimension();

  /** Number of observations (customers, or the sum of the weights); scales the penalizer. */
  double observations();

  /**
   * Returns the log-likelihood at {@code theta}; fills {@code grad} with d/dθ when not null and
   * {@code hess} with d²/dθ² when not null and {@link #hasHessian()} is true.
   */
  double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess);

  /** Whether {@link #value} can fill the Hessian; otherwise it is taken from gradient differences. */
  default boolean hasHessian() {
    return false;
  }
}
