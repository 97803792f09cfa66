package io.crm4j.scoring.forecast;

import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Seasonal indexes (季节指数) by the method of simple averages, and the seasonal split of an annual
 * target.
 *
 * <p>For each season {@code s} (a calendar month, or a calendar quarter), the season's average is
 * the mean of its observations over the years; the overall average is the mean of the season
 * averages (the overall monthly average when the history is whole years); and the index is
 * {@code season average / overall average × 100 %}. So the 12 monthly indexes sum to 1200 % and
 * the 4 quarterly ones to 400 % (up to double rounding). A history need not start in January, and
 * may end in the middle of a year; each month is then averaged over the years it appears in.
 *
 * <p><b>Targets.</b> {@link #targets(Money)} splits an annual target in proportion to the
 * indexes: season {@code s} gets {@code target × index(s) / (100 % × seasons)}. The amounts are
 * computed exactly (to 40 significant digits) in minor units, rounded down, and the minor units
 * left over go one each to the seasons with the largest fractional remainders (largest remainder
 * method; equal remainders go to the earlier season). The targets therefore always sum to the
 * annual target to the cent.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SeasonalIndex {

  private static final MathContext EXACT_ENOUGH = new MathContext(40, RoundingMode.HALF_EVEN);

  private final BigDecimal[] seasonAverages;
  private final double[] indexPercents;

  private SeasonalIndex(BigDecimal[] seasonAverages) {
    this.seasonAverages = seasonAverages;
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal a : seasonAverages) {
      sum = sum.add(a);
    }
    this.indexPercents = new double[seasonAverages.length];
    BigDecimal hundredTimesSeasons = BigDecimal.valueOf(100L * seasonAverages.length);
    for (int s = 0; s < seasonAverages.length; s++) {
      indexPercents[s] = seasonAverages[s].multiply(hundredTimesSeasons).divide(sum, EXACT_ENOUGH).doubleValue();
    }
  }

  /** Monthly indexes with {@link SeasonalConfig#ofDefaults()}. */
  public static SeasonalIndex monthly(YearMonth firstMonth, double[] sales) {
    return monthly(firstMonth, sales, SeasonalConfig.ofDefaults());
  }

  /**
   * Monthly indexes from monthly sales, {@code sales[0]} being the sales of {@code firstMonth}.
   *
   * @throws IllegalArgumentException if there are fewer than {@code 12 × minimumYears} months, a
   *     value is negative, NaN or infinite, or all sales are zero
   */
  public static SeasonalIndex monthly(YearMonth firstMonth, double[] sales, SeasonalConfig config) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(sales, "sales");
    Objects.requireNonNull(config, "config");
    checkSales(firstMonth, sales, config);
    BigDecimal[] sums = new BigDecimal[12];
    int[] counts = new int[12];
    Arrays.fill(sums, BigDecimal.ZERO);
    for (int i = 0; i < sales.length; i++) {
      int season = firstMonth.plusMonths(i).getMonthValue() - 1;
      sums[season] = sums[season].add(new BigDecimal(sales[i]));
      counts[season]++;
    }
    return new SeasonalIndex(averages(sums, counts));
  }

  /** Quarterly indexes with {@link SeasonalConfig#ofDefaults()}. */
  public static SeasonalIndex quarterly(YearMonth firstMonth, double[] monthlySales) {
    return quarterly(firstMonth, monthlySales, SeasonalConfig.ofDefaults());
  }

  /**
   * Quarterly indexes from monthly sales, summed into calendar quarters first.
   *
   * @throws IllegalArgumentException as {@link #monthly(YearMonth, double[], SeasonalConfig)}, or
   *     if {@code firstMonth} does not open a quarter or the months do not fill whole quarters
   */
  public static SeasonalIndex quarterly(YearMonth firstMonth, double[] monthlySales, SeasonalConfig config) {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(monthlySales, "monthlySales");
    Objects.requireNonNull(config, "config");
    if ((firstMonth.getMonthValue() - 1) % 3 != 0) {
      throw new IllegalArgumentException("firstMonth must open a quarter (January, April, July or October), but was "
          + firstMonth);
    }
    if (monthlySales.length % 3 != 0) {
      throw new IllegalArgumentException("monthlySales must fill whole quarters (a multiple of 3 months), but had "
          + monthlySales.length);
    }
    checkSales(firstMonth, monthlySales, config);
    BigDecimal[] sums = new BigDecimal[4];
    int[] counts = new int[4];
    Arrays.fill(sums, BigDecimal.ZERO);
    for (int i = 0; i < monthlySales.length; i += 3) {
      int season = (firstMonth.plusMonths(i).getMonthValue() - 1) / 3;
      sums[season] = sums[season].add(new BigDecimal(monthlySales[i]))
          .add(new BigDecimal(monthlySales[i + 1])).add(new BigDecimal(monthlySales[i + 2]));
      counts[season]++;
    }
    return new SeasonalIndex(averages(sums, counts));
  }

  private static void checkSales(YearMonth firstMonth, double[] sales, SeasonalConfig config) {
    int minimum = 12 * config.minimumYears();
    if (sales.length < minimum) {
      throw new IllegalArgumentException("sales must cover at least " + minimum + " months ("
          + config.minimumYears() + " years), but had " + sales.length);
    }
    boolean anyPositive = false;
    for (int i = 0; i < sales.length; i++) {
      double v = sales[i];
      if (!Double.isFinite(v) || v < 0) {
        throw new IllegalArgumentException("sales must be finite and >= 0, but sales[" + i + "] ("
            + firstMonth.plusMonths(i) + ") was " + v);
      }
      anyPositive |= v > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException("sales must not all be zero, but all " + sales.length + " months were 0");
    }
  }

  private static BigDecimal[] averages(BigDecimal[] sums, int[] counts) {
    BigDecimal[] averages = new BigDecimal[sums.length];
    for (int s = 0; s < sums.length; s++) {
      averages[s] = sums[s].divide(BigDecimal.valueOf(counts[s]), EXACT_ENOUGH);
    }
    return averages;
  }

  /** 12 for monthly indexes, 4 for quarterly ones. */
  public int seasons() {
    return indexPercents.length;
  }

  /**
   * The index of a season in percent (100 = an average season).
   *
   * @param season 1 to 12 (January to December) or 1 to 4 (Q1 to Q4)
   */
  public double indexPercent(int season) {
    if (season < 1 || season > seasons()) {
      throw new IllegalArgumentException("season must be in [1, " + seasons() + "], but was " + season);
    }
    return indexPercents[season - 1];
  }

  /** All indexes in percent, January (or Q1) first. */
  public List<Double> indexPercents() {
    return Arrays.stream(indexPercents).boxed().toList();
  }

  /**
   * Splits an annual target over the seasons, January (or Q1) first, summing to the target exactly
   * (see the class description for the remainder rule).
   *
   * @throws IllegalArgumentException if {@code annualTarget} is negative, or more minor units than a
   *     {@code long} holds (about 9.2e18; 9.2e16 euros)
   */
  public List<Money> targets(Money annualTarget) {
    Objects.requireNonNull(annualTarget, "annualTarget");
    if (annualTarget.isNegative()) {
      throw new IllegalArgumentException("annualTarget must be >= 0, but was " + annualTarget);
    }
    long minor;
    try {
      minor = annualTarget.minorUnits();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("annualTarget must be at most " + Long.MAX_VALUE + " minor units, but was "
          + annualTarget, e);
    }
    BigDecimal total = BigDecimal.valueOf(minor);
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal a : seasonAverages) {
      sum = sum.add(a);
    }
    int n = seasons();
    long[] units = new long[n];
    BigDecimal[] remainders = new BigDecimal[n];
    long allocated = 0;
    for (int s = 0; s < n; s++) {
      BigDecimal exact = total.multiply(seasonAverages[s]).divide(sum, EXACT_ENOUGH);
      BigDecimal floor = exact.setScale(0, RoundingMode.FLOOR);
      units[s] = floor.longValueExact();
      remainders[s] = exact.subtract(floor);
      allocated += units[s];
    }
    long left = annualTarget.minorUnits() - allocated;
    assert left >= 0 && left <= n : "remainder out of range: " + left;
    Integer[] order = new Integer[n];
    for (int s = 0; s < n; s++) {
      order[s] = s;
    }
    // largest remainder first; Arrays.sort on objects is stable, so ties keep season order
    Arrays.sort(order, (x, y) -> remainders[y].compareTo(remainders[x]));
    for (int k = 0; k < left; k++) {
      units[order[k % n]]++;
    }
    List<Money> targets = new ArrayList<>(n);
    for (long u : units) {
      targets.add(Money.ofMinor(u, annualTarget.currency()));
    }
    return List.copyOf(targets);
  }

  @Override
  public String toString() {
    return "SeasonalIndex" + Arrays.toString(indexPercents);
  }
}
