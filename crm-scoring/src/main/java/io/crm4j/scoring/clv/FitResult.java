package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The outcome of a maximum-likelihood fit. A fit that stopped at the iteration limit is returned
 * with {@code converged == false} and the best parameters found (always finite); the standard
 * errors are empty when the observed information matrix is not positive definite at that point.
 * Immutable and thread-safe.
 *
 * @param model the fitted model
 * @param logLikelihood the log-likelihood at the fitted parameters (without the penalty)
 * @param standardErrors by parameter name, from the inverse of the observed information (the
 *     negative Hessian of the log-likelihood at the optimum); empty when not available
 * @param customers the number of customers the fit used
 * @param iterations Newton iterations used by the winning start
 * @param converged whether the gradient test was met and the optimum is identified: a fit whose
 *     parameters ran to the boundary or whose information matrix is (nearly) singular is not converged
 * @param problem why the fit is not converged (empty exactly when it is), e.g. "iteration limit
 *     reached" or "r = 4.4e+07 is outside [1e-06, 1e+06]: the likelihood is flat, the data do not
 *     identify the parameters"
 * @param <M> the model type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FitResult<M extends ParametricModel>(
    M model, double logLikelihood, Map<String, Double> standardErrors, int customers, int iterations,
    boolean converged, Optional<String> problem) {

  /** Parameters beyond [1/BOUNDARY, BOUNDARY] have run to the boundary of the parameter space. */
  static final double BOUNDARY = 1e6;

  /** A standard error above this multiple of its estimate marks a (nearly) singular information matrix. */
  static final double MAX_RELATIVE_ERROR = 1e3;

  public FitResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(problem, "problem");
    if (converged == problem.isPresent()) {
      throw new IllegalArgumentException("problem must be empty exactly when converged, but converged was "
          + converged + " and problem " + problem);
    }
    Objects.requireNonNull(standardErrors, "standardErrors");
    standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    Validation.finite(logLikelihood, "logLikelihood");
  }

  /** A result whose only possible problem is the iteration limit (when not converged). */
  public FitResult(M model, double logLikelihood, Map<String, Double> standardErrors, int customers, int iterations,
      boolean converged) {
    this(model, logLikelihood, standardErrors, customers, iterations, converged,
        converged ? Optional.empty() : Optional.of("iteration limit reached"));
  }

  /**
   * The result of a fit of {@code kernel}, on one machine or any other engine: the model built by
   * {@code factory} from the fitted parameters, and the standard errors under the kernel's
   * parameter names (none when the fit has none).
   */
  public static <M extends ParametricModel> FitResult<M> of(LikelihoodKernel<?> kernel, KernelFit fit, int customers,
      Function<double[], M> factory) {
    Objects.requireNonNull(kernel, "kernel");
    Objects.requireNonNull(fit, "fit");
    Objects.requireNonNull(factory, "factory");
    Map<String, Double> se = new LinkedHashMap<>();
    if (fit.hasStandardErrors()) {
      double[] errors = fit.standardErrors();
      List<String> names = kernel.parameterNames();
      for (int i = 0; i < names.size(); i++) {
        se.put(names.get(i), errors[i]);
      }
    }
    Optional<String> problem = fit.converged() ? identification(kernel.parameterNames(), fit.theta(), se)
        : Optional.of("iteration limit reached");
    return new FitResult<>(factory.apply(fit.theta()), fit.logLikelihood(), se, customers, fit.iterations(),
        problem.isEmpty(), problem);
  }

  /**
   * Why a stationary point does not identify the parameters: one ran beyond [1e-6, 1e6] (the
   * likelihood is flat towards the boundary), or the information matrix is (nearly) singular (no
   * standard errors, or one above 1e3 times its estimate).
   */
  private static Optional<String> identification(List<String> names, double[] theta, Map<String, Double> se) {
    for (int i = 0; i < names.size(); i++) {
      if (!(theta[i] <= BOUNDARY && theta[i] >= 1 / BOUNDARY)) {
        return Optional.of(String.format(Locale.ROOT, "%s = %.3g is outside [1e-06, 1e+06]: the likelihood is flat, "
            + "the data do not identify the parameters", names.get(i), theta[i]));
      }
    }
    if (se.isEmpty()) {
      return Optional.of("the information matrix is not positive definite: no standard errors");
    }
    for (int i = 0; i < names.size(); i++) {
      double e = se.get(names.get(i));
      if (!(e <= MAX_RELATIVE_ERROR * Math.abs(theta[i]))) {
        return Optional.of(String.format(Locale.ROOT, "the information matrix is nearly singular: the standard error "
            + "of %s is %.3g for an estimate of %.3g", names.get(i), e, theta[i]));
      }
    }
    return Optional.empty();
  }

  /**
   * The standard error of parameter {@code name}.
   *
   * @throws IllegalStateException when the fit has no standard errors (Hessian not negative definite)
   */
  public double standardError(String name) {
    Double se = standardErrors.get(name);
    if (se == null) {
      throw new IllegalStateException("standard error of " + name + " must be available, but was not (parameters "
          + model.parameters().keySet() + ", errors " + standardErrors.keySet() + ")");
    }
    return se;
  }
}
