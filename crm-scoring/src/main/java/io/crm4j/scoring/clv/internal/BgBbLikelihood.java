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
  }

  @Override
  public int dimension() {
    return 4;
  }

  @Override
  public double observations() {
    return total;
  }

  /** ln L of one pattern; fills {@code g} with its gradient when not null. */
  public static double rowLogLikelihood(double al, double be, double ga, double de, int x, int tx, int n,
      double @Nullable [] g) {
    double lnB1 = Special.lnBeta(al, be);
    double lnB2 = Special.lnBeta(ga, de);
    int terms = n - tx + 1;
    double[] l = new double[terms];
    int[] y = new int[terms];
    int[] e = new int[terms];
    int[] k = new int[terms];
    y[0] = n - x;
    e[0] = 0;
    k[0] = n;
    for (int i = 0; i < terms - 1; i++) {
      y[i + 1] = tx - x + i;
      e[i + 1] = 1;
      k[i + 1] = tx + i;
    }
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < terms; j++) {
      l[j] = Special.lnBeta(al + x, be + y[j]) - lnB1 + Special.lnBeta(ga + e[j], de + k[j]) - lnB2;
      max = Math.max(max, l[j]);
    }
    double sum = 0;
    for (int j = 0; j < terms; j++) {
      l[j] = Math.exp(l[j] - max);
      sum += l[j];
    }
    if (g != null) {
      double psiAb = Special.digamma(al + be);
      double psiA = Special.digamma(al);
      double psiB = Special.digamma(be);
      double psiGd = Special.digamma(ga + de);
      double psiG = Special.digamma(ga);
      double psiD = Special.digamma(de);
      double psiAx = Special.digamma(al + x);
      double psiG1 = Special.digamma(ga + 1);
      java.util.Arrays.fill(g, 0);
      for (int j = 0; j < terms; j++) {
        double wj = l[j] / sum;
        double s1 = Special.digamma(al + be + x + y[j]);
        double s2 = Special.digamma(ga + de + e[j] + k[j]);
        g[0] += wj * (psiAx - s1 - psiA + psiAb);
        g[1] += wj * (Special.digamma(be + y[j]) - s1 - psiB + psiAb);
        g[2] += wj * ((e[j] == 1 ? psiG1 : psiG) - s2 - psiG + psiGd);
        g[3] += wj * (Special.digamma(de + k[j]) - s2 - psiD + psiGd);
      }
    }
    return max + Math.log(sum);
  }

  @Override
  public double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess) {
    double ll = 0;
    double[] g = grad != null ? new double[4] : null;
    if (grad != null) {
      java.util.Arrays.fill(grad, 0);
    }
    for (int i = 0; i < x.length; i++) {
      ll += w[i] * rowLogLikelihood(theta[0], theta[1], theta[2], theta[3], x[i], tx[i], n[i], g);
      if (grad != null) {
        for (int j = 0; j < 4; j++) {
          grad[j] += w[i] * g[j];
        }
      }
    }
    return ll;
  }
}
