package io.crm4j.scoring.clv.internal;

import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;

/**
 * Log-likelihood of the Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, "RFM and CLV";
 * Fader &amp; Hardie 2013, note 025) with analytic gradient and Hessian in (p, q, γ). For a customer
 * with x repeat transactions of mean value m:
 * LL = ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln m + px ln x − (px+q) ln(γ+xm).
 * Terms in x alone are summed once per distinct x.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class GammaGammaLikelihood implements Objective {

  private final int[] distinctX;
  private final int[] groupStart;
  private final double[] spend;
  private final double[] weight;
  private final double[] groupWeight;
  private final double[] sumLnSpend;
  private final double customers;

  /** Frequencies (all &gt; 0), mean spends (all &gt; 0) and weights of the rows. */
  public GammaGammaLikelihood(int[] frequency, double[] monetary, double[] weights) {
    PurchaseData grouped = PurchaseData.of(frequency, monetary, monetary, weights);
    this.distinctX = grouped.distinctX;
    this.groupStart = grouped.groupStart;
    this.spend = grouped.recency;
    this.weight = grouped.weight;
    this.groupWeight = grouped.groupWeight;
    this.customers = grouped.customers;
    this.sumLnSpend = new double[distinctX.length];
    for (int k = 0; k < distinctX.length; k++) {
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        sumLnSpend[k] += weight[i] * Math.log(spend[i]);
      }
    }
  }

  @Override
  public int dimension() {
    return 3;
  }

  @Override
  public double observations() {
    return customers;
  }

  @Override
  public boolean hasHessian() {
    return true;
  }

  @Override
  public double value(double[] theta, double @Nullable [] grad, double @Nullable [][] hess) {
    double p = theta[0];
    double q = theta[1];
    double g = theta[2];
    double lnG = Math.log(g);
    double lgQ = Special.lnGamma(q);
    double psiQ = grad != null ? Special.digamma(q) : 0;
    double triQ = hess != null ? Special.trigamma(q) : 0;
    double ll = 0;
    double gp = 0;
    double gq = 0;
    double gg = 0;
    double hpp = 0;
    double hpq = 0;
    double hpg = 0;
    double hqq = 0;
    double hqg = 0;
    double hgg = 0;
    for (int k = 0; k < distinctX.length; k++) {
      int x = distinctX[k];
      int from = groupStart[k];
      int to = groupStart[k + 1];
      double c = groupWeight[k];
      double px = p * x;
      double lnX = Math.log(x);
      double sumLn = 0;
      double sumInv = 0;
      double sumInv2 = 0;
      for (int i = from; i < to; i++) {
        double d = g + x * spend[i];
        double wi = weight[i];
        sumLn += wi * Math.log(d);
        if (grad != null) {
          double inv = 1 / d;
          sumInv += wi * inv;
          sumInv2 += wi * inv * inv;
        }
      }
      ll += c * (Special.lnGamma(px + q) - Special.lnGamma(px) - lgQ + q * lnG + px * lnX)
          + (px - 1) * sumLnSpend[k] - (px + q) * sumLn;
      if (grad != null) {
        double psiPxq = Special.digamma(px + q);
        gp += c * (x * psiPxq - x * Special.digamma(px) + x * lnX) + x * sumLnSpend[k] - x * sumLn;
        gq += c * (psiPxq - psiQ + lnG) - sumLn;
        gg += c * q / g - (px + q) * sumInv;
        if (hess != null) {
          double triPxq = Special.trigamma(px + q);
          hpp += c * x * x * (triPxq - Special.trigamma(px));
          hpq += c * x * triPxq;
          hpg -= x * sumInv;
          hqq += c * (triPxq - triQ);
          hqg += c / g - sumInv;
          hgg += -c * q / (g * g) + (px + q) * sumInv2;
        }
      }
    }
    if (grad != null) {
      grad[0] = gp;
      grad[1] = gq;
      grad[2] = gg;
    }
    if (hess != null) {
      hess[0][0] = hpp;
      hess[0][1] = hpq;
      hess[1][0] = hpq;
      hess[0][2] = hpg;
      hess[2][0] = hpg;
      hess[1][1] = hqq;
      hess[1][2] = hqg;
      hess[2][1] = hqg;
      hess[2][2] = hgg;
    }
    return ll;
  }
}
