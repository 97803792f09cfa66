package io.crm4j.scoring.clv.spi;

import org.apiguardian.api.API;

/** How much a kernel computes besides the log-likelihood. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Derivatives {
  /** The log-likelihood alone. */
  VALUE,
  /** The log-likelihood and its gradient. */
  GRADIENT,
  /**
   * The log-likelihood, its gradient and its Hessian (analytic for BG/NBD, MBG/NBD and
   * Gamma-Gamma; forward differences of the analytic gradient, taken inside the block, for
   * Pareto/NBD and BG/BB), so that one pass over the data gives a whole Newton step.
   */
  HESSIAN;

  boolean wantsGradient() {
    return this != VALUE;
  }

  boolean wantsHessian() {
    return this == HESSIAN;
  }
}
