package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;

/**
 * Weighted log-likelihood of the BG/BB model (Fader, Hardie &amp; Shang 2010, eq. 5) with its
 * analytic gradient in (α, β, γ, δ):
 * L = B(α+x, β+n−x)/B(α,β) · B(γ, δ+n)/B(γ,δ)
 *   + Σ_{i=0}^{n−t_x−1} B(α+x, β+t_x−x+i)/B(α,β) · B(γ+1, δ+t_x+i)/B(γ,δ).
 */
public final class BgBbLikelihood implements Objective {

  private final int[] x;
  private final int[] tx;
  private final int[] n;
  private final double[] w;
  private final double total;
  private final int maxPeriods;

  /** Rows with equal (x, t_x, n) are merged (weights summed) so that simulated data fit fast. */
  public BgBbLikelihood(int[] x, int[] tx, int[] n, double[] w) {
    java.util.Map<java.util.List<Integer>, Integer> index = new java.util.LinkedHashMap<>();
    int[] mx = new int[x.length];
    int[] mt = new int[x.length];
    int[] mn = new int[x.length];
    double[] mw = new double[x.length];
    int k = 0;
    double t = 0;
    for (int i = 0; i < x.length; i++) {
      java.util.List<Integer> key = java.util.List.of(x[i], tx[i], n[i]);
      Integer at = index.get(key);
      if (at == null) {
        at = k++;
        index.put(key, at);
        mx[at] = x[i];
        mt[at] = tx[i];
        mn[at] = n[i];
      }
      mw[at] += w[i];
      t += w[i];
    }
    this.x = java.util.Arrays.copyOf(mx, k);
    this.tx = java.util.Arrays.copyOf(mt, k);
    this.n = java.util.Arrays.copyOf(mn, k);
    this.w = java.util.Arrays.copyOf(mw, k);
    this.total = t;
    int max = 0;
    for (int p : this.n) {
      max = Math.max(max, p);
    }
    this.maxPeriods = max;
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public double observations() {
    return total;
  }

  /**
   * ln Γ and ψ of (α+k), (β+k), (α+β+k), (γ+k), (δ+k), (γ+δ+k) for k = 0..size-1, built by the
   * recurrences Γ(z+1) = zΓ(z) and ψ(z+1) = ψ(z) + 1/z from one special-function call each, so
   * that the Beta functions of a row cost table look-ups only.
   */
  private static final class Tables {
    final double[][] lg = new double[6][];
    final double[][] psi = new double[6][];

    Tables(double al, double be, double ga, double de, int size, boolean withPsi) {
      double[] base = {al, be, al + be, ga, de, ga + de};
      for (int j = 0; j < 6; j++) {
        double[] l = new double[size];
        l[0] = Special.lnGamma(base[j]);
        for (int k = 1; k < size; k++) {
          l[k] = l[k - 1] + Math.log(base[j] + k - 1);
        }
        lg[j] = l;
        if (withPsi) {
          double[] p = new double[size];
          p[0] = Special.digamma(base[j]);
          for (int k = 1; k < size; k++) {
            p[k] = p[k - 1] + 1 / (base[j] + k - 1);
          }
          psi[j] = p;
        }
      }
    }
  }

  /** ln L of one pattern; fills {@code g} with its gradient when not null. */
  public static double rowLogLikelihood(double al, double be, double ga, double de, int x, int tx, int n,
      double @Nullable [] g) {
    return row(new Tables(al, be, ga, de, n + 2, g != null), x, tx, n, g);
  }

  private static double row(Tables t, int x, int tx, int n, double @Nullable [] g) {
    double[] lgA = t.lg[0];
    double[] lgB = t.lg[1];
    double[] lgAb = t.lg[2];
    double[] lgG = t.lg[3];
    double[] lgD = t.lg[4];
    double[] lgGd = t.lg[5];
    double lnB1 = lgA[0] + lgB[0] - lgAb[0];
    double lnB2 = lgG[0] + lgD[0] - lgGd[0];
    int terms = n - tx + 1;
    double max = Double.NEGATIVE_INFINITY;
    double[] l = new double[terms];
    for (int j = 0; j < terms; j++) {
      int y = j == 0 ? n - x : tx - x + j - 1;
      int e = j == 0 ? 0 : 1;
      int k = j == 0 ? n : tx + j - 1;
      l[j] = lgA[x] + lgB[y] - lgAb[x + y] - lnB1 + lgG[e] + lgD[k] - lgGd[e + k] - lnB2;
      max = Math.max(max, l[j]);
    }
    double sum = 0;
    for (int j = 0; j < terms; j++) {
      l[j] = Math.exp(l[j] - max);
      sum += l[j];
    }
    if (g != null) {
      double[] pA = t.psi[0];
      double[] pB = t.psi[1];
      double[] pAb = t.psi[2];
      double[] pG = t.psi[3];
      double[] pD = t.psi[4];
      double[] pGd = t.psi[5];
      java.util.Arrays.fill(g, 0);
      for (int j = 0; j < terms; j++) {
        int y = j == 0 ? n - x : tx - x + j - 1;
        int e = j == 0 ? 0 : 1;
        int k = j == 0 ? n : tx + j - 1;
        double wj = l[j] / sum;
        double s1 = pAb[x + y];
        double s2 = pGd[e + k];
        g[0] += wj * (pA[x] - s1 - pA[0] + pAb[0]);
        g[1] += wj * (pB[y] - s1 - pB[0] + pAb[0]);
        g[2] += wj * (pG[e] - s2 - pG[0] + pGd[0]);
        g[3] += wj * (pD[k] - s2 - pD[0] + pGd[0]);
      }
    }
    return max + Math.log(sum);
  }

  @Override
  public double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess) {
    Tables t = new Tables(theta[0], theta[1], theta[2], theta[3], maxPeriods + 2, grad != null);
    double ll = 0;
    double[] g = grad != null ? new double[4] : null;
    if (grad != null) {
      java.util.Arrays.fill(grad, 0);
    }
    for (int i = 0; i < x.length; i++) {
      ll += w[i] * row(t, x[i], tx[i], n[i], g);
      if (grad != null) {
        for (int j = 0; j < 4; j++) {
          grad[j] += w[i] * g[j];
        }
      }
    }
    return ll;
  }
}
