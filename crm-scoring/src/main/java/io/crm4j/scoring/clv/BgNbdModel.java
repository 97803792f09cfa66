package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgNbdFormulas;
import io.crm4j.scoring.clv.spi.Kernels;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way"). Purchases follow a Poisson process with a
 * gamma(r, α) distributed rate; after each repeat purchase the customer drops out with a probability p that is beta(a, b) distributed across customers.
 * Immutable and thread-safe.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha rate (scale parameter) of the purchase-rate distribution, in the summary's time unit
 * @param a first parameter of the beta distribution of the dropout probability
 * @param b second parameter of the beta distribution of the dropout probability
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

  private static final String[] NAMES = {"r", "alpha", "a", "b"};

  public BgNbdModel {
    Validation.positive(r, "r");
    Validation.positive(alpha, "alpha");
    Validation.positive(a, "a");
    Validation.positive(b, "b");
  }

  /** Returns the model with the given parameters. */
  public static BgNbdModel of(double r, double alpha, double a, double b) {
    return new BgNbdModel(r, alpha, a, b);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<BgNbdModel> fit(ClvSummary summary) {
    return fit(summary, FitOptions.ofDefaults());
  }

  /**
   * Fits the model by maximum likelihood.
   *
   * @throws IllegalArgumentException when the summary has fewer than 2 customers or no repeat customer, or a
   *     frequency above {@link io.crm4j.scoring.clv.spi.SummaryBlock#MAX_FREQUENCY}
   */
  public static FitResult<BgNbdModel> fit(ClvSummary summary, FitOptions options) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    Fits.requireFittable(summary);
    return Fits.fitSummary(Kernels.bgNbd(), summary, options, t -> new BgNbdModel(t[0], t[1], t[2], t[3]));
  }

  BgNbdFormulas formulas() {
    return new BgNbdFormulas(r, alpha, a, b, false);
  }

  @Override
  public String name() {
    return "bgnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return Fits.named(NAMES, r, alpha, a, b);
  }

  @Override
  public double expectedPurchases(double t) {
    Validation.nonNegative(t, "t");
    return formulas().expected(t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int frequency, double recency, double age) {
    Validation.nonNegative(t, "t");
    Validation.checkHistory(frequency, recency, age);
    return formulas().conditionalExpected(t, frequency, recency, age);
  }

  @Override
  public double probabilityAlive(int frequency, double recency, double age) {
    Validation.checkHistory(frequency, recency, age);
    return formulas().probabilityAlive(frequency, recency, age);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    Validation.nonNegative(n, "n");
    Validation.nonNegative(t, "t");
    return formulas().probabilityOf(n, t);
  }

  @Override
  public double[] conditionalExpectedPurchases(double t, ClvSummary summary) {
    Validation.nonNegative(t, "t");
    return conditionalExpectedPurchases(new double[] {t}, summary)[0];
  }

  @Override
  public double[][] conditionalExpectedPurchases(double[] horizons, ClvSummary summary) {
    Objects.requireNonNull(horizons, "horizons");
    Objects.requireNonNull(summary, "summary");
    for (int h = 0; h < horizons.length; h++) {
      Validation.nonNegative(horizons[h], "horizons[" + h + "]");
    }
    double[][] out = new double[horizons.length][summary.size()];
    formulas().bulk(horizons.clone(), summary.frequency, summary.recency, summary.age, out);
    return out;
  }

  @Override
  public double[] probabilityAlive(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    BgNbdFormulas f = formulas();
    double[] out = new double[summary.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.probabilityAlive(summary.frequency[i], summary.recency[i], summary.age[i]);
    }
    return out;
  }

  @Override
  public double logLikelihood(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    return Fits.logLikelihood(Kernels.bgNbd(), summary, r, alpha, a, b);
  }

  @Override
  public ClvSummary simulate(int customers, double age, long seed) {
    Validation.positive(age, "age");
    double[] ages = new double[Validation.nonNegative(customers, "customers")];
    java.util.Arrays.fill(ages, age);
    return simulate(ages, seed);
  }

  /**
   * Simulates one customer per entry of {@code ages}, each observed for that long after the first purchase.
   *
   * @throws IllegalArgumentException if the customers would make more than {@link #MAX_SIMULATED_PURCHASES}
   *     purchases in all
   */
  public ClvSummary simulate(double[] ages, long seed) {
    Objects.requireNonNull(ages, "ages");
    for (int i = 0; i < ages.length; i++) {
      Validation.positive(ages[i], "ages[" + i + "]");
    }
    int[] freq = new int[ages.length];
    double[] rec = new double[ages.length];
    formulas().simulate(ages, seed, MAX_SIMULATED_PURCHASES, freq, rec);
    return ClvSummary.of(freq, rec, ages.clone());
  }
}
