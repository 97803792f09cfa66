package io.crm4j.scoring.clv.internal;

import org.apache.commons.math3.exception.MaxCountExceededException;
import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;
import org.apiguardian.api.API;

/** Special functions used by the likelihoods; thin wrappers so that commons-math3 stays internal. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Special {

  private Special() {}

  /** ln Γ(x) for x &gt; 0. */
  public static double lnGamma(double x) {
    return Gamma.logGamma(x);
  }

  /**
   * ψ(x), the digamma function, for x &gt; 0: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10,
   * then the asymptotic series ln x − 1/(2x) − Σ B_2k/(2k x^2k) to the x^-14 term (error below
   * 1e-16 there). Faster than a recursion to 49 for the small arguments the likelihoods use.
   */
  public static double digamma(double x) {
    if (!(x > 0)) {
      return Gamma.digamma(x);
    }
    double acc = 0;
    while (x < 10) {
      acc -= 1 / x;
      x += 1;
    }
    double inv2 = 1 / (x * x);
    double series = inv2 * (1.0 / 12 - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240
        - inv2 * (1.0 / 132 - inv2 * (691.0 / 32760 - inv2 / 12))))));
    return acc + Math.log(x) - 0.5 / x - series;
  }

  /**
   * ψ'(x), the trigamma function, for x &gt; 0: ψ'(x) = ψ'(x+1) + 1/x² up to x ≥ 10, then
   * 1/x + 1/(2x²) + Σ B_2k / x^(2k+1) to the x^-15 term.
   */
  public static double trigamma(double x) {
    if (!(x > 0)) {
      return Gamma.trigamma(x);
    }
    double acc = 0;
    while (x < 10) {
      acc += 1 / (x * x);
      x += 1;
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv2 * inv * (1.0 / 6 - inv2 * (1.0 / 30 - inv2 * (1.0 / 42 - inv2 * (1.0 / 30
        - inv2 * (5.0 / 66 - inv2 * (691.0 / 2730 - inv2 * 7.0 / 6))))));
    return acc + inv + 0.5 * inv2 + series;
  }

  /** ln B(a, b). */
  /**
   * The regularized incomplete beta function I_x(a, b), by commons-math3's continued fraction to a
   * relative 1e-15.
   *
   * @throws IllegalArgumentException when the continued fraction needs more than a million steps
   */
  public static double regularizedBeta(double x, double a, double b) {
    try {
      return Beta.regularizedBeta(x, a, b, 1e-15, 1_000_000);
    } catch (MaxCountExceededException e) {
      throw new IllegalArgumentException("the incomplete beta I_x(a, b) must converge in 1,000,000 steps, but "
          + "did not for x = " + x + ", a = " + a + ", b = " + b, e);
    }
  }

  public static double lnBeta(double a, double b) {
    return Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
  }

  /** ln(exp(x) + exp(y)) without overflow. */
  public static double logAddExp(double x, double y) {
    double m = Math.max(x, y);
    if (m == Double.NEGATIVE_INFINITY) {
      return m;
    }
    return m + Math.log1p(Math.exp(Math.min(x, y) - m));
  }

  /**
   * The Gauss hypergeometric function 2F1(a, b; c; z) for z in (-∞, 1) by its power series; for
   * z &lt; 0 the Pfaff transformation 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c; z/(z-1)) maps the
   * argument into [0, 1) first, so the series never alternates on a large argument.
   *
   * @throws IllegalArgumentException if z is not in (-∞, 1) or c is not positive
   */
  public static double hyp2f1(double a, double b, double c, double z) {
    if (!(z < 1) || Double.isNaN(z)) {
      throw new IllegalArgumentException("z must be < 1, but was " + z);
    }
    if (!(c > 0)) {
      throw new IllegalArgumentException("c must be > 0, but was " + c);
    }
    if (z < 0) {
      double w = z / (z - 1);
      return Math.pow(1 - z, -a) * series(a, c - b, c, w);
    }
    return series(a, b, c, z);
  }

  /**
   * c · 2F1(a, b; c; z) for a, b &gt; 0, c &gt; −1 and z in [0, 1). Multiplying by c cancels the
   * first Pochhammer factor (c)_k = c (c+1)_(k−1), so the series c + Σ_k (a)_k (b)_k z^k /
   * ((c+1)_(k−1) k!) has positive terms only and stays finite as c passes through 0, where the
   * BG/NBD expectations have a removable singularity.
   */
  public static double hyp2f1TimesC(double a, double b, double c, double z) {
    if (!(c > -1)) {
      throw new IllegalArgumentException("c must be > -1, but was " + c);
    }
    if (!(z >= 0 && z < 1)) {
      throw new IllegalArgumentException("z must be in [0, 1), but was " + z);
    }
    double term = a * b * z;
    double sum = c + term;
    for (int k = 1; k < 10_000_000 && term > 1e-17 * Math.abs(sum); k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      sum += term;
    }
    return sum;
  }

  private static double series(double a, double b, double c, double z) {
    double term = 1;
    double sum = 1;
    for (int k = 0; k < 1_000_000; k++) {
      term *= (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
      sum += term;
      if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
        return sum;
      }
      if (term == 0) {
        return sum;
      }
    }
    return sum;
  }
}
