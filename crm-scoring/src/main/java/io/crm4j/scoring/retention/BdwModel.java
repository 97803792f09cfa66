package io.crm4j.scoring.retention;

import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.retention.internal.BdwKernel;
import io.crm4j.scoring.retention.internal.DurationCounts;
import io.crm4j.scoring.retention.internal.Lifetimes;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The beta-discrete-Weibull (BdW) model of contractual retention (Fader, Hardie, Liu, Davin &amp;
 * Steenburgh 2018, "How to project customer retention revisited"): a customer with churn
 * propensity θ ~ beta(α, β) survives t periods with probability (1 − θ)^(t^c), so
 * S(t) = B(α, β + t^c)/B(α, β). The exponent c lets each customer's churn propensity change with
 * tenure: c &lt; 1 falls, c &gt; 1 rises, and c = 1 is the {@link SbgModel sBG} model. Discounted
 * lifetimes have no closed form and are summed directly. Immutable and thread-safe.
 *
 * <p>Fits start from the sBG fit (c = 1) and then from fixed points, and reject the same
 * degenerate data as {@link SbgModel}, with at least 3 periods needed for 3 parameters.
 *
 * @param alpha first parameter of the churn-propensity distribution, &gt; 0
 * @param beta second parameter of the churn-propensity distribution, &gt; 0
 * @param c the duration-dependence exponent, &gt; 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BdwModel(double alpha, double beta, double c) implements RetentionModel {

  private static final String[] NAMES = {"alpha", "beta", "c"};

  public BdwModel {
    RetentionFits.positive(alpha, "alpha");
    RetentionFits.positive(beta, "beta");
    RetentionFits.positive(c, "c");
  }

  /** The model with these parameters. */
  public static BdwModel of(double alpha, double beta, double c) {
    return new BdwModel(alpha, beta, c);
  }

  /** Fits the model to a cohort's survivors with the default options. */
  public static FitResult<BdwModel> fit(CohortSurvival cohort) {
    return fit(cohort, FitOptions.ofDefaults());
  }

  /**
   * Fits the model to a cohort's survivors by maximum likelihood.
   *
   * @throws IllegalArgumentException when the data have no finite estimate (see the class comment)
   */
  public static FitResult<BdwModel> fit(CohortSurvival cohort, FitOptions options) {
    Objects.requireNonNull(cohort, "cohort");
    return fit(cohort.counts(), options);
  }

  /** Fits the model to individual contract durations with the default options. */
  public static FitResult<BdwModel> fit(int[] durations, boolean[] censored) {
    return fit(ContractDurations.of(durations, censored), FitOptions.ofDefaults());
  }

  /**
   * Fits the model to individual contract durations (right-censored for the active customers).
   *
   * @throws IllegalArgumentException when the data have no finite estimate (see the class comment)
   */
  public static FitResult<BdwModel> fit(ContractDurations durations, FitOptions options) {
    Objects.requireNonNull(durations, "durations");
    return fit(durations.counts(), options);
  }

  private static FitResult<BdwModel> fit(DurationCounts data, FitOptions options) {
    Objects.requireNonNull(options, "options");
    RetentionFits.checkFittable(data, 3);
    SbgModel sbg = RetentionFits.fit(io.crm4j.scoring.retention.internal.SbgKernel.INSTANCE, data, options, null,
        t -> new SbgModel(t[0], t[1])).model();
    return RetentionFits.fit(BdwKernel.INSTANCE, data, options, new double[] {sbg.alpha(), sbg.beta(), 1},
        t -> new BdwModel(t[0], t[1], t[2]));
  }

  @Override
  public String name() {
    return "bdw";
  }

  @Override
  public Map<String, Double> parameters() {
    return RetentionFits.named(NAMES, alpha, beta, c);
  }

  /** The log-likelihood of a cohort's survivors under this model. */
  public double logLikelihood(CohortSurvival cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return BdwKernel.INSTANCE.evaluate(cohort.counts(), new double[] {alpha, beta, c}, Derivatives.VALUE)
        .logLikelihood();
  }

  private double logSurvival(int t) {
    return Lifetimes.logSurvival(alpha, beta, t == 0 ? 0 : Math.pow(t, c));
  }

  @Override
  public double survival(int periods) {
    RetentionFits.checkPeriods(periods, "periods");
    return Math.min(1.0, Math.exp(logSurvival(periods)));
  }

  @Override
  public double churnProbability(int period) {
    return Math.max(0, RetentionFits.churn(this::logSurvival, period));
  }

  @Override
  public double retentionRate(int period) {
    return RetentionFits.retention(this::logSurvival, period);
  }

  /**
   * DERL by the direct sum Σ_{j≥0} S(n + 1 + j)/S(n) / (1 + d)^j, n = {@code renewals}.
   *
   * @throws IllegalArgumentException when renewals is negative or the discount rate is not in
   *     [1e-4, 1) (undiscounted, the sum converges too slowly to be summed when α·c is near 1)
   */
  @Override
  public double derl(int renewals, double discountRate) {
    RetentionFits.checkSeriesRate(discountRate);
    return RetentionFits.residualSum(this::logSurvival, renewals, discountRate);
  }
}
