package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgBbLikelihood;
import io.crm4j.scoring.clv.internal.Special;
import io.crm4j.scoring.clv.internal.Variates;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.clv.spi.Kernels;
import io.crm4j.scoring.clv.spi.PeriodBlock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The BG/BB model for discrete-time non-contractual data (Fader, Hardie &amp; Shang 2010): while
 * alive, a customer transacts in each period with probability p ~ beta(α, β); at the start of
 * each later period an alive customer drops out with probability θ ~ beta(γ, δ). Immutable and
 * thread-safe.
 *
 * @param alpha first parameter of the transaction-probability distribution
 * @param beta second parameter of the transaction-probability distribution
 * @param gamma first parameter of the dropout-probability distribution
 * @param delta second parameter of the dropout-probability distribution
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgBbModel(double alpha, double beta, double gamma, double delta) implements ParametricModel {

  private static final String[] NAMES = {"alpha", "beta", "gamma", "delta"};

  /**
   * The most periods (observed, future or simulated) a call takes: the predictions sum one term
   * per period, and a calendar of a million periods is far beyond any BG/BB data (years, weeks).
   */
  public static final int MAX_PERIODS = 1_000_000;

  /** The most customer-periods one {@link #simulate} call draws (customers × periods). */
  public static final long MAX_SIMULATED_PERIODS = 1_000_000_000L;

  public BgBbModel {
    Validation.positive(alpha, "alpha");
    Validation.positive(beta, "beta");
    Validation.positive(gamma, "gamma");
    Validation.positive(delta, "delta");
  }

  /** Returns the model with the given parameters. */
  public static BgBbModel of(double alpha, double beta, double gamma, double delta) {
    return new BgBbModel(alpha, beta, gamma, delta);
  }

  /** Fits the model with the default options. */
  public static FitResult<BgBbModel> fit(BgBbSummary summary) {
    return fit(summary, FitOptions.ofDefaults());
  }

  /**
   * Fits the model by weighted maximum likelihood; {@link FitResult#customers()} is the rounded
   * total weight.
   *
   * @throws IllegalArgumentException when the data hold no transaction at all or fewer than 2 customers
   */
  public static FitResult<BgBbModel> fit(BgBbSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    double total = summary.totalWeight();
    if (total < 2) {
      throw new IllegalArgumentException("summary must hold at least 2 customers (total weight) to fit, but held " + total);
    }
    boolean anyTransaction = false;
    for (int f : summary.frequency) {
      anyTransaction |= f > 0;
    }
    if (!anyTransaction) {
      throw new IllegalArgumentException("summary must hold at least one row with frequency > 0 to fit, but held none");
    }
    PeriodBlock block = PeriodBlock.of(summary.frequency, summary.recency, summary.periods, summary.weights);
    return Fits.fit(Kernels.bgBb(), List.of(block), null, Kernels.bgBb().startingPoints(1), options,
        (int) Math.round(total), t -> new BgBbModel(t[0], t[1], t[2], t[3]));
  }

  @Override
  public String name() {
    return "bgbb";
  }

  @Override
  public Map<String, Double> parameters() {
    return Fits.named(NAMES, alpha, beta, gamma, delta);
  }

  /** The log-likelihood of one pattern (x, t_x, n). */
  public double logLikelihood(int frequency, int recency, int periods) {
    BgBbSummary.check(frequency, recency, periods);
    return BgBbLikelihood.rowLogLikelihood(alpha, beta, gamma, delta, frequency, recency, periods, null);
  }

  /** The weighted log-likelihood of a summary. */
  public double logLikelihood(BgBbSummary summary) {
    Objects.requireNonNull(summary, "summary");
    PeriodBlock block = PeriodBlock.of(summary.frequency, summary.recency, summary.periods, summary.weights);
    return Kernels.bgBb().evaluate(block, new double[] {alpha, beta, gamma, delta}, Derivatives.VALUE).logLikelihood();
  }

  /** Probability that a customer with pattern (x, t_x, n) is alive in period n + 1. */
  public double probabilityAlive(int frequency, int recency, int periods) {
    double ll = logLikelihood(frequency, recency, periods);
    double lnAlive = Special.lnBeta(alpha + frequency, beta + periods - frequency) - Special.lnBeta(alpha, beta)
        + Special.lnBeta(gamma, delta + periods + 1) - Special.lnBeta(gamma, delta);
    return Math.min(1.0, Math.exp(lnAlive - ll));
  }

  /**
   * Expected transactions in periods n+1 .. n+{@code futurePeriods} of a customer with pattern
   * (x, t_x, n): Σ_j B(α+x+1, β+n−x)/B(α,β) · B(γ, δ+n+j)/B(γ,δ) / L.
   *
   * @throws IllegalArgumentException if futurePeriods or periods is negative or above {@link #MAX_PERIODS}
   */
  public double conditionalExpectedPurchases(int futurePeriods, int frequency, int recency, int periods) {
    checkPeriods(futurePeriods, "futurePeriods");
    double ll = logLikelihood(frequency, recency, periods);
    double lnP = Special.lnBeta(alpha + frequency + 1, beta + periods - frequency) - Special.lnBeta(alpha, beta)
        - Special.lnBeta(gamma, delta) - ll;
    return retentionSum(periods, futurePeriods, lnP);
  }

  /**
   * Expected transactions of a new customer in the first {@code periods} opportunities.
   *
   * @throws IllegalArgumentException if periods is negative or above {@link #MAX_PERIODS}
   */
  public double expectedPurchases(int periods) {
    checkPeriods(periods, "periods");
    return alpha / (alpha + beta) * retentionSum(0, periods, -Special.lnBeta(gamma, delta));
  }

  /**
   * e^lnScale Σ_{j=1..count} B(γ, δ+n+j), each term from the one before by B(γ, d+1) = B(γ, d)·d/(γ+d)
   * (rounding grows by about one ulp a term: below 1e-10 relative at {@link #MAX_PERIODS} terms).
   */
  private double retentionSum(int n, int count, double lnScale) {
    double term = count == 0 ? 0 : Math.exp(lnScale + Special.lnBeta(gamma, delta + n + 1));
    double sum = 0;
    for (int j = 1; j <= count; j++) {
      sum += term;
      double d = delta + n + j;
      term *= d / (gamma + d);
    }
    return sum;
  }

  static int checkPeriods(int periods, String name) {
    Validation.nonNegative(periods, name);
    if (periods > MAX_PERIODS) {
      throw new IllegalArgumentException(name + " must be <= " + MAX_PERIODS + ", but was " + periods);
    }
    return periods;
  }

  /** Probability of exactly {@code x} transactions in the first {@code periods} opportunities (FHS 2010 eq. 8). */
  public double probabilityOfPurchases(int x, int periods) {
    Validation.nonNegative(x, "x");
    checkPeriods(periods, "periods");
    if (x > periods) {
      return 0.0;
    }
    double lnB1 = Special.lnBeta(alpha, beta);
    double lnB2 = Special.lnBeta(gamma, delta);
    double p = Math.exp(lnChoose(periods, x) + Special.lnBeta(alpha + x, beta + periods - x) - lnB1
        + Special.lnBeta(gamma, delta + periods) - lnB2);
    for (int i = x; i < periods; i++) {
      p += Math.exp(lnChoose(i, x) + Special.lnBeta(alpha + x, beta + i - x) - lnB1
          + Special.lnBeta(gamma + 1, delta + i) - lnB2);
    }
    return Math.min(1.0, p);
  }

  private static double lnChoose(int n, int k) {
    return Special.lnGamma(n + 1.0) - Special.lnGamma(k + 1.0) - Special.lnGamma(n - k + 1.0);
  }

  /**
   * Simulates {@code customers} customers over {@code periods} opportunities, one row of weight 1 each.
   *
   * @throws IllegalArgumentException if periods is above {@link #MAX_PERIODS} or customers × periods
   *     above {@link #MAX_SIMULATED_PERIODS}
   */
  public BgBbSummary simulate(int customers, int periods, long seed) {
    Validation.nonNegative(customers, "customers");
    checkPeriods(periods, "periods");
    if ((long) customers * periods > MAX_SIMULATED_PERIODS) {
      throw new IllegalArgumentException("customers × periods must be <= " + MAX_SIMULATED_PERIODS + ", but was "
          + customers + " × " + periods + " = " + (long) customers * periods);
    }
    Variates v = new Variates(seed);
    int[] f = new int[customers];
    int[] r = new int[customers];
    int[] n = new int[customers];
    double[] w = new double[customers];
    for (int i = 0; i < customers; i++) {
      double p = v.beta(alpha, beta);
      double theta = v.beta(gamma, delta);
      for (int t = 1; t <= periods; t++) {
        if (v.bernoulli(theta)) {
          break;
        }
        if (v.bernoulli(p)) {
          f[i]++;
          r[i] = t;
        }
      }
      n[i] = periods;
      w[i] = 1;
    }
    return BgBbSummary.of(f, r, n, w);
  }
}
