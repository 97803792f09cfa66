package io.crm4j.scoring.retention;

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

/**
 * Churn and retention rates by cohort and by period, measured on a transaction log (the
 * "20–40 % of customers lost a year" figure, on the user's own data). A customer is active in a
 * calendar period (month or year) when she purchased in it; her cohort is the period of her first
 * purchase.
 * <ul>
 *   <li>{@link Cohort#retentionRate(int)}: the share of a cohort active k periods after its first;</li>
 *   <li>{@link PeriodRate}: of the customers active in the previous period, the share active again
 *       in this one (retention) and the rest (churn = 1 − retention).</li>
 * </ul>
 * Pass whole periods: a last period cut short looks like churn. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CohortRetention {

  /** The length of a period. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Period {
    /** Calendar months. */
    MONTH,
    /** Calendar years. */
    YEAR
  }

  private final Period period;
  private final ZoneId zone;

  private CohortRetention(Period period, ZoneId zone) {
    this.period = period;
    this.zone = zone;
  }

  /** Rates by calendar period, purchase days taken in UTC. */
  public static CohortRetention of(Period period) {
    return of(period, ZoneOffset.UTC);
  }

  /** Rates by calendar period, each purchase's calendar day taken in {@code zone}. */
  public static CohortRetention of(Period period, ZoneId zone) {
    return new CohortRetention(Objects.requireNonNull(period, "period"), Objects.requireNonNull(zone, "zone"));
  }

  /** The rates of a log of purchases. */
  public Table compute(Iterable<Purchase> purchases) {
    Objects.requireNonNull(purchases, "purchases");
    List<String> ids = new ArrayList<>();
    List<LocalDate> dates = new ArrayList<>();
    for (Purchase p : purchases) {
      ids.add(Objects.requireNonNull(p, "purchase").customerId().value());
      dates.add(LocalDate.ofInstant(p.at(), zone));
    }
    return compute(ids.toArray(new String[0]), dates.toArray(new LocalDate[0]));
  }

  /**
   * The rates of a log given as parallel arrays of customer ids and purchase dates.
   *
   * @throws IllegalArgumentException when the arrays differ in length or are empty
   */
  public Table compute(String[] customerIds, LocalDate[] dates) {
    Objects.requireNonNull(customerIds, "customerIds");
    Objects.requireNonNull(dates, "dates");
    if (customerIds.length != dates.length) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were customerIds " + customerIds.length
          + ", dates " + dates.length);
    }
    if (customerIds.length == 0) {
      throw new IllegalArgumentException("customerIds must not be empty, but had length 0");
    }
    int[] periods = new int[customerIds.length];
    int minPeriod = Integer.MAX_VALUE;
    int maxPeriod = Integer.MIN_VALUE;
    for (int i = 0; i < periods.length; i++) {
      periods[i] = periodOf(Objects.requireNonNull(dates[i], "dates[" + i + "]"));
      minPeriod = Math.min(minPeriod, periods[i]);
      maxPeriod = Math.max(maxPeriod, periods[i]);
    }
    Map<String, Integer> index = new HashMap<>();
    long[] keys = new long[customerIds.length];
    for (int i = 0; i < keys.length; i++) {
      String id = Objects.requireNonNull(customerIds[i], "customerIds[" + i + "]");
      keys[i] = ((long) index.computeIfAbsent(id, k -> index.size()) << 32) | (periods[i] - minPeriod);
    }
    Arrays.sort(keys);
    int span = maxPeriod - minPeriod + 1;
    int[] cohortSize = new int[span];
    int[][] activeAt = new int[span][];
    int[] active = new int[span];
    int[] retained = new int[span];
    int first = 0;
    for (int k = 0; k < keys.length; k++) {
      boolean newCustomer = k == 0 || keys[k] >>> 32 != keys[k - 1] >>> 32;
      if (!newCustomer && keys[k] == keys[k - 1]) {
        continue;
      }
      int p = (int) keys[k];
      if (newCustomer) {
        first = p;
        cohortSize[first]++;
        if (activeAt[first] == null) {
          activeAt[first] = new int[span - first];
        }
      } else if ((int) keys[k - 1] == p - 1) {
        retained[p]++;
      }
      activeAt[first][p - first]++;
      active[p]++;
    }
    List<Cohort> cohorts = new ArrayList<>();
    for (int c = 0; c < span; c++) {
      if (cohortSize[c] > 0) {
        List<Integer> counts = new ArrayList<>(span - c);
        for (int v : activeAt[c]) {
          counts.add(v);
        }
        cohorts.add(new Cohort(startOf(c + minPeriod), cohortSize[c], List.copyOf(counts)));
      }
    }
    List<PeriodRate> rates = new ArrayList<>();
    for (int p = 1; p < span; p++) {
      if (active[p - 1] > 0) {
        rates.add(new PeriodRate(startOf(p + minPeriod), active[p - 1], retained[p]));
      }
    }
    return new Table(period, List.copyOf(cohorts), List.copyOf(rates));
  }

  private int periodOf(LocalDate d) {
    return period == Period.YEAR ? d.getYear() : d.getYear() * 12 + d.getMonthValue() - 1;
  }

  private LocalDate startOf(int p) {
    return period == Period.YEAR ? LocalDate.of(p, 1, 1) : LocalDate.of(Math.floorDiv(p, 12), Math.floorMod(p, 12) + 1, 1);
  }

  /**
   * The rates of one log.
   *
   * @param period the period length
   * @param cohorts the cohorts, oldest first
   * @param periods the period-on-period rates, from the second period of the log on (a period
   *     after one with no active customer is left out)
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Table(Period period, List<Cohort> cohorts, List<PeriodRate> periods) {}

  /**
   * One cohort.
   *
   * @param start the first day of the cohort's period
   * @param size the customers whose first purchase fell in it
   * @param active element k: the cohort's customers who purchased k periods after the cohort's
   *     period (element 0 is the size), up to the last period of the log
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Cohort(LocalDate start, int size, List<Integer> active) {

    /**
     * The share of the cohort active {@code k} periods after its first, in [0, 1].
     *
     * @throws IllegalArgumentException unless 0 &le; k &lt; active().size()
     */
    public double retentionRate(int k) {
      if (k < 0 || k >= active.size()) {
        throw new IllegalArgumentException("k must be in [0, " + active.size() + "), but was " + k);
      }
      return active.get(k) / (double) size;
    }
  }

  /**
   * Period-on-period rates.
   *
   * @param start the first day of the period
   * @param activeBefore customers active in the previous period (&gt; 0)
   * @param retained of them, those active again in this period
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record PeriodRate(LocalDate start, int activeBefore, int retained) {

    /** retained / activeBefore. */
    public double retentionRate() {
      return retained / (double) activeBefore;
    }

    /** 1 − {@link #retentionRate()}. */
    public double churnRate() {
      return 1 - retentionRate();
    }
  }
}
