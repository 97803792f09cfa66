package io.crm4j.scoring.clv;

import io.crm4j.core.activity.Purchase;
import io.crm4j.scoring.clv.internal.ExactSum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Builds the per-customer summary that the purchase models read from a transaction log.
 *
 * <p>Transactions on the same calendar day count as one purchase (their amounts are summed).
 * For each customer whose first purchase is on or before the calibration end: frequency = number
 * of repeat purchase days up to the calibration end; recency = days from the first to the last of
 * those purchase days; T = days from the first purchase to the calibration end; monetary value =
 * mean amount of the repeat purchase days (0 when frequency is 0), from the exact sum of the
 * amounts rounded once, so it does not depend on the order of the input rows. Times are converted to the
 * configured {@link ClvTimeUnit}. Customers appear in the order of their first transaction in the
 * input. With a holdout end, purchases after the calibration end and up to the holdout end are
 * counted separately ({@link #summarizeWithHoldout}).
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TransactionSummarizer {

  private final LocalDate calibrationEnd;
  private final @Nullable LocalDate holdoutEnd;
  private final ClvTimeUnit unit;
  private final ZoneId zone;

  private TransactionSummarizer(Builder b) {
    this.calibrationEnd = b.calibrationEnd;
    this.holdoutEnd = b.holdoutEnd;
    this.unit = b.unit;
    this.zone = b.zone;
  }

  /** A summarizer in weeks, UTC, with the given calibration end and no holdout. */
  public static TransactionSummarizer of(LocalDate calibrationEnd) {
    return custom(calibrationEnd).build();
  }

  /** Starts a builder; calibration end is the only required setting. */
  public static Builder custom(LocalDate calibrationEnd) {
    return new Builder(calibrationEnd);
  }

  /** Summarizes purchases (amounts in one currency); the calendar day of each is taken in the zone. */
  public ClvSummary summarize(Iterable<Purchase> purchases) {
    return collect(purchases).summarize(false).calibration();
  }

  /** Summarizes parallel arrays of customer ids, purchase dates and amounts. */
  public ClvSummary summarize(String[] customerIds, LocalDate[] dates, double[] amounts) {
    return collect(customerIds, dates, amounts).summarize(false).calibration();
  }

  /** Like {@link #summarize(Iterable)} and also counts the holdout period; needs a holdout end. */
  public HoldoutSummary summarizeWithHoldout(Iterable<Purchase> purchases) {
    requireHoldout();
    return collect(purchases).summarize(true);
  }

  /** Like {@link #summarize(String[], LocalDate[], double[])} plus the holdout; needs a holdout end. */
  public HoldoutSummary summarizeWithHoldout(String[] customerIds, LocalDate[] dates, double[] amounts) {
    requireHoldout();
    return collect(customerIds, dates, amounts).summarize(true);
  }

  /**
   * Summarizes columnar input: transaction {@code k} was made by {@code customerIds.get(customer[k])}
   * on epoch day {@code epochDay[k]} for {@code amounts[k]}. Rows follow the order of
   * {@code customerIds}, less the customers whose first purchase is after the calibration end. This
   * form keeps ten million transactions in three primitive arrays instead of ten million objects;
   * the arrays are read, not kept.
   *
   * @throws IllegalArgumentException if the arrays differ in length, an index is out of range or an
   *     amount is negative or not finite
   */
  public ClvSummary summarize(List<String> customerIds, int[] customer, long[] epochDay, double[] amounts) {
    return collect(customerIds, customer, epochDay, amounts).summarize(false).calibration();
  }

  /** Like {@link #summarize(List, int[], long[], double[])} plus the holdout; needs a holdout end. */
  public HoldoutSummary summarizeWithHoldout(List<String> customerIds, int[] customer, long[] epochDay,
      double[] amounts) {
    requireHoldout();
    return collect(customerIds, customer, epochDay, amounts).summarize(true);
  }

  private void requireHoldout() {
    if (holdoutEnd == null) {
      throw new IllegalStateException("holdoutEnd must be set for a holdout summary, but was not configured");
    }
  }

  private Log collect(Iterable<Purchase> purchases) {
    Objects.requireNonNull(purchases, "purchases");
    Log log = new Log();
    java.util.Currency currency = null;
    for (Purchase p : purchases) {
      Objects.requireNonNull(p, "purchase");
      if (currency == null) {
        currency = p.amount().currency();
      } else if (!currency.equals(p.amount().currency())) {
        throw new io.crm4j.core.money.CurrencyMismatchException(currency, p.amount().currency());
      }
      log.add(p.customerId().value(), LocalDate.ofInstant(p.at(), zone).toEpochDay(), p.amount().amount().doubleValue());
    }
    return log;
  }

  private Log collect(String[] ids, LocalDate[] dates, double[] amounts) {
    Objects.requireNonNull(ids, "customerIds");
    Objects.requireNonNull(dates, "dates");
    Objects.requireNonNull(amounts, "amounts");
    if (dates.length != ids.length || amounts.length != ids.length) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were customerIds " + ids.length
          + ", dates " + dates.length + ", amounts " + amounts.length);
    }
    Log log = new Log();
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == null || dates[i] == null) {
        // the message is built only here: a string concatenation per row slows short runs down
        throw new NullPointerException((ids[i] == null ? "customerIds[" : "dates[") + i + "]");
      }
      if (ids[i].isBlank()) {
        throw new IllegalArgumentException("customerIds[" + i + "] must not be blank, but was '" + ids[i] + "'");
      }
      if (!(amounts[i] >= 0) || !Double.isFinite(amounts[i])) {
        throw new IllegalArgumentException("amounts[" + i + "] must be finite and >= 0, but was " + amounts[i]);
      }
      log.add(ids[i], dates[i].toEpochDay(), amounts[i]);
    }
    return log;
  }

  private Log collect(List<String> ids, int[] customer, long[] epochDay, double[] amounts) {
    Objects.requireNonNull(ids, "customerIds");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(epochDay, "epochDay");
    Objects.requireNonNull(amounts, "amounts");
    if (epochDay.length != customer.length || amounts.length != customer.length) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were customer " + customer.length
          + ", epochDay " + epochDay.length + ", amounts " + amounts.length);
    }
    for (int i = 0; i < customer.length; i++) {
      if (customer[i] < 0 || customer[i] >= ids.size()) {
        throw new IllegalArgumentException("customer[" + i + "] must be in [0, " + ids.size() + "), but was "
            + customer[i]);
      }
      if (!(amounts[i] >= 0) || !Double.isFinite(amounts[i])) {
        throw new IllegalArgumentException("amounts[" + i + "] must be finite and >= 0, but was " + amounts[i]);
      }
    }
    List<String> names = List.copyOf(ids);
    return new Log(names, customer, epochDay, amounts, customer.length);
  }

  /** The transaction log in arrival order, with customers numbered by first appearance. */
  private final class Log {
    final Map<String, Integer> index;
    final List<String> names;
    int[] customer;
    long[] day;
    double[] amount;
    int n;

    Log() {
      this(new ArrayList<>(), new int[64], new long[64], new double[64], 0);
    }

    /** A log over given columns; {@link #add} is not used on it. */
    Log(List<String> names, int[] customer, long[] day, double[] amount, int n) {
      this.index = new HashMap<>();
      this.names = names;
      this.customer = customer;
      this.day = day;
      this.amount = amount;
      this.n = n;
    }

    void add(String id, long epochDay, double value) {
      Integer k = index.get(id);
      if (k == null) {
        k = names.size();
        index.put(id, k);
        names.add(id);
      }
      if (n == customer.length) {
        customer = Arrays.copyOf(customer, 2 * n);
        day = Arrays.copyOf(day, 2 * n);
        amount = Arrays.copyOf(amount, 2 * n);
      }
      customer[n] = k;
      day[n] = epochDay;
      amount[n] = value;
      n++;
    }

    HoldoutSummary summarize(boolean withHoldout) {
      int m = names.size();
      // each customer's rows, by a counting sort of the row numbers (no copy of the columns)
      int[] start = new int[m + 1];
      for (int i = 0; i < n; i++) {
        start[customer[i] + 1]++;
      }
      for (int k = 0; k < m; k++) {
        start[k + 1] += start[k];
      }
      int[] order = new int[n];
      int[] fill = Arrays.copyOf(start, m);
      for (int i = 0; i < n; i++) {
        order[fill[customer[i]]++] = i;
      }
      fill = null;
      long calEnd = calibrationEnd.toEpochDay();
      long holdEnd = holdoutEnd == null ? calEnd : holdoutEnd.toEpochDay();
      int kept = 0;
      for (int k = 0; k < m; k++) {
        if (firstDay(order, start[k], start[k + 1]) <= calEnd) {
          kept++;
        }
      }
      String[] ids = new String[kept];
      int[] freq = new int[kept];
      double[] rec = new double[kept];
      double[] age = new double[kept];
      double[] mon = new double[kept];
      int[] hFreq = new int[kept];
      double[] hMon = new double[kept];
      long[] sorted = new long[16];
      ExactSum repeatSum = new ExactSum();
      ExactSum holdSum = new ExactSum();
      int row = 0;
      for (int k = 0; k < m; k++) {
        int from = start[k];
        int to = start[k + 1];
        long first = firstDay(order, from, to);
        if (first > calEnd) {
          continue;
        }
        // exact sums, rounded once: the means do not depend on the order of the input rows
        repeatSum.reset();
        holdSum.reset();
        if (sorted.length < to - from) {
          sorted = new long[Math.max(to - from, 2 * sorted.length)];
        }
        for (int i = from; i < to; i++) {
          long d = day[order[i]];
          double a = amount[order[i]];
          sorted[i - from] = d;
          if (d <= calEnd) {
            if (d != first) {
              repeatSum.add(a);
            }
          } else if (d <= holdEnd) {
            holdSum.add(a);
          }
        }
        Arrays.sort(sorted, 0, to - from);
        int calDays = 0;
        int holdDays = 0;
        long last = first;
        long previous = Long.MIN_VALUE;
        for (int i = 0; i < to - from; i++) {
          long d = sorted[i];
          if (d == previous) {
            continue;
          }
          previous = d;
          if (d <= calEnd) {
            calDays++;
            last = d;
          } else if (d <= holdEnd) {
            holdDays++;
          }
        }
        ids[row] = names.get(k);
        freq[row] = calDays - 1;
        rec[row] = unit.fromDays(last - first);
        age[row] = unit.fromDays(calEnd - first);
        mon[row] = calDays > 1 ? repeatSum.value() / (calDays - 1) : 0.0;
        hFreq[row] = holdDays;
        hMon[row] = holdDays > 0 ? holdSum.value() / holdDays : 0.0;
        row++;
      }
      ClvSummary summary = ClvSummary.adopt(ids, freq, rec, age, mon, unit);
      double duration = withHoldout ? unit.fromDays(holdEnd - calEnd) : 0.0;
      return new HoldoutSummary(summary, hFreq, hMon, duration);
    }

    private long firstDay(int[] order, int from, int to) {
      long first = Long.MAX_VALUE;
      for (int i = from; i < to; i++) {
        first = Math.min(first, day[order[i]]);
      }
      return first;
    }
  }

  /** Builder for {@link TransactionSummarizer}; each setter checks its argument at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final LocalDate calibrationEnd;
    private @Nullable LocalDate holdoutEnd;
    private ClvTimeUnit unit = ClvTimeUnit.WEEKS;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder(LocalDate calibrationEnd) {
      this.calibrationEnd = Objects.requireNonNull(calibrationEnd, "calibrationEnd");
    }

    /** The time unit of recency, T and the holdout duration (default weeks). */
    public Builder unit(ClvTimeUnit unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    /** The zone in which a purchase instant is turned into a calendar day (default UTC). */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The last day (inclusive) of the holdout period; must be after the calibration end. */
    public Builder holdoutEnd(LocalDate holdoutEnd) {
      Objects.requireNonNull(holdoutEnd, "holdoutEnd");
      if (!holdoutEnd.isAfter(calibrationEnd)) {
        throw new IllegalArgumentException("holdoutEnd must be after calibrationEnd " + calibrationEnd
            + ", but was " + holdoutEnd);
      }
      this.holdoutEnd = holdoutEnd;
      return this;
    }

    /** Returns the summarizer. */
    public TransactionSummarizer build() {
      return new TransactionSummarizer(this);
    }
  }
}
