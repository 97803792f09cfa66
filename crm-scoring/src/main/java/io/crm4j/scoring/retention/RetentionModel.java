package io.crm4j.scoring.retention;

import io.crm4j.core.money.Money;
import io.crm4j.scoring.clv.ParametricModel;
import org.apiguardian.api.API;

/**
 * A model of how long subscribers keep renewing in a contractual setting, in discrete periods:
 * T &ge; 1 is the period at whose end a customer leaves, and S(t) = P(T &gt; t) the share of a new
 * cohort still active after t periods (t renewals). Every result is finite.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface RetentionModel extends ParametricModel permits SbgModel, BdwModel {

  /**
   * S(t), the probability that a new customer is still active after {@code periods} periods;
   * S(0) = 1, non-increasing, in [0, 1].
   *
   * @throws IllegalArgumentException when periods is negative
   */
  double survival(int periods);

  /**
   * The survival forecast S(from + 1), ..., S(from + count): with {@code from} the last period of
   * the data, the shares of the cohort expected active in the next {@code count} periods.
   *
   * @throws IllegalArgumentException when from or count is negative
   */
  default double[] survivalCurve(int from, int count) {
    return RetentionFits.curve(this::survival, from, count);
  }

  /**
   * P(T = t), the probability that a new customer leaves at the end of period {@code period}
   * (&ge; 1), that is S(t − 1) − S(t).
   */
  double churnProbability(int period);

  /**
   * r(t) = S(t)/S(t − 1), the share of the customers active in period {@code period} (&ge; 1) who
   * renew at its end; 0 when no one survives to period t in double precision.
   */
  double retentionRate(int period);

  /**
   * E[min(T, horizon)] = Σ_{t=0}^{horizon−1} S(t), the expected number of periods a new customer
   * stays within the first {@code horizon} periods (always finite).
   */
  default double expectedLifetime(int horizon) {
    return RetentionFits.lifetime(this::survival, horizon);
  }

  /**
   * DERL (Fader &amp; Hardie 2010): the discounted expected residual lifetime of a customer active
   * after {@code renewals} renewals, standing just before the next renewal decision, in periods
   * of value: Σ_{j≥0} S(renewals + 1 + j)/S(renewals) / (1 + d)^j (the next payment, if she renews,
   * is not discounted).
   *
   * @throws IllegalArgumentException when renewals is negative or the discount rate is out of
   *     range (see the implementations)
   */
  double derl(int renewals, double discountRate);

  /**
   * DEL: the discounted expected lifetime of a new customer, Σ_{t≥0} S(t)/(1 + d)^t, the first
   * payment included; equal to 1 + DERL(0)/(1 + d). The discount rate as for {@link #derl}.
   */
  default double del(double discountRate) {
    return 1 + derl(0, discountRate) / (1 + discountRate);
  }

  /**
   * The residual value of one subscriber: value per period × DERL, rounded half-even to the
   * currency's minor unit.
   */
  default Money residualValue(Money valuePerPeriod, int renewals, double discountRate) {
    java.util.Objects.requireNonNull(valuePerPeriod, "valuePerPeriod");
    return RetentionFits.value(valuePerPeriod, derl(renewals, discountRate));
  }

  /**
   * The residual value of the customers of a cohort still active at its last period:
   * alive(periods) × value per period × DERL(periods), rounded half-even to the minor unit.
   */
  default Money residualValue(Money valuePerPeriod, CohortSurvival cohort, double discountRate) {
    java.util.Objects.requireNonNull(valuePerPeriod, "valuePerPeriod");
    java.util.Objects.requireNonNull(cohort, "cohort");
    int last = cohort.periods();
    return RetentionFits.value(valuePerPeriod, cohort.alive(last) * derl(last, discountRate));
  }
}
