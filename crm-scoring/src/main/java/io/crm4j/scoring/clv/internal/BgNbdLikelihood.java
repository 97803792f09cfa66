package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;

/**
 * Log-likelihood of BG/NBD (Fader, Hardie &amp; Lee 2005, eq. 6) and MBG/NBD (Batislam, Denizel &amp;
 * Filiztekin 2007) over a block, with analytic gradient and Hessian in (r, α, a, b). Per customer
 * LL = A1 + A2 + ln(e^A3 + δ e^A4) with A1 = ln Γ(r+x) − ln Γ(r) + r ln α,
 * A2 = ln B(a, b+x+s) − ln B(a, b) (s = 0 for BG/NBD, 1 for MBG/NBD), A3 = −(r+x) ln(α+T),
 * A4 = ln a − ln(b+x+s−1) − (r+x) ln(α+t_x), and δ = 1 when x &gt; 0 (BG/NBD) or always (MBG/NBD).
 * A1 and A2 depend on x alone: they are summed once per distinct x of the block from its weight
 * histogram, with ln Γ, ψ and ψ′ of r+k, b+k and a+b+k by recurrence up to the block's largest x
 * (one special-function call per base argument). The rows are read once, in their order. The
 * kernel {@code io.crm4j.scoring.clv.spi.Kernels.bgNbd()} packs these sums for any engine.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class BgNbdLikelihood {

  private BgNbdLikelihood() {}

  /**
   * The block's sums at θ = (r, α, a, b): {@code [0]} the log-likelihood, {@code [1..4]} the
   * gradient (when {@code wantG}), {@code [5..14]} the Hessian entries rr, rα, αα, aa, ab, bb, ra,
   * rb, αa, αb (when {@code wantH}). {@code weightByFrequency[x]} is the weight of the rows with
   * frequency x; the rows are read once, in their order.
   */
  public static double[] sums(boolean modified, double[] theta, double[] weightByFrequency, int[] frequency,
      double[] recency, double[] age, double[] weight, boolean wantG, boolean wantH) {
    double r = theta[0];
    double alpha = theta[1];
    double a = theta[2];
    double b = theta[3];
    int shift = modified ? 1 : 0;
    double lnAlpha = Math.log(alpha);
    double[] hist = weightByFrequency;
    int maxX = hist.length - 1;
    // x-only terms, and per-x tables for the rows: ln a − ln(b+x+s−1) and 1/(b+x+s−1)
    double[] s = new double[15];
    double[] lnRatio = new double[maxX + 1];
    double[] invBx = new double[maxX + 1];
    double lnA = Math.log(a);
    if (maxX >= 0) {
      xOnlyTerms(r, alpha, a, b, lnAlpha, hist, shift, wantG, wantH, s);
    }
    for (int x = modified ? 0 : 1; x <= maxX; x++) {
      double bx = b + x + shift - 1;
      lnRatio[x] = lnA - Math.log(bx);
      invBx[x] = 1 / bx;
    }
    rows(modified, frequency, recency, age, weight, r, alpha, a, lnRatio, invBx, wantG, wantH, s);
    return s;
  }

  private static void xOnlyTerms(double r, double alpha, double a, double b, double lnAlpha, double[] hist,
      int shift, boolean wantG, boolean wantH, double[] s) {
    double psiR0 = wantG ? Special.digamma(r) : 0;
    double psiB0 = wantG ? Special.digamma(b) : 0;
    double psiAb0 = wantG ? Special.digamma(a + b) : 0;
    double triR0 = wantH ? Special.trigamma(r) : 0;
    double triB0 = wantH ? Special.trigamma(b) : 0;
    double triAb0 = wantH ? Special.trigamma(a + b) : 0;
    // ln Γ(z+k) − ln Γ(z), ψ(z+k), ψ'(z+k) for z = r (k = x), b and a+b (k = x+s)
    double lgR = 0;
    double psiR = psiR0;
    double triR = triR0;
    double lgB = 0;
    double psiB = psiB0;
    double triB = triB0;
    double lgAb = 0;
    double psiAb = psiAb0;
    double triAb = triAb0;
    if (shift == 1) {
      lgB = Math.log(b);
      psiB += 1 / b;
      triB -= 1 / (b * b);
      lgAb = Math.log(a + b);
      psiAb += 1 / (a + b);
      triAb -= 1 / ((a + b) * (a + b));
    }
    double total = 0;
    for (int x = 0; x < hist.length; x++) {
      double c = hist[x];
      if (c != 0) {
        total += c;
        s[0] += c * (lgR + lgB - lgAb);
        if (wantG) {
          s[1] += c * (psiR - psiR0);
          s[3] += c * (psiAb0 - psiAb);
          s[4] += c * (psiAb0 + psiB - psiB0 - psiAb);
          if (wantH) {
            s[5] += c * (triR - triR0);
            s[8] += c * (triAb0 - triAb);
            s[9] += c * (triAb0 - triAb);
            s[10] += c * (triAb0 + triB - triB0 - triAb);
          }
        }
      }
      double vr = r + x;
      double vb = b + x + shift;
      double vab = a + b + x + shift;
      lgR += Math.log(vr);
      lgB += Math.log(vb);
      lgAb += Math.log(vab);
      if (wantG) {
        psiR += 1 / vr;
        psiB += 1 / vb;
        psiAb += 1 / vab;
        if (wantH) {
          triR -= 1 / (vr * vr);
          triB -= 1 / (vb * vb);
          triAb -= 1 / (vab * vab);
        }
      }
    }
    s[0] += total * r * lnAlpha;
    if (wantG) {
      s[1] += total * lnAlpha;
      s[2] += total * r / alpha;
      if (wantH) {
        s[6] += total / alpha;
        s[7] -= total * r / (alpha * alpha);
      }
    }
  }

  /** The per-row part ln(e^A3 + δ e^A4), added into {@code s} (value, gradient 1-4, Hessian 5-14). */
  private static void rows(boolean modified, int[] xs, double[] tx, double[] age, double[] weight, double r,
      double alpha, double a, double[] lnRatio, double[] invBx, boolean wantG, boolean wantH, double[] s) {
    boolean plain = !modified;
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
    double hra = 0;
    double hrb = 0;
    double hala = 0;
    double halb = 0;
    double invA = 1 / a;
    for (int i = 0; i < xs.length; i++) {
      int x = xs[i];
      double wi = weight[i];
      double rx = r + x;
      double at = alpha + age[i];
      double lnAt = Math.log(at);
      if (x == 0 && plain) {
        // x = 0 in BG/NBD: only A3 = −r ln(α + T)
        ll -= wi * rx * lnAt;
        if (wantG) {
          double inv = 1 / at;
          gr -= wi * lnAt;
          gal -= wi * rx * inv;
          if (wantH) {
            hral -= wi * inv;
            halal += wi * rx * inv * inv;
          }
        }
        continue;
      }
      double ax = alpha + tx[i];
      double lnAx = Math.log(ax);
      double d = lnRatio[x] + rx * (lnAt - lnAx);
      double w4;
      if (d > 0) {
        double e = Math.exp(-d);
        ll += wi * (d - rx * lnAt + Math.log(1 + e));
        w4 = 1 / (1 + e);
      } else {
        double e = Math.exp(d);
        ll += wi * (Math.log(1 + e) - rx * lnAt);
        w4 = e / (1 + e);
      }
      if (!wantG) {
        continue;
      }
      double w3 = 1 - w4;
      double invAt = 1 / at;
      double invAx = 1 / ax;
      double g3al = -rx * invAt;
      double g4al = -rx * invAx;
      double ib = invBx[x];
      gr -= wi * (w3 * lnAt + w4 * lnAx);
      gal += wi * (w3 * g3al + w4 * g4al);
      ga += wi * w4 * invA;
      gb -= wi * w4 * ib;
      if (wantH) {
        // w3 H3 + w4 H4 + w3 w4 (g3 − g4)(g3 − g4)^T, differences per coordinate (r, α, a, b)
        double ww = wi * w3 * w4;
        double v3 = wi * w3;
        double v4 = wi * w4;
        double dr = lnAx - lnAt;
        double dal = g3al - g4al;
        double da = -invA;
        hrr += ww * dr * dr;
        hral += -v3 * invAt - v4 * invAx + ww * dr * dal;
        halal += rx * (v3 * invAt * invAt + v4 * invAx * invAx) + ww * dal * dal;
        haa += -v4 * invA * invA + ww * da * da;
        hab += ww * da * ib;
        hbb += v4 * ib * ib + ww * ib * ib;
        hra += ww * dr * da;
        hrb += ww * dr * ib;
        hala += ww * dal * da;
        halb += ww * dal * ib;
      }
    }
    s[0] += ll;
    s[1] += gr;
    s[2] += gal;
    s[3] += ga;
    s[4] += gb;
    s[5] += hrr;
    s[6] += hral;
    s[7] += halal;
    s[8] += haa;
    s[9] += hab;
    s[10] += hbb;
    s[11] += hra;
    s[12] += hrb;
    s[13] += hala;
    s[14] += halb;
  }
}
