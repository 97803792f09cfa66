package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;

/**
 * Special functions used by the likelihoods: ln Γ, ψ and ψ′ by the same scheme (recurrence up to
 * x ≥ 10, then the asymptotic series), the Beta function and the Gauss hypergeometric series.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Special {

  private Special() {}

  private static final double HALF_LN_TWO_PI = 0.9189385332046727;

  /**
   * ln Γ(x) for x &gt; 0 (NaN otherwise): for x &lt; 10 the recurrence ln Γ(x) = ln Γ(x+n) −
   * ln(x (x+1) … (x+n−1)) up to x+n ≥ 10, then Stirling's series (x − ½) ln x − x + ½ ln 2π +
   * Σ B_2k / (2k (2k−1) x^(2k−1)) to the x^-13 term (truncation error below 1e-16 there). The
   * absolute error is a few ulps of ln Γ(10) ≈ 12.8 at most, about 3e-15.
   */
  public static double lnGamma(double x) {
    if (!(x > 0)) {
      return Double.NaN;
    }
    double lnProduct = 0;
    if (x < 10) {
      double product = 1;
      while (x < 10) {
        product *= x;
        x += 1;
      }
      lnProduct = Math.log(product);
    }
    double inv = 1 / x;
    double inv2 = inv * inv;
    double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
        - inv2 * (1.0 / 1188 - inv2 * (691.0 / 360360 - inv2 / 156))))));
    return (x - 0.5) * Math.log(x) - x + HALF_LN_TWO_PI + series - lnProduct;
  }

  /**
   * ψ(x), the digamma function, for x &gt; 0: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10,
   * then the asymptotic series ln x − 1/(2x) − Σ B_2k/(2k x^2k) to the x^-14 term (error below
   * 1e-16 there). Faster than a recursion to 49 for the small arguments the likelihoods use.
   * For x &lt; 0 the reflection ψ(x) = ψ(1 − x) − π cot(πx); NaN or infinite at 0 and the
   * negative integers (the poles) and for NaN.
   */
  public static double digamma(double x) {
    if (!(x > 0)) {
      return x < 0 ? digamma(1 - x) - Math.PI / Math.tan(Math.PI * x) : Double.NaN;
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
   * 1/x + 1/(2x²) + Σ B_2k / x^(2k+1) to the x^-15 term. For x &lt; 0 the reflection
   * ψ′(x) = π² / sin²(πx) − ψ′(1 − x); NaN or infinite at 0 and the poles and for NaN.
   */
  public static double trigamma(double x) {
    if (!(x > 0)) {
      if (!(x < 0)) {
        return Double.NaN;
      }
      double sin = Math.sin(Math.PI * x);
      return Math.PI * Math.PI / (sin * sin) - trigamma(1 - x);
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

  /**
   * The regularized incomplete beta function I_x(a, b), by its continued fraction (modified Lentz),
   * on the side x &lt; (a + 1)/(a + b + 2) where it converges fast, else as 1 − I_{1−x}(b, a); to a
   * relative 1e-15.
   *
   * @throws IllegalArgumentException when the continued fraction needs more than a million steps
   */
  public static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0.0;
    }
    if (x >= 1) {
      return 1.0;
    }
    if (x > (a + 1) / (a + b + 2)) {
      return 1 - regularizedBeta(1 - x, b, a);
    }
    double front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b)) / a;
    double tiny = 1e-300;
    double f = 1;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    f = d;
    for (int m = 1; m <= 1_000_000; m++) {
      // even step: d_{2m} = m (b - m) x / ((a + 2m - 1)(a + 2m))
      double num = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m));
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      f *= d * c;
      // odd step: d_{2m+1} = -(a + m)(a + b + m) x / ((a + 2m)(a + 2m + 1))
      num = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
      d = 1 + num * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + num / c;
      c = Math.abs(c) < tiny ? tiny : c;
      double delta = d * c;
      f *= delta;
      if (Math.abs(delta - 1) < 1e-15) {
        return Math.min(1.0, Math.max(0.0, front * f));
      }
    }
    throw new IllegalArgumentException("the incomplete beta I_x(a, b) must converge in 1,000,000 steps, but did not "
        + "for x = " + x + ", a = " + a + ", b = " + b);
  }

  /** ln B(a, b). */
  public static double lnBeta(double a, double b) {
    return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
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
