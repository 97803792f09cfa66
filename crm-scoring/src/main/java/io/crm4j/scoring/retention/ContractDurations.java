package io.crm4j.scoring.retention;

import io.crm4j.scoring.retention.internal.DurationCounts;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Individual contract durations, aggregated by duration on construction (so a fit costs
 * O(distinct durations), not O(customers)). For a customer who churned, the duration is the period
 * in which the contract ended (&ge; 1: churned in period t means t − 1 renewals); for a customer
 * still active (right-censored), it is the number of periods completed so far (&ge; 0: t
 * renewals). Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ContractDurations {

  private final DurationCounts counts;
  private final int customers;

  private ContractDurations(DurationCounts counts, int customers) {
    this.counts = counts;
    this.customers = customers;
  }

  /**
   * The durations of {@code durations.length} customers; {@code censored[i]} tells whether
   * customer i is still active.
   *
   * @throws IllegalArgumentException when the arrays are empty or differ in length, or a duration
   *     is negative, or zero for a churned customer
   */
  public static ContractDurations of(int[] durations, boolean[] censored) {
    Objects.requireNonNull(durations, "durations");
    Objects.requireNonNull(censored, "censored");
    if (durations.length != censored.length) {
      throw new IllegalArgumentException("durations and censored must have equal lengths, but had "
          + durations.length + " and " + censored.length);
    }
    if (durations.length == 0) {
      throw new IllegalArgumentException("durations must hold at least one customer, but was empty");
    }
    for (int i = 0; i < durations.length; i++) {
      int min = censored[i] ? 0 : 1;
      if (durations[i] < min) {
        throw new IllegalArgumentException("durations[" + i + "] must be >= " + min + " for "
            + (censored[i] ? "an active" : "a churned") + " customer, but was " + durations[i]);
      }
    }
    return new ContractDurations(DurationCounts.ofDurations(durations, censored), durations.length);
  }

  /** Number of customers. */
  public int customers() {
    return customers;
  }

  /** Number of distinct durations the fit works on. */
  public int distinctDurations() {
    return counts.size();
  }

  /** The longest duration observed. */
  public int longestDuration() {
    return counts.maxTime();
  }

  DurationCounts counts() {
    return counts;
  }

  @Override
  public String toString() {
    return "ContractDurations[" + customers + " customers, " + counts.size() + " distinct durations]";
  }
}
