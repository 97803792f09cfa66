package io.crm4j.core.credit;

import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * Days sales outstanding (DSO), two ways.
 *
 * <ul>
 *   <li><b>Simple</b>: {@code receivables / credit sales of the period * days in the period}.
 *   <li><b>Countback</b>: starting with the newest month, subtract each month's credit sales from the
 *       receivables and count the month's days while the remainder covers it; the month that the
 *       remainder no longer covers contributes {@code remainder / month's sales * its days}. Months
 *       count as a fixed number of days (usually 30) or as their calendar length.
 * </ul>
 *
 * Results are exact decimals (34 significant digits).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DaysSalesOutstanding {

  private static final MathContext MC = MathContext.DECIMAL128;

  private DaysSalesOutstanding() {}

  /**
   * Simple DSO.
   *
   * @throws IllegalArgumentException if the credit sales are not positive, the receivables are
   *     negative, or {@code days} is not positive
   */
  public static BigDecimal simple(Money receivables, Money creditSales, int days) {
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(creditSales, "creditSales");
    if (!creditSales.isPositive()) {
      throw new IllegalArgumentException("creditSales must be > 0, but was " + creditSales);
    }
    nonNegative(receivables);
    if (days <= 0) {
      throw new IllegalArgumentException("days must be > 0, but was " + days);
    }
    receivables.minus(creditSales); // same currency
    return receivables.amount().divide(creditSales.amount(), MC).multiply(BigDecimal.valueOf(days), MC);
  }

  /**
   * Countback DSO with months of a fixed length.
   *
   * @param monthlySales credit sales per month, newest first
   * @param daysPerMonth days each month counts, e.g. 30
   * @throws IllegalArgumentException if the months' sales do not cover the receivables, a month is
   *     negative, or {@code daysPerMonth} is not in [1, 31]
   */
  public static BigDecimal countback(Money receivables, List<Money> monthlySales, int daysPerMonth) {
    Objects.requireNonNull(monthlySales, "monthlySales");
    if (daysPerMonth < 1 || daysPerMonth > 31) {
      throw new IllegalArgumentException("daysPerMonth must be in [1, 31], but was " + daysPerMonth);
    }
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < monthlySales.size(); i++) {
      days.add(daysPerMonth);
    }
    return count(receivables, monthlySales, days, "monthlySales");
  }

  /**
   * Countback DSO with calendar month lengths.
   *
   * @param newestMonth the month of {@code monthlySales.get(0)}; each further entry is one month earlier
   * @param monthlySales credit sales per month, newest first
   */
  public static BigDecimal countback(Money receivables, YearMonth newestMonth, List<Money> monthlySales) {
    Objects.requireNonNull(newestMonth, "newestMonth");
    Objects.requireNonNull(monthlySales, "monthlySales");
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < monthlySales.size(); i++) {
      days.add(newestMonth.minusMonths(i).lengthOfMonth());
    }
    return count(receivables, monthlySales, days, "monthlySales");
  }

  /**
   * Countback DSO over sales keyed by month, with calendar month lengths: the month order comes from
   * the keys, not from a list's order. Counting starts at the latest month in {@code salesByMonth}
   * and goes back one calendar month at a time to the earliest; a month between them that has no entry
   * counts as a month without sales (all its days count while receivables remain).
   *
   * @param salesByMonth credit sales per month, at least one month
   * @throws IllegalArgumentException if the months' sales do not cover the receivables or a month is
   *     negative
   */
  public static BigDecimal countback(Money receivables, Map<YearMonth, Money> salesByMonth) {
    Objects.requireNonNull(receivables, "receivables");
    Objects.requireNonNull(salesByMonth, "salesByMonth");
    if (salesByMonth.isEmpty()) {
      throw new IllegalArgumentException("salesByMonth must hold at least one month, but was empty");
    }
    TreeMap<YearMonth, Money> sorted = new TreeMap<>();
    for (Map.Entry<YearMonth, Money> e : salesByMonth.entrySet()) {
      String name = "salesByMonth[" + e.getKey() + "]";
      Money month = Objects.requireNonNull(e.getValue(), name);
      if (month.isNegative()) {
        throw new IllegalArgumentException(name + " must be >= 0, but was " + month);
      }
      sorted.put(Objects.requireNonNull(e.getKey(), "salesByMonth key"), month);
    }
    List<Money> sales = new ArrayList<>();
    List<Integer> days = new ArrayList<>();
    for (YearMonth m = sorted.lastKey(); !m.isBefore(sorted.firstKey()); m = m.minusMonths(1)) {
      sales.add(sorted.getOrDefault(m, Money.zero(receivables.currency())));
      days.add(m.lengthOfMonth());
    }
    return count(receivables, sales, days, "salesByMonth");
  }

  private static BigDecimal count(Money receivables, List<Money> sales, List<Integer> days, String name) {
    Objects.requireNonNull(receivables, "receivables");
    nonNegative(receivables);
    Money remaining = receivables;
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < sales.size(); i++) {
      Money month = Objects.requireNonNull(sales.get(i), "monthlySales[" + i + "]");
      if (month.isNegative()) {
        throw new IllegalArgumentException("monthlySales must be >= 0, but monthlySales[" + i + "] was " + month);
      }
      if (!remaining.isPositive()) {
        return total;
      }
      if (remaining.compareTo(month) >= 0) {
        remaining = remaining.minus(month);
        total = total.add(BigDecimal.valueOf(days.get(i)));
      } else {
        BigDecimal part = remaining.amount().divide(month.amount(), MC).multiply(BigDecimal.valueOf(days.get(i)), MC);
        return total.add(part, MC);
      }
    }
    if (remaining.isPositive()) {
      throw new IllegalArgumentException(name + " must cover the receivables " + receivables + ", but "
          + remaining + " remain after " + sales.size() + " months");
    }
    return total;
  }

  private static void nonNegative(Money receivables) {
    if (receivables.isNegative()) {
      throw new IllegalArgumentException("receivables must be >= 0, but was " + receivables);
    }
  }
}
