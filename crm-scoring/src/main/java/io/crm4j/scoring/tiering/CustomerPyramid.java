package io.crm4j.scoring.tiering;

import io.crm4j.scoring.tiering.internal.Ranking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The customer pyramid (Zeithaml, Rust &amp; Lemon 2001): platinum, gold, iron and lead tiers by
 * profitability percentile.
 *
 * <p>A customer's position is the fraction of the population that is <em>strictly</em> more
 * profitable, {@code above / n}. The customer is platinum when that fraction is below
 * {@link PyramidConfig#platinumTop()}, gold when below {@link PyramidConfig#goldTop()}, iron when
 * below {@link PyramidConfig#ironTop()}, lead otherwise. So with 100 distinct profits and the
 * defaults, the 5 most profitable are platinum; customers with equal profit share a tier, which
 * may make a tier larger than its nominal size.
 *
 * <p>Profits may be negative but must be finite. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CustomerPyramid {

  private final PyramidConfig config;

  private CustomerPyramid(PyramidConfig config) {
    this.config = config;
  }

  public static CustomerPyramid of(PyramidConfig config) {
    return new CustomerPyramid(Objects.requireNonNull(config, "config"));
  }

  public static CustomerPyramid ofDefaults() {
    return new CustomerPyramid(PyramidConfig.ofDefaults());
  }

  public PyramidConfig config() {
    return config;
  }

  /**
   * Element {@code i} of the result is the tier of {@code profits[i]}.
   *
   * @throws IllegalArgumentException if {@code profits} is empty or holds NaN or an infinity
   */
  public PyramidTier[] assign(double[] profits) {
    Objects.requireNonNull(profits, "profits");
    if (profits.length == 0) {
      throw new IllegalArgumentException("profits must not be empty, but had length 0");
    }
    Ranking.requireFinite(profits, "profits");
    int[] above = Ranking.countStrictlyAbove(profits);
    double n = profits.length;
    PyramidTier[] tiers = new PyramidTier[profits.length];
    for (int i = 0; i < tiers.length; i++) {
      double position = above[i] / n;
      tiers[i] = position < config.platinumTop() ? PyramidTier.PLATINUM
          : position < config.goldTop() ? PyramidTier.GOLD
          : position < config.ironTop() ? PyramidTier.IRON
          : PyramidTier.LEAD;
    }
    return tiers;
  }

  /** The tier of each customer, in the map's iteration order. */
  public <K> Map<K, PyramidTier> assign(Map<K, Double> profits) {
    Objects.requireNonNull(profits, "profits");
    List<K> keys = new ArrayList<>(profits.keySet());
    double[] values = new double[keys.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Objects.requireNonNull(profits.get(keys.get(i)), "profits value");
    }
    PyramidTier[] tiers = assign(values);
    Map<K, PyramidTier> result = new LinkedHashMap<>();
    for (int i = 0; i < tiers.length; i++) {
      result.put(keys.get(i), tiers[i]);
    }
    return result;
  }
}
