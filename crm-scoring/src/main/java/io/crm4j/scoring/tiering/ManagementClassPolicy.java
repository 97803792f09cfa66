package io.crm4j.scoring.tiering;

import io.crm4j.scoring.tiering.internal.Ranking;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Sorts customers into {@link ManagementClass management classes} from their value and their
 * cost to serve.
 *
 * <p>Profit is {@code value - costToServe}. A customer whose profit is below
 * {@link #minimumProfit()} is {@link ManagementClass#NOT_WORTH_RETAINING}. The others are ranked by
 * profit: with {@code above} of them strictly more profitable out of {@code m} retained
 * customers, a customer is {@link ManagementClass#KEY} when {@code above / m < keyTop},
 * {@link ManagementClass#ORDINARY} when {@code above / m < ordinaryTop}, and
 * {@link ManagementClass#SMALL} otherwise. Equal profits share a class.
 *
 * <p>Defaults (crm4j's preset after the source's 80/20 reasoning): minimum profit 0, key = top
 * 20 %, ordinary = down to 50 %, small = the rest.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ManagementClassPolicy {

  private static final ManagementClassPolicy DEFAULTS = new Builder().build();

  private final double minimumProfit;
  private final double keyTop;
  private final double ordinaryTop;

  private ManagementClassPolicy(Builder b) {
    this.minimumProfit = b.minimumProfit;
    this.keyTop = b.keyTop;
    this.ordinaryTop = b.ordinaryTop;
  }

  /** Minimum profit 0, key top 20 %, ordinary down to 50 %. */
  public static ManagementClassPolicy ofDefaults() {
    return DEFAULTS;
  }

  public static Builder custom() {
    return new Builder();
  }

  public static Builder from(ManagementClassPolicy base) {
    Objects.requireNonNull(base, "base");
    return new Builder().minimumProfit(base.minimumProfit).shares(base.keyTop, base.ordinaryTop);
  }

  public double minimumProfit() {
    return minimumProfit;
  }

  public double keyTop() {
    return keyTop;
  }

  public double ordinaryTop() {
    return ordinaryTop;
  }

  /**
   * Classifies each customer; element {@code i} of the result belongs to {@code value[i]} and
   * {@code costToServe[i]}.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, or hold NaN or
   *     an infinity, or a cost is negative
   */
  public ManagementClass[] classify(double[] value, double[] costToServe) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(costToServe, "costToServe");
    if (value.length == 0) {
      throw new IllegalArgumentException("value must not be empty, but had length 0");
    }
    if (costToServe.length != value.length) {
      throw new IllegalArgumentException("costToServe must have the length of value (" + value.length
          + "), but had " + costToServe.length);
    }
    Ranking.requireFinite(value, "value");
    Ranking.requireFiniteNonNegative(costToServe, "costToServe");
    ManagementClass[] result = new ManagementClass[value.length];
    int retained = 0;
    for (int i = 0; i < value.length; i++) {
      if (value[i] - costToServe[i] >= minimumProfit) {
        retained++;
      }
    }
    double[] profits = new double[retained];
    int[] index = new int[retained];
    for (int i = 0, k = 0; i < value.length; i++) {
      double profit = value[i] - costToServe[i];
      if (profit >= minimumProfit) {
        profits[k] = profit;
        index[k++] = i;
      } else {
        result[i] = ManagementClass.NOT_WORTH_RETAINING;
      }
    }
    int[] above = Ranking.countStrictlyAbove(profits);
    for (int k = 0; k < retained; k++) {
      double position = above[k] / (double) retained;
      result[index[k]] = position < keyTop ? ManagementClass.KEY
          : position < ordinaryTop ? ManagementClass.ORDINARY : ManagementClass.SMALL;
    }
    return result;
  }

  @Override
  public String toString() {
    return "ManagementClassPolicy[minimumProfit=" + minimumProfit + ", keyTop=" + keyTop
        + ", ordinaryTop=" + ordinaryTop + "]";
  }

  /** Builds a {@link ManagementClassPolicy}; each setter checks its arguments at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private double minimumProfit = 0;
    private double keyTop = 0.20;
    private double ordinaryTop = 0.50;

    private Builder() {}

    /** Customers with a profit below this are not worth retaining; finite. */
    public Builder minimumProfit(double minimumProfit) {
      if (!Double.isFinite(minimumProfit)) {
        throw new IllegalArgumentException("minimumProfit must be a finite number, but was " + minimumProfit);
      }
      this.minimumProfit = minimumProfit;
      return this;
    }

    /**
     * Sets the cumulative fractions of retained customers that are key and key-or-ordinary.
     *
     * @throws IllegalArgumentException unless {@code 0 < keyTop < ordinaryTop <= 1}
     */
    public Builder shares(double keyTop, double ordinaryTop) {
      if (!(keyTop > 0 && keyTop < 1)) {
        throw new IllegalArgumentException("keyTop must be in (0, 1), but was " + keyTop);
      }
      if (!(ordinaryTop > keyTop && ordinaryTop <= 1)) {
        throw new IllegalArgumentException(
            "ordinaryTop must be in (keyTop, 1] = (" + keyTop + ", 1], but was " + ordinaryTop);
      }
      this.keyTop = keyTop;
      this.ordinaryTop = ordinaryTop;
      return this;
    }

    public ManagementClassPolicy build() {
      return new ManagementClassPolicy(this);
    }
  }
}
