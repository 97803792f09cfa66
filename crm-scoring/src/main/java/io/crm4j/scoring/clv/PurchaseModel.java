package io.crm4j.scoring.clv;

import org.apiguardian.api.API;

/**
 * A continuous-time model of repeat purchasing in a non-contractual setting (BG/NBD, MBG/NBD,
 * Pareto/NBD). Times are in the model's {@link #unit()}, the unit of the summary it was fitted on;
 * every method that reads a {@link ClvSummary} rejects a summary in another unit with an
 * {@link IllegalArgumentException} naming both units. Every method rejects NaN, negative counts and
 * times, and recency greater than T with an {@link IllegalArgumentException}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PurchaseModel extends ParametricModel permits BgNbdModel, MbgNbdModel, ParetoNbdModel {

  /** The time unit of the model's parameters and of every time it reads or returns. */
  ClvTimeUnit unit();

  /** The same model with its time-scale parameters converted to {@code target}; its predictions do not change. */
  PurchaseModel inUnit(ClvTimeUnit target);

  /** Expected number of repeat purchases in (0, t] of a customer who has just made a first purchase. */
  double expectedPurchases(double t);

  /** Expected number of purchases in the next {@code t} of a customer with history (x, t_x, T). */
  double conditionalExpectedPurchases(double t, int frequency, double recency, double age);

  /** Probability that a customer with history (x, t_x, T) is still alive at T. */
  double probabilityAlive(int frequency, double recency, double age);

  /** Probability of exactly {@code n} repeat purchases in (0, t] for a new customer. */
  double probabilityOfPurchases(int n, double t);

  /** The log-likelihood of a summary under this model. */
  double logLikelihood(ClvSummary summary);

  /**
   * The most purchases one {@link #simulate} call draws, over all its customers (about two seconds
   * of work); parameters whose customers buy more than that within their ages are rejected.
   */
  long MAX_SIMULATED_PURCHASES = 100_000_000L;

  /**
   * Simulates {@code customers} customers observed for {@code age} time units each, exactly from the model;
   * the summary is in the model's unit.
   *
   * @throws IllegalArgumentException if the customers would make more than {@link #MAX_SIMULATED_PURCHASES}
   *     purchases in all
   */
  ClvSummary simulate(int customers, double age, long seed);

  /** Conditional expected purchases in the next {@code t} for every customer of {@code summary}. */
  default double[] conditionalExpectedPurchases(double t, ClvSummary summary) {
    summary.requireUnit(unit());
    double[] out = new double[summary.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = conditionalExpectedPurchases(t, summary.frequency[i], summary.recency[i], summary.age[i]);
    }
    return out;
  }

  /**
   * Conditional expected purchases for several horizons and every customer of {@code summary}:
   * element {@code [h][i]} is customer i's expectation for {@code horizons[h]}. BG/NBD and MBG/NBD
   * evaluate all horizons in one sweep per customer, which is what a monthly CLV needs.
   */
  default double[][] conditionalExpectedPurchases(double[] horizons, ClvSummary summary) {
    java.util.Objects.requireNonNull(horizons, "horizons");
    double[][] out = new double[horizons.length][];
    for (int h = 0; h < horizons.length; h++) {
      out[h] = conditionalExpectedPurchases(horizons[h], summary);
    }
    return out;
  }

  /** P(alive) for every customer of {@code summary}. */
  default double[] probabilityAlive(ClvSummary summary) {
    summary.requireUnit(unit());
    double[] out = new double[summary.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = probabilityAlive(summary.frequency[i], summary.recency[i], summary.age[i]);
    }
    return out;
  }
}
