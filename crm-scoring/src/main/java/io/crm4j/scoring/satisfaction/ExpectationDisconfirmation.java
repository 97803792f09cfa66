package io.crm4j.scoring.satisfaction;

import org.apiguardian.api.API;

/**
 * The expectation-disconfirmation model: compares perceived performance with prior expectation on
 * the same scale. With gap {@code performance - expectation} and tolerance {@code t}, a gap below
 * {@code -t} is {@link Disconfirmation#DISSATISFIED}, above {@code +t} is
 * {@link Disconfirmation#DELIGHTED}, and anything in {@code [-t, +t]} is
 * {@link Disconfirmation#SATISFIED}.
 *
 * <p>The default tolerance is 0 (strict comparison); set one in the units of the survey scale,
 * e.g. 0.5 on a 1-7 scale. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ExpectationDisconfirmation {

  private static final ExpectationDisconfirmation DEFAULTS = new ExpectationDisconfirmation(0);

  private final double tolerance;

  private ExpectationDisconfirmation(double tolerance) {
    this.tolerance = tolerance;
  }

  /** Tolerance 0. */
  public static ExpectationDisconfirmation ofDefaults() {
    return DEFAULTS;
  }

  /**
   * A model with the given tolerance.
   *
   * @throws IllegalArgumentException unless {@code tolerance} is finite and {@code >= 0}
   */
  public static ExpectationDisconfirmation withTolerance(double tolerance) {
    if (!Double.isFinite(tolerance) || tolerance < 0) {
      throw new IllegalArgumentException("tolerance must be finite and >= 0, but was " + tolerance);
    }
    return new ExpectationDisconfirmation(tolerance);
  }

  public double tolerance() {
    return tolerance;
  }

  /**
   * The outcome for one customer (or one attribute).
   *
   * @throws IllegalArgumentException if either number is NaN or infinite
   */
  public Disconfirmation evaluate(double performance, double expectation) {
    if (!Double.isFinite(performance)) {
      throw new IllegalArgumentException("performance must be a finite number, but was " + performance);
    }
    if (!Double.isFinite(expectation)) {
      throw new IllegalArgumentException("expectation must be a finite number, but was " + expectation);
    }
    double gap = performance - expectation;
    if (gap < -tolerance) {
      return Disconfirmation.DISSATISFIED;
    }
    return gap > tolerance ? Disconfirmation.DELIGHTED : Disconfirmation.SATISFIED;
  }

  @Override
  public String toString() {
    return "ExpectationDisconfirmation[tolerance=" + tolerance + "]";
  }
}
