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

  public double conditionalExpected(double t, int x, double tx, double age) {
    if (t == 0) {
      return 0.0;
    }
    double at = alpha + age;
    double z = t / (at + t);
    double c = modified ? a + b + x : a + b + x - 1;
    double cf = Special.hyp2f1TimesC(r + x, modified ? b + x + 1 : b + x, c, z);
    double discount = Math.exp((r + x) * Math.log(at / (at + t)));
    return Math.max(0.0, (c - discount * cf) / (a - 1) * probabilityAlive(x, tx, age));
  }

  /**
   * Conditional expected purchases of many customers for one or more horizons: {@code expected[h][i]}
   * for customer i and horizon {@code t[h]}. The series c·2F1(r+x, b+x[+1]; c; z) has coefficients
   * that depend on x only, so they are computed once per distinct x (up to the length the largest z
   * of the batch needs); each customer's series is then evaluated for all horizons in one sweep over
   * its coefficients, so the horizons' Horner chains run side by side, and P(alive) and the
   * logarithms that do not depend on the horizon are computed once per customer.
   */
  public void bulk(double[] t, int[] x, double[] tx, double[] age, double[][] expected) {
    int n = x.length;
    int horizons = t.length;
    if (n == 0 || horizons == 0) {
      return;
    }
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
    double zMax = maxT / (alpha + minAge + maxT);
    double[][] coefficients = new double[maxX + 1][];
    int s = modified ? 1 : 0;
    double[] z = new double[horizons];
    double[] horner = new double[horizons];
    for (int i = 0; i < n; i++) {
      int xi = x[i];
      double rx = r + xi;
      double at = alpha + age[i];
      double lnAt = Math.log(at);
      double p;
      if (xi == 0 && !modified) {
        p = 1.0;
      } else {
        double d = Math.log(a / (b + xi + s - 1)) + rx * (lnAt - Math.log(alpha + tx[i]));
        p = d > 0 ? Math.exp(-d) / (1 + Math.exp(-d)) : 1 / (1 + Math.exp(d));
      }
      double[] coef = coefficients[xi];
      if (coef == null) {
        coef = coefficients(rx, b + xi + s, a + b + xi - 1 + s, zMax);
        coefficients[xi] = coef;
      }
      if (horizons == 1) {
        // one horizon: the chain in a register (the array form below costs twice as much here)
        double z0 = t[0] / (at + t[0]);
        double sum = 0;
        for (int k = coef.length - 1; k >= 1; k--) {
          sum = (sum + coef[k]) * z0;
        }
        horner[0] = sum;
      } else {
        for (int h = 0; h < horizons; h++) {
          z[h] = t[h] / (at + t[h]);
          horner[h] = 0;
        }
        for (int k = coef.length - 1; k >= 1; k--) {
          double ck = coef[k];
          for (int h = 0; h < horizons; h++) {
            horner[h] = (horner[h] + ck) * z[h];
          }
        }
      }
      for (int h = 0; h < horizons; h++) {
        if (t[h] == 0) {
          expected[h][i] = 0.0;
          continue;
        }
        double cf = coef[0] + horner[h];
        double discount = Math.exp(rx * (lnAt - Math.log(at + t[h])));
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
