package io.crm4j.examples.analysis;

import io.crm4j.scoring.clv.ClvSummary;
import io.crm4j.scoring.clv.TransactionSummarizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A transaction log held as columns: for row {@code k}, customer {@code customer(k)} (an index into
 * {@link #customerIds()}, numbered in order of first appearance), the purchase day {@code day(k)} as
 * an epoch day and the amount {@code amount(k)} (0 when the log has no amount column). Ten million
 * rows take three primitive arrays and one string per distinct customer.
 *
 * <p>The command line reads a delimited text file into one through the CLI's CSV reader and a
 * {@link #builder()}; {@link Format} says how (the delimiter and the date pattern are detected from
 * the file unless given). Immutable once built.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TransactionLog {

  private final List<String> customerIds;
  private final int[] customer;
  private final int[] day;
  private final double[] amount;
  private final boolean hasAmounts;

  private TransactionLog(List<String> customerIds, int[] customer, int[] day, double[] amount, boolean hasAmounts) {
    this.customerIds = customerIds;
    this.customer = customer;
    this.day = day;
    this.amount = amount;
    this.hasAmounts = hasAmounts;
  }

  /** How to read the file; null fields are detected. */
  public record Format(@Nullable String delimiter, @Nullable String datePattern, @Nullable List<String> columnNames) {
    /** Everything detected: a header line names the columns. */
    public static Format detect() {
      return new Format(null, null, null);
    }
  }

  /**
   * A log of purchases (in one currency); the day of each is taken in UTC, the customers are
   * numbered in order of first appearance.
   */
  public static TransactionLog ofPurchases(List<io.crm4j.core.activity.Purchase> purchases) {
    Objects.requireNonNull(purchases, "purchases");
    Map<String, Integer> index = new HashMap<>();
    List<String> ids = new ArrayList<>();
    int n = purchases.size();
    int[] customer = new int[n];
    int[] day = new int[n];
    double[] amount = new double[n];
    for (int k = 0; k < n; k++) {
      io.crm4j.core.activity.Purchase p = Objects.requireNonNull(purchases.get(k), "purchases[" + k + "]");
      customer[k] = index.computeIfAbsent(p.customerId().value(), id -> {
        ids.add(id);
        return ids.size() - 1;
      });
      day[k] = Math.toIntExact(Math.floorDiv(p.at().getEpochSecond(), 86_400L));
      amount[k] = p.amount().amount().doubleValue();
    }
    return of(ids, customer, day, amount);
  }

  /** A log from columns (copied); for tests and callers that hold the data already. */
  public static TransactionLog of(List<String> customerIds, int[] customer, int[] day, double @Nullable [] amount) {
    Objects.requireNonNull(customerIds, "customerIds");
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(day, "day");
    if (day.length != customer.length || (amount != null && amount.length != customer.length)) {
      throw new IllegalArgumentException("columns must have equal lengths, but were customer " + customer.length
          + ", day " + day.length + ", amount " + (amount == null ? "none" : amount.length));
    }
    for (int k = 0; k < customer.length; k++) {
      if (customer[k] < 0 || customer[k] >= customerIds.size()) {
        throw new IllegalArgumentException("customer[" + k + "] must be in [0, " + customerIds.size()
            + "), but was " + customer[k]);
      }
      if (amount != null && !(amount[k] >= 0 && Double.isFinite(amount[k]))) {
        throw new IllegalArgumentException("amount[" + k + "] must be finite and >= 0, but was " + amount[k]);
      }
    }
    return new TransactionLog(List.copyOf(customerIds), customer.clone(), day.clone(),
        amount == null ? new double[customer.length] : amount.clone(), amount != null);
  }

  public int size() {
    return customer.length;
  }

  /** Distinct customer ids, in order of first appearance. */
  public List<String> customerIds() {
    return customerIds;
  }

  public int customer(int row) {
    return customer[row];
  }

  /** The purchase day of a row, as an epoch day. */
  public int day(int row) {
    return day[row];
  }

  public double amount(int row) {
    return amount[row];
  }

  /** The customer column itself, for this package's passes over ten million rows; not to be changed. */
  int[] customerColumn() {
    return customer;
  }

  /** The amount column itself; not to be changed. */
  double[] amountColumn() {
    return amount;
  }

  /** The purchase days as epoch days, the form {@link TransactionSummarizer} takes (a new array). */
  long[] epochDays() {
    long[] days = new long[day.length];
    for (int k = 0; k < days.length; k++) {
      days[k] = day[k];
    }
    return days;
  }

  /** The log summarized by {@code summarizer}, handed its columns as they are (only the days are widened). */
  public ClvSummary summarize(TransactionSummarizer summarizer) {
    Objects.requireNonNull(summarizer, "summarizer");
    return summarizer.summarize(customerIds, customer, epochDays(), amount);
  }

  /** Whether the log has an amount column. */
  public boolean hasAmounts() {
    return hasAmounts;
  }

  /** The first purchase day in the log. */
  public LocalDate firstDay() {
    int first = Integer.MAX_VALUE;
    for (int d : day) {
      first = Math.min(first, d);
    }
    return LocalDate.ofEpochDay(first);
  }

  /** The last purchase day in the log. */
  public LocalDate lastDay() {
    int last = Integer.MIN_VALUE;
    for (int d : day) {
      last = Math.max(last, d);
    }
    return LocalDate.ofEpochDay(last);
  }

  /** A builder that collects rows, as a file reader produces them. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects rows one at a time into growing columns, numbering customers in order of first
   * appearance; for readers of files with millions of rows. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> ids = new ArrayList<>();
    private int[] customer = new int[1 << 12];
    private int[] day = new int[1 << 12];
    private double[] amount = new double[1 << 12];
    private int n;

    private Builder() {}

    /** The number of rows added. */
    public int size() {
      return n;
    }

    /**
     * Adds a row.
     *
     * @param id the customer id, not empty
     * @param epochDay the purchase day as an epoch day
     * @param value the amount, finite and &gt;= 0 (0 for a log without amounts)
     */
    public Builder add(String id, int epochDay, double value) {
      Objects.requireNonNull(id, "id");
      if (id.isEmpty()) {
        throw new IllegalArgumentException("customer-col must not be empty, but was on row " + (n + 1));
      }
      if (!(value >= 0) || !Double.isFinite(value)) {
        throw new IllegalArgumentException("amount must be finite and >= 0, but was " + value + " on row " + (n + 1));
      }
      Integer k = index.get(id);
      if (k == null) {
        k = ids.size();
        index.put(id, k);
        ids.add(id);
      }
      if (n == customer.length) {
        int grown = n + (n >> 1);
        customer = Arrays.copyOf(customer, grown);
        day = Arrays.copyOf(day, grown);
        amount = Arrays.copyOf(amount, grown);
      }
      customer[n] = k;
      day[n] = epochDay;
      amount[n] = value;
      n++;
      return this;
    }

    /**
     * The log of the rows added; {@code hasAmounts} says whether they came with amounts.
     *
     * @throws IllegalArgumentException when no row was added
     */
    public TransactionLog build(boolean hasAmounts) {
      if (n == 0) {
        throw new IllegalArgumentException("transactions must hold at least one row, but held none");
      }
      index.clear(); // before the columns are trimmed: the map is as large as they are
      return new TransactionLog(List.copyOf(ids), Arrays.copyOf(customer, n), Arrays.copyOf(day, n),
          Arrays.copyOf(amount, n), hasAmounts);
    }
  }
}
