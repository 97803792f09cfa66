package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;

/**
 * Predictions of the BG/NBD model (Fader, Hardie &amp; Lee 2005, eqs. 7, 8, 10, 13) and of the
 * MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007), which differs by letting the customer
 * drop out right after the first purchase as well ({@code modified == true}).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BgNbdFormulas {

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final boolean modified;

  public BgNbdFormulas(double r, double alpha, double a, double b, boolean modified) {
    this.r = r;
    this.alpha = alpha;
    // the expectations divide by a - 1; a = 1 exactly is moved by a relative 1e-9
    this.a = Math.abs(a - 1) < 1e-9 ? 1 + 1e-9 : a;
    this.b = b;
    this.modified = modified;
  }

  /** ln of the odds a/(b+x+s-1) ((α+T)/(α+t_x))^(r+x) that the customer is dead, or -∞. */
  private double lnDeadOdds(int x, double tx, double age) {
    if (x == 0 && !modified) {
      return Double.NEGATIVE_INFINITY;
    }
    double bx = modified ? b + x : b + x - 1;
    return Math.log(a / bx) + (r + x) * Math.log((alpha + age) / (alpha + tx));
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
   * E[X(t) | x, t_x, T] (FHL 2005 eq. 10). Where {@link ExpectationTable#applies}, or a is near 1,
   * it is summed in Euler's transformed form, whose terms share one sign and decay fast for large x;
   * otherwise as c·2F1(r+x, b+x[+1]; c; z), and in the transformed form after all if that overflows.
   */
  public double conditionalExpected(double t, int x, double tx, double age) {
    if (t == 0) {
      return 0.0;
    }
    double at = alpha + age;
    double z = t / (at + t);
    double w = at / (at + t);
    double p = probabilityAlive(x, tx, age);
    int s = modified ? 1 : 0;
    if (usesEulerForm()) {
      return Math.max(0.0, p * ExpectationTable.phi(r, a, b, s, x, z, w));
    }
    double c = a + b + x - 1 + s;
    double cf = Special.hyp2f1TimesC(r + x, b + x + s, c, z);
    double discount = Math.exp((r + x) * Math.log(w));
    double e = (c - discount * cf) / (a - 1) * p;
    if (!Double.isFinite(e)) {
      e = p * ExpectationTable.phi(r, a, b, s, x, z, w);
    }
    return Math.max(0.0, e);
  }

  /**
   * Conditional expected purchases of many customers for one or more horizons: {@code expected[h][i]}
   * for customer i and horizon {@code t[h]}. P(alive) is computed once per customer; the
   * expectation divided by it is read from an {@link ExpectationTable} (Taylor polynomials per x,
   * no logarithm or series per horizon) where that applies, and otherwise summed as a series whose
   * coefficients are computed once per distinct x.
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
    int maxX = 0;
    for (int i = 0; i < n; i++) {
      maxX = Math.max(maxX, x[i]);
    }
    int[] customersWith = new int[maxX + 1];
    for (int i = 0; i < n; i++) {
      customersWith[x[i]]++;
    }
    ExpectationTable table = new ExpectationTable(r, a, b, modified);
    double[] z = new double[horizons];
    double[] w = new double[horizons];
    double[] phi = new double[horizons];
    for (int i = 0; i < n; i++) {
      // a frequency too rare to pay for its polynomials (each costs about one series) is summed directly
      customer(table, customersWith[x[i]] >= TABLE_MIN_CUSTOMERS, t, x[i], tx[i], age[i],
          probabilityAlive(x[i], tx[i], age[i]), z, w, phi);
      for (int h = 0; h < horizons; h++) {
        expected[h][i] = phi[h];
      }
    }
  }

  /**
   * One customer's expectations for every horizon into {@code out}: from the table, unless
   * {@code useTable} is false or a horizon lies beyond the table's reach (z above 63/64), then by
   * the direct sums. {@code z} and {@code w} are scratch arrays of the horizons' length.
   */
  private void customer(ExpectationTable table, boolean useTable, double[] t, int x, double tx, double age,
      double p, double[] z, double[] w, double[] out) {
    double at = alpha + age;
    boolean inTable = useTable;
    for (int h = 0; h < t.length; h++) {
      double inverse = 1 / (at + t[h]);
      z[h] = t[h] * inverse;
      w[h] = at * inverse;
      inTable &= w[h] >= ExpectationTable.W_MIN;
    }
    if (!inTable) {
      for (int h = 0; h < t.length; h++) {
        out[h] = conditionalExpected(t[h], x, tx, age);
      }
      return;
    }
    table.phi(x, z, w, t.length, out);
    for (int h = 0; h < t.length; h++) {
      out[h] = t[h] == 0 ? 0.0 : Math.max(0.0, p * out[h]);
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
   * above 63/64) take the direct sums. {@code z} and {@code w} are scratch arrays of t's length.
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
    int maxX = 0;
    double minAge = Double.POSITIVE_INFINITY;
    double maxT = 0;
    for (int i = 0; i < n; i++) {
      maxX = Math.max(maxX, x[i]);
      minAge = Math.min(minAge, age[i]);
    }
    for (double th : t) {
      maxT = Math.max(maxT, th);
    }
    // horizons beyond z = 63/64 go to the one-customer formula, so the coefficients stay short
    double zMax = Math.min(maxT / (alpha + minAge + maxT), 1 - ExpectationTable.W_MIN);
    double[][] coefficients = new double[maxX + 1][];
    int s = modified ? 1 : 0;
    double[] z = new double[horizons];
    double[] horner = new double[horizons];
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      double rx = r + xi;
      double at = alpha + age[i];
      double p = probabilityAlive(xi, tx[i], age[i]);
      double[] coef = coefficients[xi];
      if (coef == null) {
        coef = coefficients(rx, b + xi + s, a + b + xi - 1 + s, zMax);
        coefficients[xi] = coef;
      }
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
        if (t[h] == 0) {
          expected[h][i] = 0.0;
          continue;
        }
        double cf = coef[0] + horner[h];
        double discount = Math.exp(rx * Math.log(at / (at + t[h])));
        expected[h][i] = Math.max(0.0, (coef[0] - discount * cf) / (a - 1) * p);
      }
    }
  }

  /** c, then the coefficients d_k of z^k in c·2F1(u, v; c; z), as many as z ≤ zMax needs. */
  private static double[] coefficients(double u, double v, double c, double zMax) {
    double[] d = new double[64];
    d[0] = c;
    double term = u * v;
    d[1] = term;
    double sumAtMax = Math.abs(c) + term * zMax;
    double power = zMax;
    int k = 1;
    while (term * power > 1e-17 * sumAtMax && k < 100_000) {
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

  public double expected(double t) {
    if (t == 0) {
      return 0.0;
    }
    double z = t / (alpha + t);
    double discount = Math.exp(r * Math.log(alpha / (alpha + t)));
    if (modified) {
      // b/(a-1) [1 - D 2F1(r, b+1; a+b; z)] = (b/(a+b)) (c - D c 2F1)/(a-1) with c = a+b
      double c = a + b;
      return Math.max(0.0, b / c * (c - discount * Special.hyp2f1TimesC(r, b + 1, c, z)) / (a - 1));
    }
    double c = a + b - 1;
    return Math.max(0.0, (c - discount * Special.hyp2f1TimesC(r, b, c, z)) / (a - 1));
  }

  /**
   * P(X(t) = n) for a new customer: with λ, p given, (1-p)^(n+s) P(N=n) + p(1-p)^(n+s-1) P(N&gt;=n)
   * for N ~ Poisson(λt) (s = 0 BG/NBD, 1 MBG/NBD), mixed over the gamma and beta distributions.
   */
  public double probabilityOf(int n, double t) {
    int s = modified ? 1 : 0;
    double lnB = Special.lnBeta(a, b);
    double lnP0 = r * Math.log(alpha / (alpha + t));
    double lnQ = t == 0 ? Double.NEGATIVE_INFINITY : Math.log(t / (alpha + t));
    double lgR = Special.lnGamma(r);
    double nbdN = Math.exp(Special.lnGamma(r + n) - lgR - Special.lnGamma(n + 1.0) + lnP0 + (n == 0 ? 0 : n * lnQ));
    double p = Math.exp(Special.lnBeta(a, b + n + s) - lnB) * nbdN;
    if (n + s > 0) {
      double below = 0;
      for (int j = 0; j < n; j++) {
        below += Math.exp(Special.lnGamma(r + j) - lgR - Special.lnGamma(j + 1.0) + lnP0 + (j == 0 ? 0 : j * lnQ));
      }
      p += Math.exp(Special.lnBeta(a + 1, b + n + s - 1) - lnB) * Math.max(0.0, 1 - below);
    }
    return Math.min(1.0, Math.max(0.0, p));
  }

  /** Exact simulation: gamma λ, beta p, exponential inter-purchase times, a coin after each purchase. */
  public void simulate(double[] ages, long seed, int[] freq, double[] rec) {
    Variates v = new Variates(seed);
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
        last = time;
        alive = !v.bernoulli(p);
      }
      freq[i] = x;
      rec[i] = last;
    }
  }
}
