package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The slow, robust path for the BG/NBD and MBG/NBD expectations: for a customer alive after x
 * purchases, E[X(t) | alive] = E_p[(1 − (1 + p k)^−A) / p] with A = r+x, k = t/(α+T) and
 * p ~ Beta(a, b') (b' = b+x for BG/NBD, b+x+1 for MBG/NBD), a smooth one-dimensional integral with
 * no cancellation: the integrand is positive, bounded by A k and by 1/p.
 *
 * <p>The integral is taken over y = ln(p/(1−p)), where the beta density is a log-concave bump
 * with tails e^(a y) and e^(−b' y), mapped by y = y* + σ sinh(v) (y* the density's mode, σ its
 * width) so that both tails fall double-exponentially in v, and summed by the trapezoidal rule,
 * halving the step until two steps agree to 1e-13. The density's normalising constant is summed
 * from the same nodes (no ln B(a, b'), which loses digits for large arguments). About 200 to 2,000
 * evaluations of exp and log1p per value.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BetaMixture {

  private static final double TOLERANCE = 1e-13;
  private static final int MAX_LEVEL = 12;
  /** The map's reach: σ sinh(20) is beyond every tail that matters for a, b' above 1e-300. */
  private static final double V_MAX = 20;

  private BetaMixture() {}

  /**
   * E_p[(1 − (1 + p k)^−A) / p] for p ~ Beta(a, bb), A, a, bb &gt; 0 and k ≥ 0 (may be +∞).
   *
   * @throws ArithmeticException if the sum does not settle to 1e-13 (not seen on any tested input)
   */
  public static double expectation(double aa, double k, double a, double bb) {
    if (k == 0) {
      return 0.0;
    }
    double mode = Math.log(a) - Math.log(bb);
    double sigma = Math.sqrt(1 / a + 1 / bb);
    double peak = logDensity(mode, a, bb);
    double step = 0.5;
    double[] sums = new double[2];
    addNodes(0, step, aa, k, a, bb, mode, sigma, peak, sums);
    double num = sums[0] * step;
    double den = sums[1] * step;
    double previous = num / den;
    for (int level = 1; level <= MAX_LEVEL; level++) {
      step /= 2;
      // the new nodes lie halfway between the old ones
      addNodes(step, 2 * step, aa, k, a, bb, mode, sigma, peak, sums);
      num = sums[0] * step;
      den = sums[1] * step;
      double value = num / den;
      if (level >= 3 && Math.abs(value - previous) <= TOLERANCE * value) {
        return value;
      }
      previous = value;
    }
    throw new ArithmeticException("the BG/NBD expectation did not converge for A = " + aa + ", k = " + k + ", a = "
        + a + ", b' = " + bb);
  }

  /**
   * Adds to sums[0] the integrand and to sums[1] the density (both times dy/dv) at v = ±(first +
   * j·spacing), j ≥ 0 (v = 0 once when first is 0), walking out on each side until both terms are
   * below 1e-18 of their sums and falling (the integrand is unimodal in v).
   */
  private static void addNodes(double first, double spacing, double aa, double k, double a,
      double bb, double mode, double sigma, double peak, double[] sums) {
    if (first == 0) {
      add(0, aa, k, a, bb, mode, sigma, peak, sums, null);
    }
    double[] last = new double[2];
    for (int side = -1; side <= 1; side += 2) {
      double prevNum = Double.POSITIVE_INFINITY;
      double prevDen = Double.POSITIVE_INFINITY;
      for (int j = first == 0 ? 1 : 0; ; j++) {
        double v = side * (first + j * spacing);
        if (Math.abs(v) > V_MAX) {
          break;
        }
        add(v, aa, k, a, bb, mode, sigma, peak, sums, last);
        boolean smallNum = last[0] <= 1e-18 * sums[0] && last[0] <= prevNum;
        boolean smallDen = last[1] <= 1e-18 * sums[1] && last[1] <= prevDen;
        if (smallNum && smallDen) {
          break;
        }
        prevNum = last[0];
        prevDen = last[1];
      }
    }
  }

  private static void add(double v, double aa, double k, double a, double bb, double mode, double sigma,
      double peak, double[] sums, double @Nullable [] last) {
    double sh = Math.sinh(v);
    double y = mode + sigma * sh;
    double jacobian = sigma * Math.cosh(v);
    double lnP = y >= 0 ? -Math.log1p(Math.exp(-y)) : y - Math.log1p(Math.exp(y));
    double density = Math.exp(logDensity(y, a, bb) - peak) * jacobian;
    double f = 0;
    if (density > 0) {
      double p = Math.exp(lnP);
      double pk = p * k;
      // (1 − (1 + p k)^−A)/p, to full precision for small p k; A k (to 1e-100) where p k is below
      // 1e-100, and so where p or p k would lose precision as a subnormal number
      f = pk < 1e-100 ? aa * k : -Math.expm1(-aa * Math.log1p(pk)) / p;
      f *= density;
    }
    sums[0] += f;
    sums[1] += density;
    if (last != null) {
      last[0] = f;
      last[1] = density;
    }
  }

  /** a ln p + b' ln(1−p) at y = ln(p/(1−p)). */
  private static double logDensity(double y, double a, double bb) {
    // ln(1 + e^−|y|), then ln p and ln(1 − p) from it without cancellation
    double l = Math.log1p(Math.exp(-Math.abs(y)));
    double lnP = y >= 0 ? -l : y - l;
    double lnQ = y >= 0 ? -y - l : -l;
    return a * lnP + bb * lnQ;
  }
}
