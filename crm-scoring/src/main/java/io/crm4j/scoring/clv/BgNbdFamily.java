package io.crm4j.scoring.clv;

import io.crm4j.scoring.clv.internal.BgNbdFormulas;
import io.crm4j.scoring.clv.spi.Kernels;
import io.crm4j.scoring.clv.spi.LikelihoodKernel;
import io.crm4j.scoring.clv.spi.SummaryBlock;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The code {@link BgNbdModel} and {@link MbgNbdModel} share: the two models have the same
 * parameters, checks and formulas and differ only in whether a customer may drop out right after
 * the first purchase (the {@code modified} flag). Each public record validates its parameters here
 * and delegates every method to one instance; immutable and thread-safe.
 */
final class BgNbdFamily {

  private static final String[] NAMES = {"r", "alpha", "a", "b"};

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final boolean modified;
  private final ClvTimeUnit unit;

  private BgNbdFamily(double r, double alpha, double a, double b, boolean modified, ClvTimeUnit unit) {
    this.unit = unit;
    this.r = r;
    this.alpha = alpha;
    this.a = a;
    this.b = b;
    this.modified = modified;
  }

  /** The shared logic for validated parameters in {@code unit}; {@code modified} selects MBG/NBD. */
  static BgNbdFamily of(double r, double alpha, double a, double b, boolean modified, ClvTimeUnit unit) {
    return new BgNbdFamily(r, alpha, a, b, modified, unit);
  }

  /** Checks the four parameters, each of which must be finite and positive. */
  static void validate(double r, double alpha, double a, double b) {
    Validation.positive(r, "r");
    Validation.positive(alpha, "alpha");
    Validation.positive(a, "a");
    Validation.positive(b, "b");
  }

  static LikelihoodKernel<SummaryBlock> kernel(boolean modified) {
    return modified ? Kernels.mbgNbd() : Kernels.bgNbd();
  }

  /** Fits the model selected by {@code modified}; {@code factory} builds the record from (r, α, a, b). */
  static <M extends PurchaseModel> FitResult<M> fit(ClvSummary summary, FitOptions options, boolean modified,
      Function<double[], M> factory) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(options, "options");
    Fits.requireFittable(summary);
    return Fits.fitSummary(kernel(modified), summary, options, factory);
  }

  BgNbdFormulas formulas() {
    return new BgNbdFormulas(r, alpha, a, b, modified);
  }

  Map<String, Double> parameters() {
    return Fits.named(NAMES, r, alpha, a, b);
  }

  double expectedPurchases(double t) {
    Validation.nonNegative(t, "t");
    return formulas().expected(t);
  }

  double conditionalExpectedPurchases(double t, int frequency, double recency, double age) {
    Validation.nonNegative(t, "t");
    Validation.checkHistory(frequency, recency, age);
    return formulas().conditionalExpected(t, frequency, recency, age);
  }

  double probabilityAlive(int frequency, double recency, double age) {
    Validation.checkHistory(frequency, recency, age);
    return formulas().probabilityAlive(frequency, recency, age);
  }

  double probabilityOfPurchases(int n, double t) {
    Validation.nonNegative(n, "n");
    Validation.nonNegative(t, "t");
    return formulas().probabilityOf(n, t);
  }

  double[] conditionalExpectedPurchases(double t, ClvSummary summary) {
    Validation.nonNegative(t, "t");
    return conditionalExpectedPurchases(new double[] {t}, summary)[0];
  }

  double[][] conditionalExpectedPurchases(double[] horizons, ClvSummary summary) {
    Objects.requireNonNull(horizons, "horizons");
    Objects.requireNonNull(summary, "summary");
    summary.requireUnit(unit);
    for (int h = 0; h < horizons.length; h++) {
      Validation.nonNegative(horizons[h], "horizons[" + h + "]");
    }
    double[][] out = new double[horizons.length][summary.size()];
    formulas().bulk(horizons.clone(), summary.frequency, summary.recency, summary.age, out);
    return out;
  }

  double[] probabilityAlive(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    summary.requireUnit(unit);
    BgNbdFormulas f = formulas();
    double[] out = new double[summary.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = f.probabilityAlive(summary.frequency[i], summary.recency[i], summary.age[i]);
    }
    return out;
  }

  double logLikelihood(ClvSummary summary) {
    Objects.requireNonNull(summary, "summary");
    summary.requireUnit(unit);
    return Fits.logLikelihood(kernel(modified), summary, r, alpha, a, b);
  }

  ClvSummary simulate(int customers, double age, long seed) {
    Validation.positive(age, "age");
    double[] ages = new double[Validation.nonNegative(customers, "customers")];
    Arrays.fill(ages, age);
    return simulate(ages, seed);
  }

  ClvSummary simulate(double[] ages, long seed) {
    Objects.requireNonNull(ages, "ages");
    for (int i = 0; i < ages.length; i++) {
      Validation.positive(ages[i], "ages[" + i + "]");
    }
    int[] freq = new int[ages.length];
    double[] rec = new double[ages.length];
    formulas().simulate(ages, seed, PurchaseModel.MAX_SIMULATED_PURCHASES, freq, rec);
    return ClvSummary.of(freq, rec, ages.clone(), unit);
  }
}
