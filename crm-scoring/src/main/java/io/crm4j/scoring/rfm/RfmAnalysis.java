package io.crm4j.scoring.rfm;

import io.crm4j.core.activity.Purchase;
import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.CurrencyMismatchException;
import io.crm4j.scoring.tiering.internal.Ranking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * RFM analysis: aggregates purchases per customer into recency (days since the last purchase),
 * frequency (number of purchases) and monetary value, scores each from 1 to the number of bins by
 * quantile over the population, and names a segment.
 *
 * <p><b>Scoring and ties.</b> With {@code n} customers and {@code b} bins, a customer of whom
 * {@code w} customers are strictly worse (less recent, fewer purchases, less spend) scores
 * {@code 1 + floor(b * w / n)}. So with distinct values each bin holds {@code n / b} customers
 * (quintiles for {@code b = 5}); customers with equal values always score the same, and they take
 * the bin of the lowest-ranked among them ("minimum rank"). Bins can therefore be uneven, and a
 * bin can be empty when many customers tie (for example most customers with a single purchase
 * score F = 1). The result does not depend on the order of the input.
 *
 * <p><b>Recency</b> is the whole number of days (floor of 86,400-second periods) from the last
 * purchase to {@code asOf}. Purchases after {@code asOf} are rejected. Every purchase counts
 * towards the frequency, including several on one day.
 *
 * <p><b>Memory.</b> Both entry points keep per-customer state only (a few primitive arrays, and a
 * map from id to row for the {@link Iterable} form); no purchase is retained.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmAnalysis {

  private static final long SECONDS_PER_DAY = 86_400L;

  private final RfmConfig config;

  private RfmAnalysis(RfmConfig config) {
    this.config = config;
  }

  public static RfmAnalysis of(RfmConfig config) {
    return new RfmAnalysis(Objects.requireNonNull(config, "config"));
  }

  public static RfmAnalysis ofDefaults() {
    return new RfmAnalysis(RfmConfig.ofDefaults());
  }

  public RfmConfig config() {
    return config;
  }

  /**
   * Scores the customers that appear in {@code purchases}, rows in order of first appearance.
   *
   * @throws IllegalArgumentException if there are no purchases, or one is after {@code asOf}
   * @throws CurrencyMismatchException if the purchases use more than one currency
   */
  public RfmTable score(Iterable<Purchase> purchases, Instant asOf) {
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(asOf, "asOf");
    Map<CustomerId, Integer> rowOf = new HashMap<>();
    List<CustomerId> customers = new ArrayList<>();
    Currency currency = null;
    long[] last = new long[16];
    int[] count = new int[16];
    long[] spend = new long[16];
    long asOfSecond = asOf.getEpochSecond();
    for (Purchase p : purchases) {
      Objects.requireNonNull(p, "purchases element");
      if (currency == null) {
        currency = p.amount().currency();
      } else if (!currency.equals(p.amount().currency())) {
        throw new CurrencyMismatchException(currency, p.amount().currency());
      }
      if (p.at().isAfter(asOf)) {
        throw new IllegalArgumentException("purchase time must not be after asOf " + asOf + ", but was "
            + p.at() + " for customer " + p.customerId());
      }
      Integer row = rowOf.get(p.customerId());
      if (row == null) {
        row = customers.size();
        rowOf.put(p.customerId(), row);
        customers.add(p.customerId());
        if (row == last.length) {
          last = Arrays.copyOf(last, row * 2);
          count = Arrays.copyOf(count, row * 2);
          spend = Arrays.copyOf(spend, row * 2);
        }
        last[row] = Long.MIN_VALUE;
      }
      last[row] = Math.max(last[row], p.at().getEpochSecond());
      count[row]++;
      spend[row] = Math.addExact(spend[row], p.amount().minorUnits());
    }
    if (currency == null) {
      throw new IllegalArgumentException("purchases must not be empty, but had none");
    }
    int n = customers.size();
    return table(List.copyOf(customers), currency, recencyDays(Arrays.copyOf(last, n), asOfSecond),
        Arrays.copyOf(count, n), Arrays.copyOf(spend, n));
  }

  /**
   * Scores columnar input: purchase {@code k} was made by {@code customers.get(customerIndex[k])}
   * at {@code epochSecond[k]} for {@code amountMinor[k]} minor units (cents) of {@code currency}.
   * Rows follow the order of {@code customers}. This form keeps ten million purchases in three
   * primitive arrays instead of ten million objects.
   *
   * @throws IllegalArgumentException if the arrays differ in length or are empty, an index is out
   *     of range, an amount is negative, a purchase is after {@code asOf}, or a customer has no
   *     purchase
   */
  public RfmTable score(List<CustomerId> customers, int[] customerIndex, long[] epochSecond,
      long[] amountMinor, Currency currency, Instant asOf) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(customerIndex, "customerIndex");
    Objects.requireNonNull(epochSecond, "epochSecond");
    Objects.requireNonNull(amountMinor, "amountMinor");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(asOf, "asOf");
    int purchases = customerIndex.length;
    if (purchases == 0) {
      throw new IllegalArgumentException("customerIndex must not be empty, but had length 0");
    }
    if (epochSecond.length != purchases || amountMinor.length != purchases) {
      throw new IllegalArgumentException("epochSecond and amountMinor must have the length of customerIndex ("
          + purchases + "), but had " + epochSecond.length + " and " + amountMinor.length);
    }
    List<CustomerId> ids = List.copyOf(customers);
    int n = ids.size();
    long asOfSecond = asOf.getEpochSecond();
    // one interleaved array (last purchase, count, spend per customer) so that each purchase
    // touches one cache line instead of three
    long[] state = new long[3 * n];
    for (int c = 0; c < n; c++) {
      state[3 * c] = Long.MIN_VALUE;
    }
    for (int k = 0; k < purchases; k++) {
      int c = customerIndex[k];
      if (c < 0 || c >= n) {
        throw new IllegalArgumentException("customerIndex[" + k + "] must be in [0, " + n + "), but was " + c);
      }
      long at = epochSecond[k];
      if (at > asOfSecond) {
        throw new IllegalArgumentException("epochSecond[" + k + "] must not be after asOf (" + asOfSecond
            + "), but was " + at);
      }
      long amount = amountMinor[k];
      if (amount < 0) {
        throw new IllegalArgumentException("amountMinor[" + k + "] must be >= 0, but was " + amount);
      }
      int base = 3 * c;
      if (at > state[base]) {
        state[base] = at;
      }
      state[base + 1]++;
      state[base + 2] = Math.addExact(state[base + 2], amount);
    }
    long[] last = new long[n];
    int[] count = new int[n];
    long[] spend = new long[n];
    for (int c = 0; c < n; c++) {
      if (state[3 * c + 1] == 0) {
        throw new IllegalArgumentException("customers must each have a purchase, but " + ids.get(c)
            + " (index " + c + ") had none");
      }
      last[c] = state[3 * c];
      count[c] = Math.toIntExact(state[3 * c + 1]);
      spend[c] = state[3 * c + 2];
    }
    return table(ids, currency, recencyDays(last, asOfSecond), count, spend);
  }

  /**
   * Scores per-customer totals that the caller has already gathered: customer {@code i} bought last
   * {@code recencyDays[i]} days before the as-of date, {@code purchases[i]} times, for
   * {@code spendMinor[i]} minor units (cents) of {@code currency} in all. Rows follow the order of
   * {@code customers}; the arrays are read, not kept.
   *
   * @throws IllegalArgumentException if the arrays differ in length from {@code customers} or are
   *     empty, a recency or spend is negative, or a customer has no purchase
   */
  public RfmTable scoreTotals(List<CustomerId> customers, int[] recencyDays, int[] purchases, long[] spendMinor,
      Currency currency) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(recencyDays, "recencyDays");
    Objects.requireNonNull(purchases, "purchases");
    Objects.requireNonNull(spendMinor, "spendMinor");
    Objects.requireNonNull(currency, "currency");
    int n = customers.size();
    if (n == 0) {
      throw new IllegalArgumentException("customers must not be empty, but had none");
    }
    if (recencyDays.length != n || purchases.length != n || spendMinor.length != n) {
      throw new IllegalArgumentException("recencyDays, purchases and spendMinor must have the length of customers ("
          + n + "), but had " + recencyDays.length + ", " + purchases.length + " and " + spendMinor.length);
    }
    for (int i = 0; i < n; i++) {
      if (recencyDays[i] < 0) {
        throw new IllegalArgumentException("recencyDays[" + i + "] must be >= 0, but was " + recencyDays[i]);
      }
      if (purchases[i] < 1) {
        throw new IllegalArgumentException("purchases[" + i + "] must be >= 1, but was " + purchases[i]);
      }
      if (spendMinor[i] < 0) {
        throw new IllegalArgumentException("spendMinor[" + i + "] must be >= 0, but was " + spendMinor[i]);
      }
    }
    return table(List.copyOf(customers), currency, recencyDays.clone(), purchases.clone(), spendMinor.clone());
  }

  private static int[] recencyDays(long[] lastSecond, long asOfSecond) {
    int[] days = new int[lastSecond.length];
    for (int i = 0; i < days.length; i++) {
      long d = (asOfSecond - lastSecond[i]) / SECONDS_PER_DAY;
      if (d > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("recency must be at most " + Integer.MAX_VALUE
            + " days, but a last purchase was " + d + " days before asOf");
      }
      days[i] = (int) d;
    }
    return days;
  }

  private RfmTable table(List<CustomerId> customers, Currency currency, int[] recency, int[] count, long[] spend) {
    int n = customers.size();
    int bins = config.bins();
    MonetaryMeasure measure = config.monetaryMeasure();
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      monetary[i] = measure == MonetaryMeasure.TOTAL ? spend[i] : (double) spend[i] / count[i];
    }
    int[] moreRecent = Ranking.countStrictlyAbove(recency); // customers with a larger recency are worse
    int[] fewer = Ranking.countStrictlyBelow(count);
    int[] less = Ranking.countStrictlyBelow(monetary);
    RfmSegmentMap map = config.segmentMap();
    List<String> names = map.segments();
    String[][] segmentByCell = new String[bins + 1][bins + 1];
    int[][] segmentIndex = new int[bins + 1][bins + 1];
    for (int r = 1; r <= bins; r++) {
      for (int fm = 1; fm <= bins; fm++) {
        segmentByCell[r][fm] = map.segmentOf(r, fm);
        segmentIndex[r][fm] = names.indexOf(segmentByCell[r][fm]);
      }
    }
    byte[] r = new byte[n];
    byte[] f = new byte[n];
    byte[] m = new byte[n];
    int[] segment = new int[n];
    for (int i = 0; i < n; i++) {
      r[i] = (byte) Ranking.bin(moreRecent[i], n, bins);
      f[i] = (byte) Ranking.bin(fewer[i], n, bins);
      m[i] = (byte) Ranking.bin(less[i], n, bins);
      segment[i] = segmentIndex[r[i]][(f[i] + m[i] + 1) / 2];
    }
    return new RfmTable(customers, currency, measure, recency, count, spend, r, f, m,
        names.toArray(String[]::new), segment);
  }
}
