package io.crm4j.scoring.rfm;

import io.crm4j.core.customer.CustomerId;
import io.crm4j.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * The result of an {@link RfmAnalysis}: one row per customer, stored column by column so that a
 * million customers cost a few primitive arrays rather than a million objects. Read a row with
 * {@link #row(int)}, or all with {@link #rows()}.
 *
 * <p>Immutable and thread-safe: the arrays are never handed out.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RfmTable {

  private final List<CustomerId> customers;
  private final Currency currency;
  private final MonetaryMeasure measure;
  private final int[] recencyDays;
  private final int[] frequency;
  private final long[] spendMinor;
  private final byte[] r;
  private final byte[] f;
  private final byte[] m;
  private final String[] segments;
  private final int[] segment;

  RfmTable(List<CustomerId> customers, Currency currency, MonetaryMeasure measure, int[] recencyDays,
      int[] frequency, long[] spendMinor, byte[] r, byte[] f, byte[] m, String[] segments, int[] segment) {
    this.customers = customers;
    this.currency = currency;
    this.measure = measure;
    this.recencyDays = recencyDays;
    this.frequency = frequency;
    this.spendMinor = spendMinor;
    this.r = r;
    this.f = f;
    this.m = m;
    this.segments = segments;
    this.segment = segment;
  }

  /** Number of customers. */
  public int size() {
    return customers.size();
  }

  public Currency currency() {
    return currency;
  }

  /** The customers, in the order of the rows. */
  public List<CustomerId> customers() {
    return customers;
  }

  /**
   * Row {@code i}.
   *
   * @throws IndexOutOfBoundsException unless {@code 0 <= i < size()}
   */
  public RfmRow row(int i) {
    Objects.checkIndex(i, size());
    return new RfmRow(customers.get(i), recencyDays[i], frequency[i], monetary(i), score(i), segments[segment[i]]);
  }

  /** All rows, in input order (first appearance of the customer). */
  public List<RfmRow> rows() {
    List<RfmRow> rows = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      rows.add(row(i));
    }
    return List.copyOf(rows);
  }

  /** The scores of row {@code i}. */
  public RfmScore score(int i) {
    Objects.checkIndex(i, size());
    return new RfmScore(r[i], f[i], m[i]);
  }

  /** The segment of row {@code i}. */
  public String segment(int i) {
    Objects.checkIndex(i, size());
    return segments[segment[i]];
  }

  /** The monetary value of row {@code i}: total spend, or mean spend rounded half-even to the minor unit. */
  public Money monetary(int i) {
    Objects.checkIndex(i, size());
    if (measure == MonetaryMeasure.TOTAL) {
      return Money.ofMinor(spendMinor[i], currency);
    }
    BigDecimal total = Money.ofMinor(spendMinor[i], currency).amount();
    return Money.of(total.divide(BigDecimal.valueOf(frequency[i]), total.scale(), RoundingMode.HALF_EVEN), currency);
  }

  /**
   * The monetary value of every row in major units (dollars, not cents), as used for the M score; a
   * fresh array, handy as input to an ABC classification.
   */
  public double[] monetaryValues() {
    double[] values = new double[size()];
    double scale = Math.pow(10, Math.max(0, currency.getDefaultFractionDigits()));
    for (int i = 0; i < values.length; i++) {
      double total = spendMinor[i] / scale;
      values[i] = measure == MonetaryMeasure.TOTAL ? total : total / frequency[i];
    }
    return values;
  }

  /** How many customers fall in each three-digit cell, in ascending cell order. */
  public Map<Integer, Integer> cellCounts() {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (int i = 0; i < size(); i++) {
      counts.merge(r[i] * 100 + f[i] * 10 + m[i], 1, Integer::sum);
    }
    return counts;
  }

  /** How many customers fall in each segment, in the segment map's order. */
  public Map<String, Integer> segmentCounts() {
    int[] counts = new int[segments.length];
    for (int i = 0; i < size(); i++) {
      counts[segment[i]]++;
    }
    Map<String, Integer> result = new LinkedHashMap<>();
    for (int s = 0; s < segments.length; s++) {
      result.put(segments[s], counts[s]);
    }
    return result;
  }

  @Override
  public String toString() {
    return "RfmTable[customers=" + size() + ", currency=" + currency + ", measure=" + measure + "]";
  }
}
