package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.spi.KernelFit;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
 * @param converged whether the gradient test was met
 * @param <M> the model type
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FitResult<M extends ParametricModel>(
    M model, double logLikelihood, Map<String, Double> standardErrors, int customers, int iterations,
    boolean converged) {

  public FitResult {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(standardErrors, "standardErrors");
    standardErrors = Collections.unmodifiableMap(new LinkedHashMap<>(standardErrors));
    Validation.finite(logLikelihood, "logLikelihood");
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
    return new FitResult<>(factory.apply(fit.theta()), fit.logLikelihood(), se, customers, fit.iterations(),
        fit.converged());
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
