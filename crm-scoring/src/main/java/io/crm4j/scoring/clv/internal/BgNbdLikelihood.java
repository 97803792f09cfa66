package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/**
 * Log-likelihood of the BG/NBD model (Fader, Hardie &amp; Lee 2005, eq. 6) and of the MBG/NBD
 * model (Batislam, Denizel &amp; Filiztekin 2007), with analytic gradient and Hessian in
 * (r, α, a, b). Per customer, LL = A1 + A2 + ln(e^A3 + δ e^A4) with
 * A1 = ln Γ(r+x) − ln Γ(r) + r ln α, A2 = ln B(a, b+x+s) − ln B(a, b) (s = 0 for BG/NBD,
 * 1 for MBG/NBD), A3 = −(r+x) ln(α+T), A4 = ln a − ln(b+x+s−1) − (r+x) ln(α+t_x), and δ = 1 when
 * x &gt; 0 (BG/NBD) or always (MBG/NBD). A1 and A2 depend on x only and are summed once per
 * distinct x.
 */
public final class BgNbdLikelihood implements Objective {

  private final PurchaseData data;
  private final boolean modified;

  public BgNbdLikelihood(PurchaseData data, boolean modified) {
    this.data = data;
    this.modified = modified;
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public double observations() {
    return data.customers;
  }

  @Override
  public boolean hasHessian() {
    return true;
  }

  @Override
  public double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess) {
    double r = theta[0];
    double alpha = theta[1];
    double a = theta[2];
    double b = theta[3];
    int shift = modified ? 1 : 0;
    boolean wantG = grad != null;
    boolean wantH = hess != null && grad != null;
    double lnAlpha = Math.log(alpha);
    double lnA = Math.log(a);
    double lgR = Special.lnGamma(r);
    double lgB = Special.lnGamma(b);
    double lgAb = Special.lnGamma(a + b);
    double psiR = 0;
    double psiB = 0;
    double psiAb = 0;
    double triR = 0;
    double triB = 0;
    double triAb = 0;
    if (wantG) {
      psiR = Special.digamma(r);
      psiB = Special.digamma(b);
      psiAb = Special.digamma(a + b);
    }
    if (wantH) {
      triR = Special.trigamma(r);
      triB = Special.trigamma(b);
      triAb = Special.trigamma(a + b);
    }
    double ll = 0;
    double gr = 0;
    double gal = 0;
    double ga = 0;
    double gb = 0;
    double hrr = 0;
    double hral = 0;
    double halal = 0;
    double haa = 0;
    double hab = 0;
    double hbb = 0;
    int[] xs = data.distinctX;
    double[] tx = data.recency;
    double[] age = data.age;
    double[] weight = data.weight;
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      int from = data.groupStart[k];
      int to = data.groupStart[k + 1];
      double c = data.groupWeight[k];
      double rx = r + x;
      int xsft = x + shift;
      ll += c * (Special.lnGamma(rx) - lgR + r * lnAlpha + lgAb + Special.lnGamma(b + xsft) - lgB
          - Special.lnGamma(a + b + xsft));
      if (wantG) {
        gr += c * (Special.digamma(rx) - psiR + lnAlpha);
        gal += c * r / alpha;
        double psiAbx = Special.digamma(a + b + xsft);
        ga += c * (psiAb - psiAbx);
        gb += c * (psiAb + Special.digamma(b + xsft) - psiB - psiAbx);
        if (wantH) {
          hrr += c * (Special.trigamma(rx) - triR);
          hral += c / alpha;
          halal -= c * r / (alpha * alpha);
          double triAbx = Special.trigamma(a + b + xsft);
          haa += c * (triAb - triAbx);
          hab += c * (triAb - triAbx);
          hbb += c * (triAb + Special.trigamma(b + xsft) - triB - triAbx);
        }
      }
      boolean mixture = x > 0 || modified;
      if (!mixture) {
        // x = 0 in BG/NBD: only A3 = -r ln(alpha + T)
        for (int i = from; i < to; i++) {
          double wi = weight[i];
          double at = alpha + age[i];
          double lnAt = Math.log(at);
          ll -= wi * rx * lnAt;
          if (wantG) {
            gr -= wi * lnAt;
            gal -= wi * rx / at;
            if (wantH) {
              hral -= wi / at;
              halal += wi * rx / (at * at);
            }
          }
        }
        continue;
      }
      double bx = b + xsft - 1;
      double lnRatio = lnA - Math.log(bx);
      for (int i = from; i < to; i++) {
        double wi = weight[i];
        double at = alpha + age[i];
        double ax = alpha + tx[i];
        double lnAt = Math.log(at);
        double lnAx = Math.log(ax);
        double a3 = -rx * lnAt;
        double d = lnRatio + rx * (lnAt - lnAx);
        double w4;
        if (d > 0) {
          double e = Math.exp(-d);
          ll += wi * (a3 + d + Math.log1p(e));
          w4 = 1 / (1 + e);
        } else {
          double e = Math.exp(d);
          ll += wi * (a3 + Math.log1p(e));
          w4 = e / (1 + e);
        }
        if (!wantG) {
          continue;
        }
        double w3 = 1 - w4;
        double g3al = -rx / at;
        double g4al = -rx / ax;
        gr -= wi * (w3 * lnAt + w4 * lnAx);
        gal += wi * (w3 * g3al + w4 * g4al);
        ga += wi * w4 / a;
        gb -= wi * w4 / bx;
        if (wantH) {
          double ww = wi * w3 * w4;
          w3 *= wi;
          w4 *= wi;
          // differences g3 - g4 per coordinate (r, alpha, a, b)
          double dr = -lnAt + lnAx;
          double dal = g3al - g4al;
          double da = -1 / a;
          double db = 1 / bx;
          hrr += ww * dr * dr;
          hral += -w3 / at - w4 / ax + ww * dr * dal;
          halal += w3 * rx / (at * at) + w4 * rx / (ax * ax) + ww * dal * dal;
          haa += -w4 / (a * a) + ww * da * da;
          hab += ww * da * db;
          hbb += w4 / (bx * bx) + ww * db * db;
          crossTerms(hess, ww, dr, dal, da, db);
        }
      }
    }
    if (wantG) {
      grad[0] = gr;
      grad[1] = gal;
      grad[2] = ga;
      grad[3] = gb;
    }
    if (wantH) {
      hess[0][0] += hrr;
      hess[0][1] += hral;
      hess[1][0] += hral;
      hess[1][1] += halal;
      hess[2][2] += haa;
      hess[2][3] += hab;
      hess[3][2] += hab;
      hess[3][3] += hbb;
    }
    return ll;
  }

  /** Adds the mixed (r or α) × (a or b) entries of w3·w4·(g3−g4)(g3−g4)ᵀ. */
  private static void crossTerms(double[][] h, double ww, double dr, double dal, double da, double db) {
    double ra = ww * dr * da;
    double rb = ww * dr * db;
    double ala = ww * dal * da;
    double alb = ww * dal * db;
    h[0][2] += ra;
    h[2][0] += ra;
    h[0][3] += rb;
    h[3][0] += rb;
    h[1][2] += ala;
    h[2][1] += ala;
    h[1][3] += alb;
    h[3][1] += alb;
  }
}
