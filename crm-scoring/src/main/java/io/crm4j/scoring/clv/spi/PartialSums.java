package io.crm4j.scoring.clv.spi;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Sums of per-customer log-likelihood terms over some of the data: the total weight (customers),
 * the log-likelihood, and optionally its gradient and Hessian in the natural parameters. Sums of
 * disjoint parts {@linkplain #plus add up} in any order and grouping (addition of doubles, so
 * results of different groupings agree to rounding), which is what a distributed engine needs to
 * combine partitions. A sum is <em>undefined</em> when the model cannot be evaluated at the
 * parameters (an overflow far from the optimum); undefined is absorbing under {@link #plus}, and
 * its values cannot be read, so that no NaN leaves this type. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PartialSums implements Serializable {

  @Serial
  private static final long serialVersionUID = 1L;

  private final int dimension;
  private final Derivatives derivatives;
  private final boolean defined;
  private final double weight;
  private final double logLikelihood;
  private final double[] gradient;
  /** Row-major n × n, or empty. */
  private final double[] hessian;

  private PartialSums(int dimension, Derivatives derivatives, boolean defined, double weight, double logLikelihood,
      double[] gradient, double[] hessian) {
    this.dimension = dimension;
    this.derivatives = derivatives;
    this.defined = defined;
    this.weight = weight;
    this.logLikelihood = logLikelihood;
    this.gradient = gradient;
    this.hessian = hessian;
  }

  /** The neutral element: zero weight and zero sums. */
  public static PartialSums zero(int dimension, Derivatives derivatives) {
    checkDimension(dimension);
    Objects.requireNonNull(derivatives, "derivatives");
    return new PartialSums(dimension, derivatives, true, 0, 0, new double[derivatives.wantsGradient() ? dimension : 0],
        new double[derivatives.wantsHessian() ? dimension * dimension : 0]);
  }

  /**
   * Sums from their parts (copied). {@code gradient} must have {@code dimension} entries (none for
   * {@link Derivatives#VALUE}), {@code hessian} dimension² entries row-major (none below
   * {@link Derivatives#HESSIAN}). A non-finite value makes the sums undefined.
   *
   * @throws IllegalArgumentException when a length does not fit or the weight is negative
   */
  public static PartialSums of(int dimension, Derivatives derivatives, double weight, double logLikelihood,
      double[] gradient, double[] hessian) {
    checkDimension(dimension);
    Objects.requireNonNull(derivatives, "derivatives");
    Objects.requireNonNull(gradient, "gradient");
    Objects.requireNonNull(hessian, "hessian");
    int wantG = derivatives.wantsGradient() ? dimension : 0;
    int wantH = derivatives.wantsHessian() ? dimension * dimension : 0;
    if (gradient.length != wantG || hessian.length != wantH) {
      throw new IllegalArgumentException("gradient and hessian must have " + wantG + " and " + wantH
          + " entries for " + derivatives + ", but had " + gradient.length + " and " + hessian.length);
    }
    if (!(weight >= 0) || !Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and >= 0, but was " + weight);
    }
    return owned(dimension, derivatives, weight, logLikelihood, gradient.clone(), hessian.clone());
  }

  /** Sums that could not be evaluated (a value overflowed); {@link #isDefined()} is false. */
  public static PartialSums undefined(int dimension, Derivatives derivatives, double weight) {
    checkDimension(dimension);
    Objects.requireNonNull(derivatives, "derivatives");
    return new PartialSums(dimension, derivatives, false, weight, 0, new double[0], new double[0]);
  }

  /** Trusted factory for the kernels: takes the arrays without copying. */
  static PartialSums owned(int dimension, Derivatives derivatives, double weight, double logLikelihood,
      double[] gradient, double[] hessian) {
    if (!Double.isFinite(logLikelihood) || !allFinite(gradient) || !allFinite(hessian)) {
      return undefined(dimension, derivatives, weight);
    }
    return new PartialSums(dimension, derivatives, true, weight, logLikelihood, gradient, hessian);
  }

  private static void checkDimension(int dimension) {
    if (dimension < 1 || dimension > 16) {
      throw new IllegalArgumentException("dimension must be in [1, 16], but was " + dimension);
    }
  }

  private static boolean allFinite(double[] v) {
    for (double d : v) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The sums of both parts. Associative and commutative up to floating-point rounding.
   *
   * @throws IllegalArgumentException when the dimensions or derivative levels differ
   */
  public PartialSums plus(PartialSums other) {
    Objects.requireNonNull(other, "other");
    if (other.dimension != dimension || other.derivatives != derivatives) {
      throw new IllegalArgumentException("other must have dimension " + dimension + " and " + derivatives
          + ", but had " + other.dimension + " and " + other.derivatives);
    }
    double w = weight + other.weight;
    if (!defined || !other.defined) {
      return undefined(dimension, derivatives, w);
    }
    double[] g = gradient.clone();
    for (int i = 0; i < g.length; i++) {
      g[i] += other.gradient[i];
    }
    double[] h = hessian.clone();
    for (int i = 0; i < h.length; i++) {
      h[i] += other.hessian[i];
    }
    return new PartialSums(dimension, derivatives, true, w, logLikelihood + other.logLikelihood, g, h);
  }

  /** Number of parameters. */
  public int dimension() {
    return dimension;
  }

  /** What was computed. */
  public Derivatives derivatives() {
    return derivatives;
  }

  /** Whether the model could be evaluated on every part; when false, only the weight can be read. */
  public boolean isDefined() {
    return defined;
  }

  /** The total weight (number of customers) summed over. */
  public double weight() {
    return weight;
  }

  /** The log-likelihood sum. @throws IllegalStateException when undefined */
  public double logLikelihood() {
    requireDefined();
    return logLikelihood;
  }

  /** The gradient of the log-likelihood sum in the natural parameters (a copy). */
  public double[] gradient() {
    requireDefined();
    requireLevel(Derivatives.GRADIENT);
    return gradient.clone();
  }

  /** The Hessian of the log-likelihood sum in the natural parameters (a new array). */
  public double[][] hessian() {
    requireDefined();
    requireLevel(Derivatives.HESSIAN);
    double[][] h = new double[dimension][dimension];
    for (int i = 0; i < dimension; i++) {
      System.arraycopy(hessian, i * dimension, h[i], 0, dimension);
    }
    return h;
  }

  double gradientAt(int i) {
    return gradient[i];
  }

  double hessianAt(int i, int j) {
    return hessian[i * dimension + j];
  }

  private void requireDefined() {
    if (!defined) {
      throw new IllegalStateException("partial sums must be defined to be read, but the model could not be evaluated");
    }
  }

  private void requireLevel(Derivatives level) {
    if (derivatives.ordinal() < level.ordinal()) {
      throw new IllegalStateException("partial sums must hold " + level + " to be read so, but held " + derivatives);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PartialSums p && p.dimension == dimension && p.derivatives == derivatives
        && p.defined == defined && Double.compare(p.weight, weight) == 0
        && Double.compare(p.logLikelihood, logLikelihood) == 0 && Arrays.equals(p.gradient, gradient)
        && Arrays.equals(p.hessian, hessian);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, derivatives, defined, weight, logLikelihood, Arrays.hashCode(gradient),
        Arrays.hashCode(hessian));
  }

  @Override
  public String toString() {
    return defined
        ? "PartialSums[weight=" + weight + ", logLikelihood=" + logLikelihood + ", gradient=" + Arrays.toString(gradient)
            + "]"
        : "PartialSums[undefined, weight=" + weight + "]";
  }
}
