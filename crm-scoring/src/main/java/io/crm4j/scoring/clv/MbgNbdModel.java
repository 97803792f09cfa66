package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgNbdFormulas;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The MBG/NBD model (Batislam, Denizel &amp; Filiztekin 2007), a BG/NBD variant. Purchases follow a Poisson process with a
 * gamma(r, α) distributed rate; the customer may drop out right after the first purchase and after each repeat purchase, with a probability p that is beta(a, b) distributed across customers.
 * Immutable and thread-safe.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha rate (scale parameter) of the purchase-rate distribution, in the summary's time unit
 * @param a first parameter of the beta distribution of the dropout probability
 * @param b second parameter of the beta distribution of the dropout probability
 * @param unit the time unit of α and of every time the model reads or returns: the unit of the
 *     summary it was fitted on; a summary in another unit is rejected (see {@link ClvSummary#inUnit})
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MbgNbdModel(double r, double alpha, double a, double b, ClvTimeUnit unit) implements PurchaseModel {

  public MbgNbdModel {
    BgNbdFamily.validate(r, alpha, a, b);
    java.util.Objects.requireNonNull(unit, "unit");
  }

  /** Returns the model with the given parameters, in weeks (the unit of the published CDNOW parameters). */
  public static MbgNbdModel of(double r, double alpha, double a, double b) {
    return new MbgNbdModel(r, alpha, a, b, ClvTimeUnit.WEEKS);
  }

  /** Returns the model with the given parameters, α in {@code unit}. */
  public static MbgNbdModel of(double r, double alpha, double a, double b, ClvTimeUnit unit) {
    return new MbgNbdModel(r, alpha, a, b, unit);
  }

  /**
   * The same model with its times in {@code target}: the purchase rate λ ~ gamma(r, α) per old unit is
   * λ × target.days() / unit.days() per new unit, which is gamma(r, α × unit.days() / target.days()), so α
   * converts like a time ({@link ClvTimeUnit#convert}); r, a and b do not depend on the unit.
   */
  public MbgNbdModel inUnit(ClvTimeUnit target) {
    return new MbgNbdModel(r, unit.convert(alpha, target), a, b, target);
  }

  /** Fits the model by maximum likelihood with the default options. */
  public static FitResult<MbgNbdModel> fit(ClvSummary summary) {
    return fit(summary, FitOptions.ofDefaults());
  }

  /**
   * Fits the model by maximum likelihood.
   *
   * @throws IllegalArgumentException when the summary has fewer than 2 customers or no repeat customer, or a
   *     frequency above {@link io.crm4j.scoring.clv.spi.SummaryBlock#MAX_FREQUENCY}
   */
  public static FitResult<MbgNbdModel> fit(ClvSummary summary, FitOptions options) {
    return BgNbdFamily.fit(summary, options, true, t -> new MbgNbdModel(t[0], t[1], t[2], t[3], summary.unit()));
  }

  private BgNbdFamily family() {
    return BgNbdFamily.of(r, alpha, a, b, true, unit);
  }

  BgNbdFormulas formulas() {
    return family().formulas();
  }

  @Override
  public String name() {
    return "mbgnbd";
  }

  @Override
  public Map<String, Double> parameters() {
    return family().parameters();
  }

  @Override
  public double expectedPurchases(double t) {
    return family().expectedPurchases(t);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int frequency, double recency, double age) {
    return family().conditionalExpectedPurchases(t, frequency, recency, age);
  }

  @Override
  public double probabilityAlive(int frequency, double recency, double age) {
    return family().probabilityAlive(frequency, recency, age);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    return family().probabilityOfPurchases(n, t);
  }

  @Override
  public double[] conditionalExpectedPurchases(double t, ClvSummary summary) {
    return family().conditionalExpectedPurchases(t, summary);
  }

  @Override
  public double[][] conditionalExpectedPurchases(double[] horizons, ClvSummary summary) {
    return family().conditionalExpectedPurchases(horizons, summary);
  }

  @Override
  public double[] probabilityAlive(ClvSummary summary) {
    return family().probabilityAlive(summary);
  }

  @Override
  public double logLikelihood(ClvSummary summary) {
    return family().logLikelihood(summary);
  }

  @Override
  public ClvSummary simulate(int customers, double age, long seed) {
    return family().simulate(customers, age, seed);
  }

  /**
   * Simulates one customer per entry of {@code ages}, each observed for that long after the first purchase.
   *
   * @throws IllegalArgumentException if the customers would make more than {@link #MAX_SIMULATED_PURCHASES}
   *     purchases in all
   */
  public ClvSummary simulate(double[] ages, long seed) {
    return family().simulate(ages, seed);
  }
}
