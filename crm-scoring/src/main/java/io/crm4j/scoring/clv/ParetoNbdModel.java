package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgNbdFormulas;
import io.crm4j.scoring.clv.internal.GaussLegendre;
import io.crm4j.scoring.clv.internal.ParetoNbdLikelihood;
import io.crm4j.scoring.clv.internal.Special;
import io.crm4j.scoring.clv.internal.Variates;
import io.crm4j.scoring.clv.spi.Kernels;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): purchases follow a Poisson
 * process with a gamma(r, α) distributed rate while the customer is alive; lifetimes are
 * exponential with a gamma(s, β) distributed dropout rate. The likelihood uses the Gaussian
 * hypergeometric form of Fader, Hardie &amp; Lee (2005), evaluated with positive-term series only.
 * Immutable and thread-safe.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha rate of the purchase-rate distribution
 * @param s shape of the dropout-rate distribution
 * @param beta rate of the dropout-rate distribution
 * @param unit the time unit of α, β and of every time the model reads or returns: the unit of the
 *     summary it was fitted on; a summary in another unit is rejected (see {@link ClvSummary#inUnit})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ParetoNbdModel(double r, double alpha, double s, double beta, ClvTimeUnit unit)
    implements PurchaseModel {

  private static final String[] NAMES = {"r", "alpha", "s", "beta"};

  public ParetoNbdModel {
    Validation.positive(r, "r");
    Validation.positive(alpha, "alpha");
    Validation.positive(s, "s");
    Validation.positive(beta, "beta");
    Objects.requireNonNull(unit, "unit");
  }

  /** Returns the model with the given parameters, in weeks (the unit of the published CDNOW parameters). */
  public static ParetoNbdModel of(double r, double alpha, double s, double beta) {
    return new ParetoNbdModel(r, alpha, s, beta, ClvTimeUnit.WEEKS);
  }

  /** Returns the model with the given parameters, α and β in {@code unit}. */
  public static ParetoNbdModel of(double r, double alpha, double s, double beta, ClvTimeUnit unit) {
    return new ParetoNbdModel(r, alpha, s, beta, unit);
  }

  /**
   * The same model with its times in {@code target}: the purchase and dropout rates are gamma(r, α) and
   * gamma(s, β) per unit of time, so α and β convert like times ({@link ClvTimeUnit#convert}); r and s stay.
   */
  public ParetoNbdModel inUnit(ClvTimeUnit target) {
    return new ParetoNbdModel(r, unit.convert(alpha, target), s, unit.convert(beta, target), target);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<ParetoNbdModel> fit(ClvSummary summary) {
    return fit(summary, FitOptions.ofDefaults());
  }

  /**
   * Fits the model by maximum likelihood (Hessian from forward differences of the analytic gradient, one data pass per Newton step).
   *
   * @throws IllegalArgumentException when the summary has fewer than 2 customers or no repeat customer, or a
   *     frequency above {@link io.crm4j.scoring.clv.spi.SummaryBlock#MAX_FREQUENCY}
   */
  public static FitResult<ParetoNbdModel> fit(ClvSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    Fits.requireFittable(summary);
    return Fits.fitSummary(Kernels.paretoNbd(), summary, options, t -> new ParetoNbdModel(t[0], t[1], t[2], t[3], summary.unit()));
  }

  @Override
  public String name() {
    return "pareto-nbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return Fits.named(NAMES, r, alpha, s, beta);
  }

  /** (1 - (base/(base+t))^(s-1)) / (s-1), continuous at s = 1 (where it is ln((base+t)/base)). */
  private double survivalIntegral(double base, double t) {
    double l = Math.log1p(t / base);
    if (Math.abs(s - 1) < 1e-12) {
      return l;
    }
    return -Math.expm1(-(s - 1) * l) / (s - 1);
  }

  @Override
  public double expectedPurchases(double t) {
    Validation.nonNegative(t, "t");
    return r / alpha * beta * survivalIntegral(beta, t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int frequency, double recency, double age) {
    Validation.nonNegative(t, "t");
    Validation.checkHistory(frequency, recency, age);
    return (r + frequency) / (alpha + age) * (beta + age) * survivalIntegral(beta + age, t)
        * alive(frequency, recency, age);
  }

  @Override
  public double probabilityAlive(int frequency, double recency, double age) {
    Validation.checkHistory(frequency, recency, age);
    return alive(frequency, recency, age);
  }

  private double alive(int x, double tx, double age) {
    double lnA0 = ParetoNbdLikelihood.logA0(r, alpha, s, beta, x, tx, age);
    if (lnA0 == Double.NEGATIVE_INFINITY) {
      return 1.0;
    }
    double lnOdds = Math.log(s) - Math.log(r + s + x) + (r + x) * Math.log(alpha + age) + s * Math.log(beta + age) + lnA0;
    return lnOdds > 0 ? Math.exp(-lnOdds) / (1 + Math.exp(-lnOdds)) : 1 / (1 + Math.exp(lnOdds));
  }

  /**
   * P(X(t) = n) for a new customer: NBD(n; t) (β/(β+t))^s plus the integral over the dropout time
   * τ in (0, t] of NBD(n; τ) s β^s (β+τ)^-(s+1), evaluated by Gauss-Legendre quadrature in
   * ln(β+τ).
   */
  @Override
  public double probabilityOfPurchases(int n, double t) {
    Validation.nonNegative(n, "n");
    Validation.nonNegative(t, "t");
    if (t == 0) {
      return n == 0 ? 1.0 : 0.0;
    }
    double lnCoef = Special.lnGamma(r + n) - Special.lnGamma(r) - Special.lnGamma(n + 1.0);
    double lnBeta = Math.log(beta);
    double stay = Math.exp(nbd(lnCoef, n, t) + s * (lnBeta - Math.log(beta + t)));
    double drop = GaussLegendre.integrate(u -> {
      double tau = Math.exp(u) - beta;
      if (tau <= 0) {
        return n == 0 ? s * Math.exp(s * (lnBeta - u)) : 0.0;
      }
      return s * Math.exp(nbd(lnCoef, n, tau) + s * (lnBeta - u));
    }, lnBeta, Math.log(beta + t), 16);
    return Math.min(1.0, Math.max(0.0, stay + drop));
  }

  private double nbd(double lnCoef, int n, double tau) {
    double lnP = r * Math.log(alpha / (alpha + tau));
    if (n > 0) {
      lnP += n * Math.log(tau / (alpha + tau));
    }
    return lnCoef + lnP;
  }

  @Override
  public double logLikelihood(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    summary.requireUnit(unit);
    return Fits.logLikelihood(Kernels.paretoNbd(), summary, r, alpha, s, beta);
  }

  @Override
  public ClvSummary simulate(int customers, double age, long seed) {
    Validation.positive(age, "age");
    double[] ages = new double[Validation.nonNegative(customers, "customers")];
    Arrays.fill(ages, age);
    return simulate(ages, seed);
  }

  /**
   * Simulates one customer per entry of {@code ages}: gamma rates, an exponential lifetime, Poisson purchases.
   *
   * @throws IllegalArgumentException if the customers would make more than {@link #MAX_SIMULATED_PURCHASES}
   *     purchases in all
   */
  public ClvSummary simulate(double[] ages, long seed) {
    Objects.requireNonNull(ages, "ages");
    for (int i = 0; i < ages.length; i++) {
      Validation.positive(ages[i], "ages[" + i + "]");
    }
    Variates v = new Variates(seed);
    int[] freq = new int[ages.length];
    double[] rec = new double[ages.length];
    long drawn = 0;
    for (int i = 0; i < ages.length; i++) {
      double lambda = v.gamma(r, alpha);
      double mu = v.gamma(s, beta);
      double end = Math.min(ages[i], v.exponential(mu));
      double time = v.exponential(lambda);
      while (time <= end) {
        if (++drawn > MAX_SIMULATED_PURCHASES) {
          throw BgNbdFormulas.tooManyPurchases(MAX_SIMULATED_PURCHASES, i, r, alpha);
        }
        freq[i]++;
        rec[i] = time;
        time += v.exponential(lambda);
      }
    }
    return ClvSummary.of(freq, rec, ages.clone(), unit);
  }
}
