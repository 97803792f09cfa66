package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/**
 * Log-likelihood of the Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987) in the form of
 * Fader, Hardie &amp; Lee's note "A note on deriving the Pareto/NBD model and related expressions"
 * (2005), with its analytic gradient in (r, α, s, β). Per customer
 * LL = ln Γ(r+x) − ln Γ(r) + r ln α + s ln β + ln(e^B1 + e^B2), B1 = −(r+x) ln(α+T) − s ln(β+T),
 * B2 = ln s − ln(r+s+x) + ln A0, and A0 = F(z1)/q1^(r+s+x) − F(z2)/q2^(r+s+x) with
 * F(z) = 2F1(r+s+x, b; r+s+x+1; z), q1 = max(α,β) + t_x, q2 = max(α,β) + T,
 * z_i = |α−β|/q_i, b = s+1 when α ≥ β and r+x otherwise.
 *
 * <p>Stability: z is always in [0, 1), so the series of F has positive terms and converges
 * geometrically (no alternating sum); the difference in A0 is formed as
 * q1^(−a) (F1 − F2 (q1/q2)^a) so that neither power can overflow or underflow, and its
 * derivatives with respect to a, b and z are summed term by term in the same pass.
 */
public final class ParetoNbdLikelihood implements Objective {

  private final PurchaseData data;

  public ParetoNbdLikelihood(PurchaseData data) {
    this.data = data;
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public double observations() {
    return data.customers;
  }

  /** F(a, b; a+1; z) and its partial derivatives, written into {@code out} as F, F_a, F_b, F_z. */
  static void hyp(double a, double b, double z, double[] out) {
    double f = 1;
    double fa = 0;
    double fb = 0;
    double fz = 0;
    double q = b; // (b)_k z^(k-1) / (k-1)!
    double h = 0; // sum_{j<k} 1/(b+j)
    for (int k = 1; k < 2_000_000; k++) {
      h += 1 / (b + k - 1);
      double w = a / (a + k);
      double p = q * z / k;
      double c = w * p;
      f += c;
      double ta = c * k / (a * (a + k));
      double tb = c * h;
      double tz = w * q;
      fa += ta;
      fb += tb;
      fz += tz;
      if (c <= 1e-17 * f && tb <= 1e-17 * Math.abs(fb) + 1e-300 && tz <= 1e-17 * fz) {
        break;
      }
      q *= (b + k) * z / k;
    }
    out[0] = f;
    out[1] = fa;
    out[2] = fb;
    out[3] = fz;
  }

  /** ln A0 for one customer (−∞ when t_x = T); used by the P(alive) prediction. */
  public static double logA0(double r, double alpha, double s, double beta, int x, double tx, double age) {
    return lnA0(r, alpha, s, beta, x, tx, age, null);
  }

  /**
   * ln A0 for one customer and, when {@code g} is not null, its gradient in (r, α, s, β);
   * returns -∞ when t_x = T.
   */
  static double lnA0(double r, double alpha, double s, double beta, int x, double tx, double age, double @Nullable [] g) {
    if (tx >= age) {
      return Double.NEGATIVE_INFINITY;
    }
    boolean alphaMax = alpha >= beta;
    double big = alphaMax ? alpha : beta;
    double diff = Math.abs(alpha - beta);
    double a = r + s + x;
    double b = alphaMax ? s + 1 : r + x;
    double q1 = big + tx;
    double q2 = big + age;
    double z1 = diff / q1;
    double z2 = diff / q2;
    double[] h1 = new double[4];
    double[] h2 = new double[4];
    hyp(a, b, z1, h1);
    hyp(a, b, z2, h2);
    double lnQ1 = Math.log(q1);
    double lnQ2 = Math.log(q2);
    double rho = Math.exp(-a * (lnQ2 - lnQ1));
    double e = h1[0] - h2[0] * rho;
    double lnD = -a * lnQ1 + Math.log(e);
    if (g == null) {
      return lnD;
    }
    // derivatives of E = F1 - F2 rho with respect to a, b, big (M) and small (m)
    double dRhoDa = -rho * (lnQ2 - lnQ1);
    double dRhoDm = -rho * a * (1 / q2 - 1 / q1);
    double dz1dM = (q1 - diff) / (q1 * q1);
    double dz2dM = (q2 - diff) / (q2 * q2);
    double dz1dSmall = -1 / q1;
    double dz2dSmall = -1 / q2;
    double eA = h1[1] - rho * h2[1] - h2[0] * dRhoDa;
    double eB = h1[2] - rho * h2[2];
    double eM = h1[3] * dz1dM - rho * h2[3] * dz2dM - h2[0] * dRhoDm;
    double eSmall = h1[3] * dz1dSmall - rho * h2[3] * dz2dSmall;
    double dA = -lnQ1 + eA / e;
    double dB = eB / e;
    double dM = -a / q1 + eM / e;
    double dSmall = eSmall / e;
    g[0] = dA + (alphaMax ? 0 : dB);
    g[2] = dA + (alphaMax ? dB : 0);
    g[1] = alphaMax ? dM : dSmall;
    g[3] = alphaMax ? dSmall : dM;
    return lnD;
  }

  @Override
  public double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess) {
    double r = theta[0];
    double alpha = theta[1];
    double s = theta[2];
    double beta = theta[3];
    boolean wantG = grad != null;
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double lnS = Math.log(s);
    double lgR = Special.lnGamma(r);
    double psiR = wantG ? Special.digamma(r) : 0;
    double ll = 0;
    double gr = 0;
    double gal = 0;
    double gs = 0;
    double gb = 0;
    double[] ga0 = wantG ? new double[4] : null;
    int[] xs = data.distinctX;
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      int from = data.groupStart[k];
      int to = data.groupStart[k + 1];
      double c = data.groupWeight[k];
      double rx = r + x;
      double rsx = r + s + x;
      ll += c * (Special.lnGamma(rx) - lgR + r * lnAlpha + s * lnBeta);
      if (wantG) {
        gr += c * (Special.digamma(rx) - psiR + lnAlpha);
        gal += c * r / alpha;
        gs += c * lnBeta;
        gb += c * s / beta;
      }
      for (int i = from; i < to; i++) {
        double tx = data.recency[i];
        double age = data.age[i];
        double lnAt = Math.log(alpha + age);
        double lnBt = Math.log(beta + age);
        double b1 = -rx * lnAt - s * lnBt;
        double lnA0 = lnA0(r, alpha, s, beta, x, tx, age, ga0);
        double b2 = lnS - Math.log(rsx) + lnA0;
        double m = Math.max(b1, b2);
        double e1 = Math.exp(b1 - m);
        double e2 = Math.exp(b2 - m);
        double wi = data.weight[i];
        ll += wi * (m + Math.log(e1 + e2));
        if (wantG) {
          double w1 = wi * e1 / (e1 + e2);
          double w2 = wi - w1;
          gr += -w1 * lnAt;
          gal += -w1 * rx / (alpha + age);
          gs += -w1 * lnBt;
          gb += -w1 * s / (beta + age);
          if (w2 > 0) {
            gr += w2 * (-1 / rsx + ga0[0]);
            gal += w2 * ga0[1];
            gs += w2 * (1 / s - 1 / rsx + ga0[2]);
            gb += w2 * ga0[3];
          }
        }
      }
    }
    if (wantG) {
      grad[0] = gr;
      grad[1] = gal;
      grad[2] = gs;
      grad[3] = gb;
    }
    return ll;
  }
}
