package io.crm4j.scoring.retention;

import io.crm4j.scoring.clv.FitOptions;
import io.crm4j.scoring.clv.FitResult;
import io.crm4j.scoring.clv.spi.Derivatives;
import io.crm4j.scoring.retention.internal.Lifetimes;
import io.crm4j.scoring.retention.internal.SbgKernel;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * The shifted-beta-geometric (sBG) model of contractual retention (Fader &amp; Hardie 2007, "How to
 * project customer retention"): each customer leaves at the end of each period with a constant
 * probability θ, and θ varies across customers as beta(α, β). Then
 * S(t) = B(α, β + t)/B(α, β), the retention rate r(t) = (β + t − 1)/(α + β + t − 1) rises with
 * tenure (the disloyal leave first), and the discounted expected residual lifetime has the closed
 * form DERL = (β + n)/(α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1/(1 + d)) for a customer with
 * n renewals (Fader &amp; Hardie 2010). Immutable and thread-safe.
 *
 * <p>Fits follow the CLV models: maximum likelihood by {@link io.crm4j.scoring.clv.spi.NewtonFit}
 * with standard errors from the observed information, returned as a {@link FitResult}. Data with
 * no finite maximum-likelihood estimate are rejected with an {@link IllegalArgumentException}
 * naming the reason: nobody churned, everybody churned in period 1, or fewer than 2 periods.
 * When retention does not rise with tenure, the likelihood keeps rising toward the homogeneous
 * geometric model (α and β large, α/(α + β) the churn rate): the fit then returns large finite
 * α and β, with {@code converged} telling whether the gradient test was met.
 *
 * @param alpha first parameter of the churn-probability distribution, &gt; 0
 * @param beta second parameter of the churn-probability distribution, &gt; 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SbgModel(double alpha, double beta) implements RetentionModel {

  private static final String[] NAMES = {"alpha", "beta"};

  public SbgModel {
    RetentionFits.positive(alpha, "alpha");
    RetentionFits.positive(beta, "beta");
  }

  /** The model with these parameters. */
  public static SbgModel of(double alpha, double beta) {
    return new SbgModel(alpha, beta);
  }

  /** Fits the model to a cohort's survivors with the default options. */
  public static FitResult<SbgModel> fit(CohortSurvival cohort) {
    return fit(cohort, FitOptions.ofDefaults());
  }

  /**
   * Fits the model to a cohort's survivors by maximum likelihood: the customers lost in each
   * period t contribute P(T = t), the survivors of the last period S(last).
   *
   * @throws IllegalArgumentException when the data have no finite estimate (see the class comment)
   */
  public static FitResult<SbgModel> fit(CohortSurvival cohort, FitOptions options) {
    Objects.requireNonNull(cohort, "cohort");
    return RetentionFits.fit(SbgKernel.INSTANCE, cohort.counts(), options, null, t -> new SbgModel(t[0], t[1]));
  }

  /**
   * Fits the model to individual contract durations with the default options; see
   * {@link ContractDurations#of} for the meaning of the arrays.
   */
  public static FitResult<SbgModel> fit(int[] durations, boolean[] censored) {
    return fit(ContractDurations.of(durations, censored), FitOptions.ofDefaults());
  }

  /**
   * Fits the model to individual contract durations (right-censored for the active customers).
   *
   * @throws IllegalArgumentException when the data have no finite estimate (see the class comment)
   */
  public static FitResult<SbgModel> fit(ContractDurations durations, FitOptions options) {
    Objects.requireNonNull(durations, "durations");
    return RetentionFits.fit(SbgKernel.INSTANCE, durations.counts(), options, null, t -> new SbgModel(t[0], t[1]));
  }

  @Override
  public String name() {
    return "sbg";
  }

  @Override
  public Map<String, Double> parameters() {
    return RetentionFits.named(NAMES, alpha, beta);
  }

  /** The log-likelihood of a cohort's survivors under this model. */
  public double logLikelihood(CohortSurvival cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return SbgKernel.INSTANCE.evaluate(cohort.counts(), new double[] {alpha, beta}, Derivatives.VALUE)
        .logLikelihood();
  }

  private double logSurvival(int t) {
    return Lifetimes.logSurvival(alpha, beta, t);
  }

  @Override
  public double survival(int periods) {
    RetentionFits.checkPeriods(periods, "periods");
    return periods == 0 ? 1.0 : Math.min(1.0, Math.exp(logSurvival(periods)));
  }

  /** P(T = t) = S(t − 1)·α/(α + β + t − 1). */
  @Override
  public double churnProbability(int period) {
    RetentionFits.checkPeriod(period);
    return survival(period - 1) * (alpha / (alpha + beta + (period - 1)));
  }

  /** r(t) = (β + t − 1)/(α + β + t − 1). */
  @Override
  public double retentionRate(int period) {
    RetentionFits.checkPeriod(period);
    return (beta + (period - 1)) / (alpha + beta + (period - 1));
  }

  /**
   * E[T] = (α + β − 1)/(α − 1), the expected number of periods a new customer stays, when α &gt; 1;
   * empty when α &le; 1, where the mean is infinite (the most loyal customers almost never leave).
   */
  public OptionalDouble expectedLifetime() {
    return alpha > 1 ? OptionalDouble.of((alpha + beta - 1) / (alpha - 1)) : OptionalDouble.empty();
  }

  /**
   * DERL by the closed form (β + n)/(α + β + n) · 2F1(1, β + n + 1; α + β + n + 1; 1/(1 + d)),
   * n = {@code renewals}; at d = 0 (needs α &gt; 1) it is (β + n)/(α − 1).
   *
   * @throws IllegalArgumentException when renewals is negative, or the discount rate is neither 0
   *     (with α &gt; 1) nor in [1e-4, 1)
   */
  @Override
  public double derl(int renewals, double discountRate) {
    RetentionFits.checkPeriods(renewals, "renewals");
    double n = renewals;
    if (discountRate == 0) {
      if (!(alpha > 1)) {
        throw new IllegalArgumentException("discountRate must be > 0 when alpha <= 1 (the undiscounted lifetime "
            + "is infinite), but was 0.0 with alpha " + alpha);
      }
      return (beta + n) / (alpha - 1);
    }
    RetentionFits.checkSeriesRate(discountRate);
    return (beta + n) / (alpha + beta + n)
        * Lifetimes.hyp2f1One(beta + n + 1, alpha + beta + n + 1, 1 / (1 + discountRate));
  }

  /** DERL by the direct sum of survival ratios, to check the closed form. */
  double derlBySum(int renewals, double discountRate) {
    return RetentionFits.residualSum(this::logSurvival, renewals, RetentionFits.checkSeriesRate(discountRate));
  }
}
