package io.crm4j.scoring.retention.internal;

import java.util.function.IntToDoubleFunction;
import org.apiguardian.api.API;

/**
 * The series behind the discounted lifetimes. Both sum positive terms whose ratio stays below
 * x = 1/(1+d) &lt; 1, so the tail after a term u is at most u·x/(1 − x); they stop when that bound
 * is below 1e-16 of the sum, after about 37/d terms at worst.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Lifetimes {

  private static final double RELATIVE_TAIL = 1e-16;

  private Lifetimes() {}

  /**
   * The Gauss hypergeometric function 2F1(1, b; c; z) for 0 &lt; b &lt; c and 0 &le; z &lt; 1,
   * by its series Σ_k (b)_k/(c)_k z^k, whose term ratio (b+k)/(c+k)·z is below z.
   */
  public static double hyp2f1One(double b, double c, double z) {
    assert b > 0 && c > b && z >= 0 && z < 1;
    double bound = z / (1 - z);
    double term = 1;
    double sum = 1;
    for (int k = 0; term * bound > RELATIVE_TAIL * sum; k++) {
      term *= (b + k) / (c + k) * z;
      sum += term;
    }
    return sum;
  }

  /**
   * Σ_{j≥0} S(from+1+j)/S(from) x^j for a survival function given by its logarithm (non-increasing
   * in t), x in [0, 1): the discounted expected residual lifetime of a customer active after
   * {@code from} periods.
   */
  public static double residual(IntToDoubleFunction logSurvival, int from, double x) {
    assert x >= 0 && x < 1;
    double bound = x / (1 - x);
    double base = logSurvival.applyAsDouble(from);
    double sum = 0;
    double discount = 1;
    for (long t = (long) from + 1; t <= Integer.MAX_VALUE; t++) {
      double term = Math.exp(logSurvival.applyAsDouble((int) t) - base) * discount;
      sum += term;
      if (term * bound <= RELATIVE_TAIL * sum) {
        break;
      }
      discount *= x;
    }
    return sum;
  }
}
