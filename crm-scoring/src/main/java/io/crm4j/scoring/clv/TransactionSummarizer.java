package io.crm4j.scoring.clv;

import io.crm4j.core.activity.Purchase;
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
 * mean amount of the repeat purchase days (0 when frequency is 0). Times are converted to the
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
      if (!(amounts[i] >= 0) || !Double.isFinite(amounts[i])) {
        throw new IllegalArgumentException("amounts[" + i + "] must be finite and >= 0, but was " + amounts[i]);
      }
      log.add(ids[i], dates[i].toEpochDay(), amounts[i]);
    }
    return log;
  }

  /** The transaction log in arrival order, with customers numbered by first appearance. */
  private final class Log {
    final Map<String, Integer> index = new HashMap<>();
    final List<String> names = new ArrayList<>();
    int[] customer = new int[64];
    long[] day = new long[64];
    double[] amount = new double[64];
    int n;

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
      int[] start = new int[m + 1];
      for (int i = 0; i < n; i++) {
        start[customer[i] + 1]++;
      }
      for (int k = 0; k < m; k++) {
        start[k + 1] += start[k];
      }
      int[] fill = Arrays.copyOf(start, m);
      long[] days = new long[n];
      double[] amounts = new double[n];
      for (int i = 0; i < n; i++) {
        int pos = fill[customer[i]]++;
        days[pos] = day[i];
        amounts[pos] = amount[i];
      }
      long calEnd = calibrationEnd.toEpochDay();
      long holdEnd = holdoutEnd == null ? calEnd : holdoutEnd.toEpochDay();
      List<String> ids = new ArrayList<>();
      int[] freq = new int[m];
      double[] rec = new double[m];
      double[] age = new double[m];
      double[] mon = new double[m];
      int[] hFreq = new int[m];
      double[] hMon = new double[m];
      int kept = 0;
      for (int k = 0; k < m; k++) {
        int from = start[k];
        int to = start[k + 1];
        long first = Long.MAX_VALUE;
        for (int i = from; i < to; i++) {
          first = Math.min(first, days[i]);
        }
        if (first > calEnd) {
          continue;
        }
        double firstDayTotal = 0;
        double calTotal = 0;
        double holdTotal = 0;
        for (int i = from; i < to; i++) {
          if (days[i] == first) {
            firstDayTotal += amounts[i];
          }
          if (days[i] <= calEnd) {
            calTotal += amounts[i];
          } else if (days[i] <= holdEnd) {
            holdTotal += amounts[i];
          }
        }
        long[] sorted = Arrays.copyOfRange(days, from, to);
        Arrays.sort(sorted);
        int calDays = 0;
        int holdDays = 0;
        long last = first;
        long previous = Long.MIN_VALUE;
        for (long d : sorted) {
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
        ids.add(names.get(k));
        freq[kept] = calDays - 1;
        rec[kept] = unit.fromDays(last - first);
        age[kept] = unit.fromDays(calEnd - first);
        mon[kept] = calDays > 1 ? (calTotal - firstDayTotal) / (calDays - 1) : 0.0;
        hFreq[kept] = holdDays;
        hMon[kept] = holdDays > 0 ? holdTotal / holdDays : 0.0;
        kept++;
      }
      ClvSummary summary = ClvSummary.of(ids.toArray(new String[0]), Arrays.copyOf(freq, kept),
          Arrays.copyOf(rec, kept), Arrays.copyOf(age, kept), Arrays.copyOf(mon, kept));
      double duration = withHoldout ? unit.fromDays(holdEnd - calEnd) : 0.0;
      return new HoldoutSummary(summary, Arrays.copyOf(hFreq, kept), Arrays.copyOf(hMon, kept), duration);
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
