package io.crm4j.scoring.retention.internal;

import io.crm4j.scoring.clv.internal.Special;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.PartialSums;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The beta-discrete-Weibull log-likelihood (Fader, Hardie, Liu, Davin &amp; Steenburgh 2018) over
 * duration counts, with its analytic gradient and Hessian in (α, β, c). With y = t^c,
 * ln S(t) = ln B(α, β + y) − ln B(α, β); a churn in period t contributes
 * ln(S(t−1) − S(t)) = ln S(t−1) + ln(1 − e^Δ), Δ = ln S(t) − ln S(t−1), and an active customer
 * after t periods ln S(t). c = 1 is the sBG model.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum BdwKernel implements LikelihoodKernel<DurationCounts> {
  INSTANCE;

  private static final List<String> NAMES = List.of("alpha", "beta", "c");

  @Override
  public String model() {
    return "bdw";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /** (1, 1, 1), (0.5, 2, 0.8) and (2, 5, 1.2); {@code meanAge} is ignored. */
  @Override
  public List<double[]> startingPoints(double meanAge) {
    List<double[]> starts = new ArrayList<>();
    starts.add(new double[] {1, 1, 1});
    starts.add(new double[] {0.5, 2, 0.8});
    starts.add(new double[] {2, 5, 1.2});
    return starts;
  }

  @Override
  public PartialSums evaluate(DurationCounts block, double[] theta, Derivatives derivatives) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(derivatives, "derivatives");
    Kernels.checkTheta(theta, 3);
    LogSurvival at = new LogSurvival(theta[0], theta[1], theta[2]);
    LogSurvival before = new LogSurvival(theta[0], theta[1], theta[2]);
    double ll = 0;
    double[] g = new double[3];
    double[] h = new double[9];
    for (int i = 0; i < block.size(); i++) {
      int t = block.time(i);
      double wc = block.churned(i);
      double ws = block.censored(i);
      at.evaluate(t);
      if (ws > 0) {
        ll += ws * at.value;
        for (int k = 0; k < 9; k++) {
          h[k] += ws * at.hessian[k];
        }
        for (int k = 0; k < 3; k++) {
          g[k] += ws * at.gradient[k];
        }
      }
      if (wc > 0) {
        before.evaluate(t - 1);
        double delta = at.value - before.value;
        double q = Math.exp(delta);
        double oneMinusQ = -Math.expm1(delta);
        double f = -q / oneMinusQ;
        double f2 = -q / (oneMinusQ * oneMinusQ);
        ll += wc * (before.value + Math.log(oneMinusQ));
        for (int j = 0; j < 3; j++) {
          double dj = at.gradient[j] - before.gradient[j];
          g[j] += wc * (before.gradient[j] + f * dj);
          for (int k = 0; k < 3; k++) {
            double dk = at.gradient[k] - before.gradient[k];
            int jk = 3 * j + k;
            h[jk] += wc * (before.hessian[jk] + f * (at.hessian[jk] - before.hessian[jk]) + f2 * dj * dk);
          }
        }
      }
    }
    return Kernels.sums(3, derivatives, block.totalWeight(), ll, g, h);
  }

  /** ln S(t) with its gradient and Hessian (row-major) in (α, β, c), at one t at a time. */
  static final class LogSurvival {
    private final double a;
    private final double b;
    private final double c;
    private final double psiS;
    private final double psiB;
    private final double triS;
    private final double triB;
    double value;
    final double[] gradient = new double[3];
    final double[] hessian = new double[9];

    LogSurvival(double a, double b, double c) {
      this.a = a;
      this.b = b;
      this.c = c;
      this.psiS = Special.digamma(a + b);
      this.psiB = Special.digamma(b);
      this.triS = Special.trigamma(a + b);
      this.triB = Special.trigamma(b);
    }

    void evaluate(int t) {
      if (t == 0) {
        value = 0;
        java.util.Arrays.fill(gradient, 0);
        java.util.Arrays.fill(hessian, 0);
        return;
      }
      double lnT = Math.log(t);
      double y = Math.exp(c * lnT);
      double y1 = y * lnT;
      double y2 = y1 * lnT;
      double psiSy = Special.digamma(a + b + y);
      double triSy = Special.trigamma(a + b + y);
      double d1 = Special.digamma(b + y) - psiSy;
      double d2 = Special.trigamma(b + y) - triSy;
      value = Lifetimes.logSurvival(a, b, y);
      gradient[0] = psiS - psiSy;
      gradient[1] = d1 + psiS - psiB;
      gradient[2] = d1 * y1;
      double aa = triS - triSy;
      hessian[0] = aa;
      hessian[1] = aa;
      hessian[2] = -triSy * y1;
      hessian[4] = d2 + triS - triB;
      hessian[5] = d2 * y1;
      hessian[8] = d2 * y1 * y1 + d1 * y2;
      hessian[3] = hessian[1];
      hessian[6] = hessian[2];
      hessian[7] = hessian[5];
    }
  }
}
