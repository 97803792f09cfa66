package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Optimizer#maximize} found.
 *
 * @param theta the parameters at the best point
 * @param logLikelihood the (unpenalized) log-likelihood there
 * @param iterations Newton iterations used by the best start
 * @param converged whether the gradient test was met
 * @param standardErrors standard errors from the observed information, or null when the
 *     Hessian is not negative definite there
 */
public record OptimizerResult(
    double[] theta, double logLikelihood, int iterations, boolean converged, double @Nullable [] standardErrors) {}
