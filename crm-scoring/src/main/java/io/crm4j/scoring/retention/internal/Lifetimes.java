package io.crm4j.scoring.retention.internal;

import io.crm4j.scoring.clv.internal.Special;
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

  /** Above this argument ln Γ differences are taken from Stirling's series, not subtracted. */
  private static final double STIRLING_FROM = 10;

  private Lifetimes() {}

  /**
   * ln Γ(x + a) − ln Γ(x) for x, a &gt; 0, without the cancellation of subtracting two large
   * values: for x &ge; 10 by Stirling's series rearranged as (x − ½)·ln(1 + a/x) + a·ln(x + a) − a
   * plus the difference of the correction terms Σ B₂ₖ/(2k(2k−1)z^(2k−1)) up to z^-13 (the next term
   * is below 3e-17 there). The ln-survival of the beta-geometric models is a difference of two of
   * these, so S(t − 1) − S(t) keeps its relative accuracy for long tenures.
   */
  public static double logGammaRatio(double x, double a) {
    if (x < STIRLING_FROM) {
      return Special.lnGamma(x + a) - Special.lnGamma(x);
    }
    double z = x + a;
    return (x - 0.5) * Math.log1p(a / x) + a * Math.log(z) - a + correction(z) - correction(x);
  }

  private static double correction(double z) {
    double inv = 1 / z;
    double inv2 = inv * inv;
    return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 * (1.0 / 1188
        - inv2 * (691.0 / 360360 - inv2 / 156))))));
  }

  /**
   * ln B(α, β + y) − ln B(α, β), the log-survival of a beta-geometric mixture after an exponent
   * y of the per-period survival (y = t for sBG, t^c for BdW).
   */
  public static double logSurvival(double alpha, double beta, double y) {
    if (y == 0) {
      return 0;
    }
    if (beta + y == Double.POSITIVE_INFINITY) {
      return Double.NEGATIVE_INFINITY; // B(α, β + y) → 0: nobody survives an unbounded exponent
    }
    return logGammaRatio(beta, alpha) - logGammaRatio(beta + y, alpha);
  }

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
    if (base == Double.NEGATIVE_INFINITY) {
      throw new IllegalArgumentException("renewals must leave a survival above 0 under the model, but the survival"
          + " after " + from + " periods is 0 to double precision");
    }
    double sum = 0;
    double discount = 1;
    for (long t = (long) from + 1; t <= Integer.MAX_VALUE; t++) {
      double term = Math.exp(logSurvival.applyAsDouble((int) t) - base) * discount;
      if (!(term >= 0)) {
        throw new IllegalStateException("the survival ratio after " + t + " periods must be a number >= 0, but was "
            + term);
      }
      sum += term;
      if (term * bound <= RELATIVE_TAIL * sum) {
        break;
      }
      discount *= x;
    }
    return sum;
  }
}
