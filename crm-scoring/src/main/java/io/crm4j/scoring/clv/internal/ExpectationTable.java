package io.crm4j.scoring.clv.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Conditional expected purchases of the BG/NBD and MBG/NBD models divided by P(alive), as a
 * function Φ_x(z) of z = t/(α+T+t), evaluated from short Taylor polynomials instead of one long
 * hypergeometric series per customer and horizon.
 *
 * <p>With A = r+x, c = a+b+x−1 (+1 for MBG/NBD) and Euler's transformation of the series,
 * E[X(t) | x, t_x, T] = P(alive) Φ_x(z) where
 * Φ_x(z) = c (1 − (1−z)^(a−1) F(z)) / (a−1) and F(z) = 2F1(c−A, a−1; c; z). Writing
 * F = 1 + (a−1) S and R = (1 − (1−z)^(a−1))/(a−1) gives Φ_x = c R − (1−z)^(a−1) c S: the factor
 * a−1 cancels by hand, so a = 1 needs no special case, and when c−A &gt; −1 every term of the
 * series of c S has the same sign, so its Taylor coefficients are sums without cancellation.
 *
 * <p>The argument w = 1 − z in [1/64, 1) is cut into intervals of 1/32 of a binade each (taken
 * from the top bits of the double, so finding a customer's interval costs no logarithm); on an
 * interval of centre w0 and half-width δ, δ/w0 ≤ 1/65 while the nearest singularity of Φ_x is
 * w0 away, so a degree-9 Taylor polynomial in z − z0 has a remainder below 1e-18 of the value.
 * The polynomials are built for each x and interval when first needed and cost about one series
 * evaluation each; the evaluation itself is ten multiply-adds per horizon. When built, each
 * interval's coefficients are checked against a bound on their rounding (c R and the series
 * cancel for large a or x) and on the truncation, over the interval's smallest Φ: an interval that
 * misses 1e-10 holds NaN, and its callers take the slow path. The first interval (z below 1/64)
 * fails by construction: Φ falls to 0 with z, so its lower bound there is 0.
 *
 * <p>Thread-safe: an interval's coefficients are written before its z0 is published with release
 * semantics and read after z0 is read with acquire semantics (two threads that build the same
 * interval write the same values), and a new x's table is published through a volatile field, so
 * one table can serve every thread that scores with the same model.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ExpectationTable {

  /** Below this w (z above 63/64) the caller sums the series directly. */
  static final double W_MIN = 1.0 / 64;

  private static final int BITS = 5;
  private static final int SHIFT = 52 - BITS;
  private static final long ONE = Double.doubleToRawLongBits(1.0);
  private static final int DEGREE = 9;
  /** Per interval: z0 = 1 − w0, then the Taylor coefficients Φ_0..Φ_DEGREE in z − z0. */
  private static final int STRIDE = DEGREE + 2;
  private static final int INTERVALS = interval(W_MIN) + 1;
  /** 1/n for the two short series below. */
  private static final double[] INVERSES = new double[26];

  static {
    for (int n = 1; n < INVERSES.length; n++) {
      INVERSES[n] = 1.0 / n;
    }
  }

  private static final VarHandle DOUBLES = MethodHandles.arrayElementVarHandle(double[].class);

  private final double r;
  private final double a;
  private final double b;
  private final int s;
  /** Per x its intervals, null until first asked for; replaced, never changed, when it grows. */
  private volatile double[][] tables = new double[0][];

  /**
   * A table for the parameters r, a, b (α does not enter Φ) of a BG/NBD ({@code modified} false)
   * or MBG/NBD model, for which {@link #applies} holds.
   */
  public ExpectationTable(double r, double a, double b, boolean modified) {
    if (!applies(r, a, b, modified)) {
      throw new IllegalArgumentException("the table needs a + b - 1 + s - r > -1, but r was " + r + ", a " + a
          + ", b " + b + " (s = " + (modified ? 1 : 0) + ")");
    }
    this.r = r;
    this.a = a;
    this.b = b;
    this.s = modified ? 1 : 0;
  }

  /** Whether this table is the one for these parameters. */
  public boolean isFor(double r, double a, double b, boolean modified) {
    return this.r == r && this.a == a && this.b == b && this.s == (modified ? 1 : 0);
  }

  /**
   * Whether the transformed series has terms of one sign for every x (c − A = a+b−1+s−r &gt; −1);
   * otherwise the caller keeps the direct series.
   */
  static boolean applies(double r, double a, double b, boolean modified) {
    return a + b - 1 + (modified ? 1 : 0) - r > -1;
  }

  /** Relative error bound a fast path must meet for its value to be returned (ten times below the 1e-9 promised). */
  static final double ACCEPT = 1e-10;
  /** The direct sums give up (and the caller takes the integral) after this many terms. */
  static final int MAX_TERMS = 20_000;
  private static final double ULP = 0x1.0p-52;

  /**
   * Φ_x(z) = c R(z) − (1−z)^(a−1) c S(z) summed directly at one point (z and w = 1 − z both
   * given, each computed without cancellation by the caller), for any z in [0, 1); or NaN where
   * the bound on its rounding error (the cancellation between the two parts, the terms' own
   * rounding, the exponent's) exceeds {@link #ACCEPT} of the value, or the series needs more than
   * {@link #MAX_TERMS} terms: the caller then takes the slow path.
   *
   * @param s 0 for BG/NBD, 1 for MBG/NBD
   */
  static double phi(double r, double a, double b, int s, int x, double z, double w) {
    double c = a + b + x - 1 + s;
    double ap = c - (r + x);
    double am1 = a - 1;
    double lnW = lnOneMinus(z, w);
    double u = am1 * lnW;
    double em1 = expm1(u); // (1-z)^(a-1) - 1
    double power = Math.abs(u) < 0.5 ? 1 + em1 : Math.exp(u); // (1-z)^(a-1) without 1 + (e^u - 1)
    double rz = am1 == 0 ? -lnW : -em1 / am1;
    double term = ap * z;
    double sum = 0;
    double magnitude = 0;
    int n = 1;
    for (; term != 0; n++) {
      if (n > MAX_TERMS) {
        return Double.NaN;
      }
      sum += term;
      magnitude += Math.abs(term);
      if (n > -ap && Math.abs(term) <= 1e-17 * Math.abs(sum)) {
        break;
      }
      term *= (ap + n) * (a + n - 1) / ((c + n) * (n + 1)) * z;
    }
    double first = c * rz;
    double second = power * sum;
    double value = first - second;
    double error = ULP * (Math.abs(first) * (4 + Math.abs(u)) + power * magnitude * (4 + 3.0 * n + Math.abs(u)));
    return error <= ACCEPT * Math.abs(value) && Double.isFinite(error) ? value : Double.NaN;
  }

  /**
   * ln(1 − z) to full relative precision: for z &lt; 1/4 as −2 artanh(z/(2−z)) by its series
   * (ln w would lose the digits that rounding w = 1 − z took from z), otherwise ln w.
   */
  static double lnOneMinus(double z, double w) {
    if (z >= 0.25) {
      return Math.log(w);
    }
    double u = z / (2 - z);
    double u2 = u * u;
    double series = 0;
    for (int k = 12; k >= 1; k--) {
      series = (series + INVERSES[2 * k + 1]) * u2;
    }
    return -2 * u * (1 + series);
  }

  /** e^u − 1 to full relative precision: by its Taylor series for |u| &lt; 1/2, otherwise from exp. */
  static double expm1(double u) {
    if (!(Math.abs(u) < 0.5)) {
      return Math.exp(u) - 1;
    }
    double sum = 0;
    for (int n = 18; n >= 2; n--) {
      sum = (sum + 1) * u * INVERSES[n];
    }
    return (sum + 1) * u;
  }

  /** The interval of w in (0, 1]; w = 1 is put in the first one. */
  static int interval(double w) {
    return Math.max(0, (int) ((ONE - 1 - Double.doubleToRawLongBits(w)) >> SHIFT));
  }

  /** The table of x, each interval's z0 left NaN until it is built. */
  double[] table(int x) {
    double[][] all = tables;
    if (x < all.length && all[x] != null) {
      return all[x];
    }
    return newTable(x);
  }

  private synchronized double[] newTable(int x) {
    double[][] all = tables;
    if (x < all.length && all[x] != null) {
      return all[x];
    }
    double[] t = new double[INTERVALS * STRIDE];
    for (int j = 0; j < INTERVALS; j++) {
      t[j * STRIDE] = Double.NaN;
    }
    double[][] grown = Arrays.copyOf(all, Math.max(all.length, x + 1));
    grown[x] = t;
    tables = grown;
    return t;
  }

  /** Φ_x at z, given also w = 1 − z (W_MIN ≤ w ≤ 1), each computed by the caller without cancellation. */
  double phi(int x, double z, double w) {
    double[] t = table(x);
    int off = offset(t, x, interval(w));
    double eps = z - t[off];
    double acc = t[off + STRIDE - 1];
    for (int k = STRIDE - 2; k >= 1; k--) {
      acc = acc * eps + t[off + k];
    }
    return acc;
  }

  /**
   * Φ_x at many points at once: {@code out[h] = Φ_x(z[h])} for h &lt; n, given also w[h] = 1 − z[h]
   * (each in [W_MIN, 1]). Four polynomials at a time are evaluated side by side in registers, so
   * their multiply-add chains overlap instead of waiting for each other.
   */
  void phi(int x, double[] z, double[] w, int n, double[] out) {
    double[] t = table(x);
    int h = 0;
    for (; h + 4 <= n; h += 4) {
      int o0 = offset(t, x, interval(w[h]));
      int o1 = offset(t, x, interval(w[h + 1]));
      int o2 = offset(t, x, interval(w[h + 2]));
      int o3 = offset(t, x, interval(w[h + 3]));
      double e0 = z[h] - t[o0];
      double e1 = z[h + 1] - t[o1];
      double e2 = z[h + 2] - t[o2];
      double e3 = z[h + 3] - t[o3];
      double a0 = t[o0 + STRIDE - 1];
      double a1 = t[o1 + STRIDE - 1];
      double a2 = t[o2 + STRIDE - 1];
      double a3 = t[o3 + STRIDE - 1];
      for (int k = STRIDE - 2; k >= 1; k--) {
        a0 = a0 * e0 + t[o0 + k];
        a1 = a1 * e1 + t[o1 + k];
        a2 = a2 * e2 + t[o2 + k];
        a3 = a3 * e3 + t[o3 + k];
      }
      out[h] = a0;
      out[h + 1] = a1;
      out[h + 2] = a2;
      out[h + 3] = a3;
    }
    for (; h < n; h++) {
      out[h] = phi(x, z[h], w[h]);
    }
  }

  private int offset(double[] t, int x, int j) {
    int off = j * STRIDE;
    if (Double.isNaN((double) DOUBLES.getAcquire(t, off))) {
      build(x, j, t, off);
    }
    return off;
  }

  /** The Taylor polynomial of Φ_x about the centre of interval j, written at t[off..off+STRIDE). */
  private void build(int x, int j, double[] t, int off) {
    double hi = Double.longBitsToDouble(ONE - ((long) j << SHIFT));
    double lo = Double.longBitsToDouble(ONE - ((long) (j + 1) << SHIFT));
    double w0 = 0.5 * (lo + hi);
    double z0 = 1 - w0;
    double c = a + b + x - 1 + s;
    double ap = c - (r + x);
    double am1 = a - 1;
    double lnW0 = Math.log(w0);
    // (1-z)^(a-1) and R = (1 - (1-z)^(a-1))/(a-1) about z0: P_k = (1-a)_k/k! w0^(a-1-k), R_k = P_k/(1-a)
    double[] p = new double[DEGREE + 1];
    double[] rr = new double[DEGREE + 1];
    p[0] = Math.exp(am1 * lnW0);
    rr[0] = am1 == 0 ? -lnW0 : -expm1(am1 * lnW0) / am1;
    rr[1] = p[0] / w0;
    p[1] = -am1 * rr[1];
    for (int k = 2; k <= DEGREE; k++) {
      rr[k] = rr[k - 1] * (k - a) / (k * w0);
      p[k] = -am1 * rr[k];
    }
    double[] cs = seriesDerivatives(ap, c, z0);
    double terms = cs[DEGREE + 1];
    double delta = 0.5 * (hi - lo);
    double growth = 4 + Math.abs(am1 * lnW0);
    // error of each coefficient (the cancellation of its two parts, their rounding), then of the
    // polynomial on the interval, against a lower bound of Φ there
    double error = 0;
    double spread = 0;
    double power = 1;
    for (int k = 0; k <= DEGREE; k++) {
      double product = 0;
      double magnitude = 0;
      for (int i = 0; i <= k; i++) {
        product += p[i] * cs[k - i];
        magnitude += Math.abs(p[i] * cs[k - i]);
      }
      double coefficient = c * rr[k] - product;
      t[off + 1 + k] = coefficient;
      error += ULP * (Math.abs(c * rr[k]) * (growth + k) + magnitude * (growth + k + 3 * terms)) * power;
      if (k > 0) {
        spread += Math.abs(coefficient) * power;
      }
      power *= delta;
    }
    double last = Math.abs(t[off + 1 + DEGREE]) * power / delta;
    double beforeLast = Math.abs(t[off + DEGREE]) * power / (delta * delta);
    double lower = t[off + 1] - spread;
    error += ULP * (DEGREE + 2) * (Math.abs(t[off + 1]) + spread) + last;
    if (!(terms <= MAX_TERMS && lower > 0 && last <= beforeLast && error <= ACCEPT * lower && Double.isFinite(error))) {
      // not accurate enough here: every point of the interval is summed by the caller's slow path
      Arrays.fill(t, off + 1, off + STRIDE, Double.NaN);
    }
    DOUBLES.setRelease(t, off, z0);
  }

  /**
   * The Taylor coefficients about z0 of c·S(z) = Σ_{n≥1} τ_n z^n with
   * τ_n = (c−A)_n (a)_(n−1) / ((c+1)_(n−1) n!), that is Σ_n C(n, k) τ_n z0^(n−k) for k ≤ DEGREE,
   * summed in one pass over n (all terms share the sign of c − A).
   */
  private double[] seriesDerivatives(double ap, double c, double z0) {
    double[] sum = new double[DEGREE + 2];
    if (ap == 0) {
      return sum;
    }
    double[] binomial = new double[DEGREE + 1];
    binomial[0] = 1;
    double term = ap * z0; // τ_1 z0
    int n = 1;
    for (; n <= MAX_TERMS; n++) {
      // C(n, k) τ_n z0^n for k = 0..min(n, DEGREE), the binomials by Pascal's rule; divided by z0^k below
      int top = Math.min(n, DEGREE);
      for (int k = top; k >= 1; k--) {
        binomial[k] += binomial[k - 1];
      }
      for (int k = 0; k <= top; k++) {
        sum[k] += binomial[k] * term;
      }
      double ratio = (ap + n) * (a + n - 1) / ((c + n) * (n + 1)) * z0;
      double last = binomial[top] * term;
      if (n > DEGREE && ratio * (n + 1) / (n + 1 - DEGREE) < 1 && Math.abs(last) <= 1e-17 * Math.abs(sum[DEGREE])) {
        break;
      }
      term *= ratio;
      if (term == 0) {
        break;
      }
    }
    double scale = 1;
    for (int k = 1; k <= DEGREE; k++) {
      scale /= z0;
      sum[k] *= scale;
    }
    sum[DEGREE + 1] = n;
    return sum;
  }
}
