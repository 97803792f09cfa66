package io.crm4j.scoring.clv.spi;

import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What {@link NewtonFit#maximize} found. Immutable and thread-safe (arrays are copied in and out).
 *
 * @param theta the parameters at the best point (natural, all finite and &gt; 0)
 * @param logLikelihood the unpenalized log-likelihood there
 * @param weight the total weight (customers) of the data
 * @param iterations Newton iterations used by the winning start
 * @param converged whether the gradient test was met
 * @param standardErrors from the inverse observed information, or empty when the Hessian is not
 *     negative definite there
 * @param passes how many data passes the whole search used (all starts)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record KernelFit(double[] theta, double logLikelihood, double weight, int iterations, boolean converged,
    double[] standardErrors, int passes) {

  public KernelFit {
    Objects.requireNonNull(theta, "theta");
    Objects.requireNonNull(standardErrors, "standardErrors");
    theta = theta.clone();
    standardErrors = standardErrors.clone();
    if (!Double.isFinite(logLikelihood)) {
      throw new IllegalArgumentException("logLikelihood must be finite, but was " + logLikelihood);
    }
  }

  @Override
  public double[] theta() {
    return theta.clone();
  }

  @Override
  public double[] standardErrors() {
    return standardErrors.clone();
  }

  /** Whether standard errors are available. */
  public boolean hasStandardErrors() {
    return standardErrors.length > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KernelFit k && Arrays.equals(k.theta, theta) && Double.compare(k.logLikelihood, logLikelihood) == 0
        && Double.compare(k.weight, weight) == 0 && k.iterations == iterations && k.converged == converged
        && Arrays.equals(k.standardErrors, standardErrors) && k.passes == passes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(theta), logLikelihood, weight, iterations, converged,
        Arrays.hashCode(standardErrors), passes);
  }

  @Override
  public String toString() {
    return "KernelFit[theta=" + Arrays.toString(theta) + ", logLikelihood=" + logLikelihood + ", iterations="
        + iterations + ", converged=" + converged + ", passes=" + passes + "]";
  }
}
