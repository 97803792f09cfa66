package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Log-likelihood of the BG/NBD model (Fader, Hardie &amp; Lee 2005, eq. 6) and of the MBG/NBD
 * model (Batislam, Denizel &amp; Filiztekin 2007), with analytic gradient and Hessian in
 * (r, α, a, b). Per customer, LL = A1 + A2 + ln(e^A3 + δ e^A4) with
 * A1 = ln Γ(r+x) − ln Γ(r) + r ln α, A2 = ln B(a, b+x+s) − ln B(a, b) (s = 0 for BG/NBD,
 * 1 for MBG/NBD), A3 = −(r+x) ln(α+T), A4 = ln a − ln(b+x+s−1) − (r+x) ln(α+t_x), and δ = 1 when
 * x &gt; 0 (BG/NBD) or always (MBG/NBD). A1 and A2 depend on x only and are summed once per
 * distinct x.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
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

  /** Customers per parallel chunk; groups smaller than two chunks are summed on the caller's thread. */
  private static final int CHUNK = 65_536;

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
    // x-only terms by recurrence from the base arguments r, b and a + b:
    // ln Γ(z+k+1) = ln Γ(z+k) + ln(z+k), ψ(z+k+1) = ψ(z+k) + 1/(z+k), ψ'(z+k+1) = ψ'(z+k) − 1/(z+k)²
    Recurrence rr = new Recurrence(r, wantG, wantH);
    Recurrence bb = new Recurrence(b, wantG, wantH);
    Recurrence ab = new Recurrence(a + b, wantG, wantH);
    double[] acc = new double[15];
    int[] xs = data.distinctX;
    for (int k = 0; k < xs.length; k++) {
      int x = xs[k];
      int from = data.groupStart[k];
      int to = data.groupStart[k + 1];
      double c = data.groupWeight[k];
      int xsft = x + shift;
      rr.advance(x);
      bb.advance(xsft);
      ab.advance(xsft);
      acc[0] += c * (rr.lnGamma + r * lnAlpha + bb.lnGamma - ab.lnGamma);
      if (wantG) {
        acc[1] += c * (rr.psi - rr.psi0 + lnAlpha);
        acc[2] += c * r / alpha;
        acc[3] += c * (ab.psi0 - ab.psi);
        acc[4] += c * (ab.psi0 + bb.psi - bb.psi0 - ab.psi);
        if (wantH) {
          acc[5] += c * (rr.tri - rr.tri0);
          acc[6] += c / alpha;
          acc[7] -= c * r / (alpha * alpha);
          acc[8] += c * (ab.tri0 - ab.tri);
          acc[9] += c * (ab.tri0 - ab.tri);
          acc[10] += c * (ab.tri0 + bb.tri - bb.tri0 - ab.tri);
        }
      }
      double[] part;
      if (to - from >= 2 * CHUNK) {
        int chunks = (to - from + CHUNK - 1) / CHUNK;
        part = java.util.stream.IntStream.range(0, chunks).parallel()
            .mapToObj(j -> rows(from + j * CHUNK, Math.min(to, from + (j + 1) * CHUNK), x, theta, wantG, wantH))
            .reduce(new double[15], BgNbdLikelihood::sum);
      } else {
        part = rows(from, to, x, theta, wantG, wantH);
      }
      for (int j = 0; j < 15; j++) {
        acc[j] += part[j];
      }
    }
    if (wantG) {
      for (int j = 0; j < 4; j++) {
        grad[j] = acc[1 + j];
      }
    }
    if (wantH) {
      hess[0][0] += acc[5];
      hess[0][1] += acc[6];
      hess[1][0] += acc[6];
      hess[1][1] += acc[7];
      hess[2][2] += acc[8];
      hess[2][3] += acc[9];
      hess[3][2] += acc[9];
      hess[3][3] += acc[10];
      hess[0][2] += acc[11];
      hess[2][0] += acc[11];
      hess[0][3] += acc[12];
      hess[3][0] += acc[12];
      hess[1][2] += acc[13];
      hess[2][1] += acc[13];
      hess[1][3] += acc[14];
      hess[3][1] += acc[14];
    }
    return acc[0];
  }

  private static double[] sum(double[] p, double[] q) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] + q[i];
    }
    return out;
  }

  /**
   * The per-customer part ln(e^A3 + δ e^A4) for rows [from, to) of frequency x, with gradient and
   * Hessian in slots 1-4 and 5-14 (rr, rα, αα, aa, ab, bb, ra, rb, αa, αb).
   */
  private double[] rows(int from, int to, int x, double[] theta, boolean wantG, boolean wantH) {
    double r = theta[0];
    double alpha = theta[1];
    double a = theta[2];
    double b = theta[3];
    double[] tx = data.recency;
    double[] age = data.age;
    double[] weight = data.weight;
    double rx = r + x;
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
    if (x == 0 && !modified) {
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
    } else {
      double bx = b + x + (modified ? 1 : 0) - 1;
      double lnRatio = Math.log(a) - Math.log(bx);
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
          // w3 H3 + w4 H4 + w3 w4 (g3 - g4)(g3 - g4)^T, differences per coordinate (r, alpha, a, b)
          double ww = wi * w3 * w4;
          double v3 = wi * w3;
          double v4 = wi * w4;
          double dr = lnAx - lnAt;
          double dal = g3al - g4al;
          double da = -1 / a;
          double db = 1 / bx;
          hrr += ww * dr * dr;
          hral += -v3 / at - v4 / ax + ww * dr * dal;
          halal += v3 * rx / (at * at) + v4 * rx / (ax * ax) + ww * dal * dal;
          haa += -v4 / (a * a) + ww * da * da;
          hab += ww * da * db;
          hbb += v4 / (bx * bx) + ww * db * db;
          hra += ww * dr * da;
          hrb += ww * dr * db;
          hala += ww * dal * da;
          halb += ww * dal * db;
        }
      }
    }
    return new double[] {ll, gr, gal, ga, gb, hrr, hral, halal, haa, hab, hbb, hra, hrb, hala, halb};
  }

  /** ln Γ(z+k) − ln Γ(z), ψ(z+k) and ψ'(z+k) for increasing k, from one call each at k = 0. */
  private static final class Recurrence {
    final double z;
    final double psi0;
    final double tri0;
    double lnGamma;
    double psi;
    double tri;
    int k;

    Recurrence(double z, boolean withPsi, boolean withTri) {
      this.z = z;
      this.psi0 = withPsi ? Special.digamma(z) : 0;
      this.tri0 = withTri ? Special.trigamma(z) : 0;
      this.psi = psi0;
      this.tri = tri0;
    }

    void advance(int to) {
      while (k < to) {
        double v = z + k;
        lnGamma += Math.log(v);
        psi += 1 / v;
        tri -= 1 / (v * v);
        k++;
      }
    }
  }
}
