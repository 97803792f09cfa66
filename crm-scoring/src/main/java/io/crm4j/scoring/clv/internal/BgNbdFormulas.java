package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;

/**
 * Predictions of the BG/NBD model (Fader, Hardie &amp; Lee 2005, eqs. 7, 8, 10, 13) and of the
 * MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007), which differs by letting the customer
 * drop out right after the first purchase as well ({@code modified == true}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BgNbdFormulas {

  /** The bulk paths keep one Taylor table per frequency below this; higher frequencies are summed directly. */
  static final int TABLE_MAX_X = 1 << 16;

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final boolean modified;

  public BgNbdFormulas(double r, double alpha, double a, double b, boolean modified) {
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
    this.modified = modified;
  }

  /**
   * ln of the odds a/(b+x+s-1) ((α+T)/(α+t_x))^(r+x) that the customer is dead, or -∞. ln of the
   * rounded ratio is off by up to an ulp of 1, which r+x multiplies: for r+x above 1e4 (an error
   * above 1e-12 of P(alive)) it is taken as log1p((T − t_x)/(α + t_x)) instead, which costs more.
   */
  private double lnDeadOdds(int x, double tx, double age) {
    if (x == 0 && !modified) {
      return Double.NEGATIVE_INFINITY;
    }
    double bx = modified ? b + x : b + x - 1;
    double rx = r + x;
    double lnRatio = rx < 1e4 ? Math.log((alpha + age) / (alpha + tx)) : Math.log1p((age - tx) / (alpha + tx));
    return Math.log(a / bx) + rx * lnRatio;
  }

  public double probabilityAlive(int x, double tx, double age) {
    double d = lnDeadOdds(x, tx, age);
    if (d == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    return d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
  }

  /** Whether the bulk expectations come from an {@link ExpectationTable} (Euler's form, terms of one sign). */
  public boolean usesTable() {
    return ExpectationTable.applies(r, a, b, modified);
  }

  /**
   * Whether the expectations are summed in Euler's transformed form: where the table applies, and
   * also for a within 1e-2 of 1, where (c − D·c·2F1)/(a − 1) would lose up to |a − 1|^-1 ulps (the
   * transformed form divides by nothing), even if its first terms then alternate in sign.
   */
  private boolean usesEulerForm() {
    return usesTable() || Math.abs(a - 1) < 1e-2;
  }

  /**
   * E[X(t) | x, t_x, T] (FHL 2005 eq. 10) = P(alive) Φ_x(t, T). Φ is first summed as a series
   * (Euler's transformed form where {@link ExpectationTable#applies} or a is near 1, otherwise
   * c·2F1(r+x, b+x[+1]; c; z)) together with a bound on its rounding error; where that bound
   * exceeds 1e-10 of the value (the two parts of the formula cancel, as they do for large a or a
   * tiny t) or the series is long, Φ is taken as the integral {@link BetaMixture} instead.
   */
  public double conditionalExpected(double t, int x, double tx, double age) {
    if (t == 0) {
      return 0.0;
    }
    double p = probabilityAlive(x, tx, age);
    return p == 0 ? 0.0 : p * phi(t, x, alpha + age);
  }

  /** Φ_x = E[X(t) | x, alive at T] for {@code at} = α + T, by the fastest path that is accurate. */
  private double phi(double t, int x, double at) {
    double z = t / (at + t);
    double w = at / (at + t);
    int s = modified ? 1 : 0;
    double value;
    if (usesEulerForm()) {
      value = ExpectationTable.phi(r, a, b, s, x, z, w);
    } else {
      value = direct(r + x, b + x + s, a + b + x - 1 + s, z, ExpectationTable.lnOneMinus(z, w));
    }
    if (Double.isNaN(value)) {
      value = BetaMixture.expectation(r + x, t / at, a, b + x + s);
    }
    return Math.max(0.0, value);
  }

  /**
   * (c − D·c·2F1(u, v; c; z))/(a − 1) with D = (1 − z)^u, given ln(1 − z); NaN where the series
   * needs more than {@link ExpectationTable#MAX_TERMS} terms or the error bound is too large.
   */
  private double direct(double u, double v, double c, double z, double lnW) {
    double term = u * v * z;
    double sum = c + term;
    int n = 1;
    for (; term > 1e-17 * Math.abs(sum); n++) {
      if (n > ExpectationTable.MAX_TERMS || term == Double.POSITIVE_INFINITY) {
        return Double.NaN;
      }
      term *= (u + n) * (v + n) / ((c + n) * (n + 1)) * z;
      sum += term;
    }
    return fromSeries(c, sum, n, u * lnW);
  }

  /**
   * (c − D·cF)/(a − 1) for cF = c + (n further terms, all positive) and D = e^lnD, or NaN where
   * the bound on its rounding error (the cancellation, the terms' recurrence, the exponent) exceeds
   * {@link ExpectationTable#ACCEPT} of the value.
   */
  private double fromSeries(double c, double cf, int n, double lnD) {
    double d = Math.exp(lnD);
    double value = (c - d * cf) / (a - 1);
    double magnitude = cf - c + Math.abs(c);
    double error = 0x1.0p-52 * (4 * Math.abs(c) + d * magnitude * (4 + 3.0 * n + Math.abs(lnD))) / Math.abs(a - 1);
    // an overflowing series gives an infinite error: rejected like any inaccurate value
    return error <= ExpectationTable.ACCEPT * Math.abs(value) && Double.isFinite(error) ? value : Double.NaN;
  }

  /**
   * Conditional expected purchases of many customers for one or more horizons: {@code expected[h][i]}
   * for customer i and horizon {@code t[h]}. P(alive) is computed once per customer; the
   * expectation divided by it is read from an {@link ExpectationTable} (Taylor polynomials per x,
   * no logarithm or series per horizon) where that applies, and otherwise summed as a series whose
   * coefficients are computed once per distinct x; wherever those are not accurate enough, as
   * {@link #conditionalExpected} does.
   */
  public void bulk(double[] t, int[] x, double[] tx, double[] age, double[][] expected) {
    if (x.length == 0 || t.length == 0) {
      return;
    }
    if (usesTable()) {
      bulkByTable(t, x, tx, age, expected);
    } else if (usesEulerForm()) {
      for (int i = 0; i < x.length; i++) {
        for (int h = 0; h < t.length; h++) {
          expected[h][i] = conditionalExpected(t[h], x[i], tx[i], age[i]);
        }
      }
    } else {
      bulkBySeries(t, x, tx, age, expected);
    }
  }

  /**
   * Frequencies held by fewer customers of a bulk call are summed directly: building one x's
   * polynomials for twelve monthly horizons costs about as much as 30 customers' direct sums.
   */
  private static final int TABLE_MIN_CUSTOMERS = 32;

  private void bulkByTable(double[] t, int[] x, double[] tx, double[] age, double[][] expected) {
    int n = x.length;
    int horizons = t.length;
    // counts of the frequencies a table may serve; higher ones are never tabulated
    int maxX = 0;
    for (int xi : x) {
      maxX = Math.max(maxX, xi);
    }
    int[] customersWith = new int[Math.min(maxX, TABLE_MAX_X - 1) + 1];
    for (int i = 0; i < n; i++) {
      if (x[i] < TABLE_MAX_X) {
        customersWith[x[i]]++;
      }
    }
    ExpectationTable table = new ExpectationTable(r, a, b, modified);
    double[] z = new double[horizons];
    double[] w = new double[horizons];
    double[] phi = new double[horizons];
    for (int i = 0; i < n; i++) {
      // a frequency too rare to pay for its polynomials (each costs about one series) is summed directly
      boolean useTable = x[i] < TABLE_MAX_X && customersWith[x[i]] >= TABLE_MIN_CUSTOMERS;
      customer(table, useTable, t, x[i], tx[i], age[i], probabilityAlive(x[i], tx[i], age[i]), z, w, phi);
      for (int h = 0; h < horizons; h++) {
        expected[h][i] = phi[h];
      }
    }
  }

  /**
   * One customer's expectations for every horizon into {@code out}: from the table, unless
   * {@code useTable} is false, x is {@link #TABLE_MAX_X} or more, a horizon lies beyond the table's
   * reach (z above 63/64) or the table is not accurate enough there (its interval holds NaN), then
   * as {@link #conditionalExpected} does. {@code z} and {@code w} are scratch arrays of the horizons' length.
   */
  private void customer(ExpectationTable table, boolean useTable, double[] t, int x, double tx, double age,
      double p, double[] z, double[] w, double[] out) {
    double at = alpha + age;
    boolean allInTable = useTable && x < TABLE_MAX_X;
    for (int h = 0; h < t.length; h++) {
      double inverse = 1 / (at + t[h]);
      z[h] = t[h] * inverse;
      w[h] = at * inverse;
      allInTable &= w[h] >= ExpectationTable.W_MIN;
    }
    if (allInTable) {
      table.phi(x, z, w, t.length, out);
    } else {
      boolean tableServes = useTable && x < TABLE_MAX_X;
      for (int h = 0; h < t.length; h++) {
        out[h] = tableServes && w[h] >= ExpectationTable.W_MIN ? table.phi(x, z[h], w[h]) : Double.NaN;
      }
    }
    for (int h = 0; h < t.length; h++) {
      if (t[h] == 0 || p == 0) {
        out[h] = 0.0;
      } else if (Double.isNaN(out[h])) {
        out[h] = p * phi(t[h], x, at);
      } else {
        out[h] = Math.max(0.0, p * out[h]);
      }
    }
  }

  /** A table of the expectations for these parameters, to pass to {@link #expectations} call after call. */
  public ExpectationTable newTable() {
    return new ExpectationTable(r, a, b, modified);
  }

  /**
   * One customer's expectations for the horizons {@code t} into {@code out}, with P(alive)
   * {@code p} already computed, read from {@code table} (made by {@link #newTable}, which
   * {@link #usesTable} requires; built once, shared by every call); horizons beyond its reach (z
   * above 63/64) or where it is not accurate enough take the direct sums or the integral.
   * {@code z} and {@code w} are scratch arrays of t's length.
   */
  public void expectations(ExpectationTable table, double[] t, int x, double tx, double age, double p, double[] z,
      double[] w, double[] out) {
    assert table.isFor(r, a, b, modified) : "the table was made for other parameters";
    customer(table, true, t, x, tx, age, p, z, w, out);
  }

  /** The series c·2F1(r+x, b+x[+1]; c; z), its coefficients once per distinct x, Horner per customer. */
  private void bulkBySeries(double[] t, int[] x, double[] tx, double[] age, double[][] expected) {
    int n = x.length;
    int horizons = t.length;
    double minAge = Double.POSITIVE_INFINITY;
    double maxT = 0;
    for (int i = 0; i < n; i++) {
      minAge = Math.min(minAge, age[i]);
    }
    for (double th : t) {
      maxT = Math.max(maxT, th);
    }
    // horizons beyond z = 63/64 go to the one-customer formula, so the coefficients stay short
    double zMax = Math.min(maxT / (alpha + minAge + maxT), 1 - ExpectationTable.W_MIN);
    java.util.Map<Integer, double[]> coefficients = new java.util.HashMap<>();
    int s = modified ? 1 : 0;
    double[] z = new double[horizons];
    double[] horner = new double[horizons];
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      double rx = r + xi;
      double at = alpha + age[i];
      double p = probabilityAlive(xi, tx[i], age[i]);
      double[] coef = coefficients.computeIfAbsent(xi, k -> coefficients(rx, b + k + s, a + b + k - 1 + s, zMax));
      boolean direct = coef.length == 0;
      for (int h = 0; h < horizons; h++) {
        z[h] = t[h] / (at + t[h]);
        horner[h] = 0;
        direct |= z[h] > zMax;
      }
      if (direct) {
        for (int h = 0; h < horizons; h++) {
          expected[h][i] = conditionalExpected(t[h], xi, tx[i], age[i]);
        }
        continue;
      }
      for (int k = coef.length - 1; k >= 1; k--) {
        double ck = coef[k];
        for (int h = 0; h < horizons; h++) {
          horner[h] = (horner[h] + ck) * z[h];
        }
      }
      for (int h = 0; h < horizons; h++) {
        if (t[h] == 0 || p == 0) {
          expected[h][i] = 0.0;
          continue;
        }
        double lnW = ExpectationTable.lnOneMinus(z[h], at / (at + t[h]));
        double phi = fromSeries(coef[0], coef[0] + horner[h], coef.length, rx * lnW);
        expected[h][i] = Double.isNaN(phi) ? p * phi(t[h], xi, at) : Math.max(0.0, phi * p);
      }
    }
  }

  /** c, then the coefficients d_k of z^k in c·2F1(u, v; c; z), as many as z ≤ zMax needs (none if too many). */
  private static double[] coefficients(double u, double v, double c, double zMax) {
    double[] d = new double[64];
    d[0] = c;
    double term = u * v;
    d[1] = term;
    double sumAtMax = Math.abs(c) + term * zMax;
    double power = zMax;
    int k = 1;
    while (term * power > 1e-17 * sumAtMax) {
      if (k >= ExpectationTable.MAX_TERMS) {
        return new double[0]; // the caller sums per customer
      }
      term *= (u + k) * (v + k) / ((c + k) * (k + 1));
      k++;
      power *= zMax;
      if (k == d.length) {
        d = java.util.Arrays.copyOf(d, 2 * k);
      }
      d[k] = term;
      sumAtMax += term * power;
    }
    for (int i = 0; i <= k; i++) {
      if (!Double.isFinite(d[i])) {
        return new double[0]; // the terms overflow before they fall: the caller sums per customer
      }
    }
    return java.util.Arrays.copyOf(d, k + 1);
  }

  /** E[X(t)] for a new customer (FHL 2005 eq. 9): the conditional expectation of one with x = t_x = T = 0. */
  public double expected(double t) {
    return conditionalExpected(t, 0, 0, 0);
  }

  /**
   * P(X(t) = n) for a new customer: with λ, p given, (1-p)^(n+s) P(N=n) + p(1-p)^(n+s-1) P(N&gt;=n)
   * for N ~ Poisson(λt) (s = 0 BG/NBD, 1 MBG/NBD), mixed over the gamma and beta distributions.
   * Mixed over λ, N is negative binomial with shape r and success probability α/(α+t), so
   * P(N &gt;= n) is the regularized incomplete beta I_q(n, r) with q = t/(α+t): no sum over n terms,
   * and exact in the tail too.
   */
  public double probabilityOf(int n, double t) {
    int s = modified ? 1 : 0;
    double lnB = Special.lnBeta(a, b);
    double p = Math.exp(Special.lnBeta(a, b + n + s) - lnB) * nbd(n, t);
    if (n + s > 0) {
      p += Math.exp(Special.lnBeta(a + 1, b + n + s - 1) - lnB) * nbdTail(n, t);
    }
    return Math.min(1.0, Math.max(0.0, p));
  }

  /** P(N = j) for the negative binomial N with shape r and success probability α/(α+t). */
  private double nbd(long j, double t) {
    if (t == 0) {
      return j == 0 ? 1.0 : 0.0;
    }
    return Math.exp(Special.lnGamma(r + j) - Special.lnGamma(r) - Special.lnGamma(j + 1.0)
        + r * Math.log(alpha / (alpha + t)) + j * Math.log(t / (alpha + t)));
  }

  /** P(N &gt;= n) = I_q(n, r), q = t/(α+t). */
  private double nbdTail(int n, double t) {
    if (n == 0) {
      return 1.0;
    }
    if (t == 0) {
      return 0.0;
    }
    return Math.min(1.0, Math.max(0.0, Special.regularizedBeta(t / (alpha + t), n, r)));
  }

  /**
   * Exact simulation: gamma λ, beta p, exponential inter-purchase times, a coin after each purchase.
   *
   * @throws IllegalArgumentException once more than {@code maxPurchases} purchases are drawn in all
   */
  public void simulate(double[] ages, long seed, long maxPurchases, int[] freq, double[] rec) {
    Variates v = new Variates(seed);
    long drawn = 0;
    for (int i = 0; i < ages.length; i++) {
      double lambda = v.gamma(r, alpha);
      double p = v.beta(a, b);
      int x = 0;
      double last = 0;
      boolean alive = !(modified && v.bernoulli(p));
      double time = 0;
      while (alive) {
        time += v.exponential(lambda);
        if (time > ages[i]) {
          break;
        }
        x++;
        if (++drawn > maxPurchases) {
          throw tooManyPurchases(maxPurchases, i, r, alpha);
        }
        last = time;
        alive = !v.bernoulli(p);
      }
      freq[i] = x;
      rec[i] = last;
    }
  }

  /** The rejection of a simulation that would draw more than {@code limit} purchases, its mean rate named. */
  public static IllegalArgumentException tooManyPurchases(long limit, int customer, double r, double alpha) {
    return new IllegalArgumentException("a simulation must draw at most " + limit + " purchases in all, but reached "
        + "that by customer " + customer + " (r " + r + " and alpha " + alpha + " give a mean purchase rate of "
        + r / alpha + " per time unit)");
  }
}
