package io.crm4j.scoring.tiering;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Builds a {@link TierLadder} whose lower bounds are quantiles of a population of scores, e.g.
 * "the top 10 % of CLV is Gold, the next 40 % Silver, the rest Bronze".
 *
 * <p>For a cumulative fraction {@code q}, the lower bound is the element at index
 * {@code ceil(q * n)} (capped at {@code n - 1}) of the ascending scores, so with distinct scores
 * about a fraction {@code q} of the population lies below it. The returned builder can take
 * hysteresis margins before {@link TierLadder.Builder#build()}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class QuantileTiers {

  private QuantileTiers() {}

  /**
   * A ladder with {@code names.size()} tiers, lowest first.
   *
   * @param population the scores that define the cut points; finite, at least one
   * @param names tier names, base tier first
   * @param cumulativeFractions {@code names.size() - 1} strictly increasing fractions in
   *     {@code (0, 1)}: the share of the population below each tier above the base, e.g. 0.5, 0.9
   * @throws IllegalArgumentException if an argument breaks these rules, or if ties in the
   *     population make two lower bounds equal
   */
  public static TierLadder.Builder ladder(double[] population, List<String> names, double... cumulativeFractions) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(cumulativeFractions, "cumulativeFractions");
    if (population.length == 0) {
      throw new IllegalArgumentException("population must not be empty, but had length 0");
    }
    if (names.isEmpty()) {
      throw new IllegalArgumentException("names must not be empty, but was []");
    }
    if (cumulativeFractions.length != names.size() - 1) {
      throw new IllegalArgumentException("cumulativeFractions must have names.size() - 1 = "
          + (names.size() - 1) + " elements, but had " + cumulativeFractions.length);
    }
    double[] sorted = population.clone();
    for (int i = 0; i < sorted.length; i++) {
      if (!Double.isFinite(sorted[i])) {
        throw new IllegalArgumentException("population[" + i + "] must be a finite number, but was " + sorted[i]);
      }
    }
    Arrays.sort(sorted);
    TierLadder.Builder b = TierLadder.custom().baseTier(names.get(0));
    double previous = 0;
    for (int i = 0; i < cumulativeFractions.length; i++) {
      double q = cumulativeFractions[i];
      if (!(q > previous && q < 1)) {
        throw new IllegalArgumentException("cumulativeFractions[" + i + "] must be in (" + previous
            + ", 1), but was " + q);
      }
      previous = q;
      int index = (int) Math.min(sorted.length - 1, (long) Math.ceil(q * sorted.length));
      double bound = sorted[index];
      try {
        b.tier(names.get(i + 1), bound);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("population must give distinct quantiles, but the bound for "
            + "cumulativeFractions[" + i + "] = " + q + " was " + bound + ": " + e.getMessage(), e);
      }
    }
    return b;
  }
}
