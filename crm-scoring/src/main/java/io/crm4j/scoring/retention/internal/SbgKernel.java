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
 * The shifted-beta-geometric log-likelihood (Fader &amp; Hardie 2007) over duration counts, with
 * its analytic gradient and Hessian in (α, β). With S(t) = Π_{j&lt;t} (β+j)/(α+β+j), a customer
 * who churned in period t contributes ln P(T = t) = ln α − ln(α+β+t−1) + ln S(t−1) and an active
 * one after t periods ln S(t). The products are accumulated along the ascending durations, term by
 * term across short gaps and by differences of ln Γ, ψ and ψ' across long ones, so a pass costs
 * O(distinct durations + the longest short gap).
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public enum SbgKernel implements LikelihoodKernel<DurationCounts> {
  INSTANCE;

  private static final List<String> NAMES = List.of("alpha", "beta");
  /** Gaps longer than this are bridged by special functions instead of term by term. */
  private static final int LOOP_GAP = 48;

  @Override
  public String model() {
    return "sbg";
  }

  @Override
  public List<String> parameterNames() {
    return NAMES;
  }

  /** (1, 1), (0.5, 2) and (2, 5); {@code meanAge} is ignored (periods have no time scale). */
  @Override
  public List<double[]> startingPoints(double meanAge) {
    List<double[]> starts = new ArrayList<>();
    starts.add(new double[] {1, 1});
    starts.add(new double[] {0.5, 2});
    starts.add(new double[] {2, 5});
    return starts;
  }

  @Override
  public PartialSums evaluate(DurationCounts block, double[] theta, Derivatives derivatives) {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(derivatives, "derivatives");
    Kernels.checkTheta(theta, 2);
    double a = theta[0];
    double b = theta[1];
    double s = a + b;
    Running run = new Running(a, b);
    double ll = 0;
    double ga = 0;
    double gb = 0;
    double haa = 0;
    double hab = 0;
    double hbb = 0;
    double lnA = Math.log(a);
    for (int i = 0; i < block.size(); i++) {
      int t = block.time(i);
      double wc = block.churned(i);
      double ws = block.censored(i);
      if (wc > 0) {
        run.advanceTo(t - 1);
        double inv = 1 / (s + (t - 1));
        ll += wc * (lnA - Math.log(s + (t - 1)) + run.lnS);
        ga += wc * (1 / a - inv + run.da);
        gb += wc * (-inv + run.db);
        haa += wc * (-1 / (a * a) + inv * inv + run.daa);
        hab += wc * (inv * inv + run.daa);
        hbb += wc * (inv * inv + run.dbb);
      }
      if (ws > 0) {
        run.advanceTo(t);
        ll += ws * run.lnS;
        ga += ws * run.da;
        gb += ws * run.db;
        haa += ws * run.daa;
        hab += ws * run.daa;
        hbb += ws * run.dbb;
      }
    }
    return Kernels.sums(2, derivatives, block.totalWeight(), ll, new double[] {ga, gb},
        new double[] {haa, hab, hab, hbb});
  }

  /**
   * ln S(t) and its derivatives, advanced along t: ln S = Σ ln(β+j) − ln(α+β+j), ∂α = −Σ 1/(α+β+j),
   * ∂β = Σ 1/(β+j) − 1/(α+β+j), ∂αα = ∂αβ = Σ 1/(α+β+j)², ∂ββ = Σ 1/(α+β+j)² − 1/(β+j)².
   */
  private static final class Running {
    private final double b;
    private final double s;
    int t;
    double lnS;
    double da;
    double db;
    double daa;
    double dbb;

    Running(double a, double b) {
      this.b = b;
      this.s = a + b;
    }

    void advanceTo(int target) {
      if (target <= t) {
        return;
      }
      if (target - t <= LOOP_GAP) {
        for (int j = t; j < target; j++) {
          double ib = 1 / (b + j);
          double is = 1 / (s + j);
          lnS += Math.log((b + j) / (s + j));
          da -= is;
          db += ib - is;
          daa += is * is;
          dbb += is * is - ib * ib;
        }
      } else {
        lnS += Lifetimes.logGammaRatio(b + t, s - b) - Lifetimes.logGammaRatio(b + target, s - b);
        double psiS = Special.digamma(s + target) - Special.digamma(s + t);
        double psiB = Special.digamma(b + target) - Special.digamma(b + t);
        double triS = Special.trigamma(s + t) - Special.trigamma(s + target);
        double triB = Special.trigamma(b + t) - Special.trigamma(b + target);
        da -= psiS;
        db += psiB - psiS;
        daa += triS;
        dbb += triS - triB;
      }
      t = target;
    }
  }
}
