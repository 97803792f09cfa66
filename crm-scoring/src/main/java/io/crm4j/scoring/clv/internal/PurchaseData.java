package io.crm4j.scoring.clv.internal;

import org.apiguardian.api.API;

/**
 * Summaries regrouped by frequency for the likelihoods: customers sorted by x, with the distinct
 * x values and the start of each group, so that terms depending on x alone are computed once per
 * distinct x. Up to {@value #MERGE_LIMIT} customers, rows with equal (x, t_x, T) are merged into
 * one weighted row (CDNOW: 2,357 customers, 1,016 rows); above it, where continuous data rarely
 * repeat, hashing would cost more than it saves and every row has weight 1.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class PurchaseData {

  static final int MERGE_LIMIT = 200_000;

  final int[] distinctX;
  final int[] groupStart;
  final double[] recency;
  final double[] age;
  final double[] weight;
  final double[] groupWeight;
  final double customers;

  private PurchaseData(int[] distinctX, int[] groupStart, double[] recency, double[] age, double[] weight,
      double customers) {
    this.distinctX = distinctX;
    this.groupStart = groupStart;
    this.recency = recency;
    this.age = age;
    this.weight = weight;
    this.customers = customers;
    this.groupWeight = new double[distinctX.length];
    for (int k = 0; k < distinctX.length; k++) {
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        groupWeight[k] += weight[i];
      }
    }
  }

  /** Groups the customers (rows of the given weights) by frequency (counting sort, stable). */
  public static PurchaseData of(int[] frequency, double[] recency, double[] age, double[] weight) {
    int n = frequency.length;
    int max = 0;
    for (int f : frequency) {
      max = Math.max(max, f);
    }
    int[] count = new int[max + 2];
    for (int f : frequency) {
      count[f + 1]++;
    }
    int distinct = 0;
    for (int x = 0; x <= max; x++) {
      if (count[x + 1] > 0) {
        distinct++;
      }
    }
    int[] distinctX = new int[distinct];
    int[] groupStart = new int[distinct + 1];
    int k = 0;
    int pos = 0;
    int[] offset = new int[max + 1];
    for (int x = 0; x <= max; x++) {
      if (count[x + 1] > 0) {
        distinctX[k] = x;
        groupStart[k] = pos;
        offset[x] = pos;
        pos += count[x + 1];
        k++;
      }
    }
    groupStart[distinct] = pos;
    double[] rec = new double[n];
    double[] t = new double[n];
    double[] w = new double[n];
    double total = 0;
    for (int i = 0; i < n; i++) {
      int at = offset[frequency[i]]++;
      rec[at] = recency[i];
      t[at] = age[i];
      w[at] = weight[i];
      total += weight[i];
    }
    if (n > MERGE_LIMIT) {
      return new PurchaseData(distinctX, groupStart, rec, t, w, total);
    }
    return merged(distinctX, groupStart, rec, t, w, total);
  }

  /**
   * Merges equal (t_x, T) rows within each frequency group into one row with a weight, with an
   * open-addressing hash table over primitive arrays (no boxing).
   */
  private static PurchaseData merged(int[] distinctX, int[] groupStart, double[] rec, double[] t, double[] w,
      double total) {
    int n = rec.length;
    double[] mr = new double[n];
    double[] mt = new double[n];
    double[] mw = new double[n];
    int[] mStart = new int[groupStart.length];
    int size = Integer.highestOneBit(Math.max(4, n) * 2) * 2;
    int[] table = new int[size];
    int[] stamp = new int[size];
    int m = 0;
    for (int k = 0; k < distinctX.length; k++) {
      mStart[k] = m;
      int groupStamp = k + 1;
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        long h = Double.doubleToLongBits(rec[i]) * 0x9E3779B97F4A7C15L + Double.doubleToLongBits(t[i]);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        int slot = (int) (h ^ (h >>> 32)) & (size - 1);
        while (true) {
          if (stamp[slot] != groupStamp) {
            stamp[slot] = groupStamp;
            table[slot] = m;
            mr[m] = rec[i];
            mt[m] = t[i];
            mw[m] = w[i];
            m++;
            break;
          }
          int at = table[slot];
          if (mr[at] == rec[i] && mt[at] == t[i]) {
            mw[at] += w[i];
            break;
          }
          slot = (slot + 1) & (size - 1);
        }
      }
    }
    mStart[distinctX.length] = m;
    return new PurchaseData(distinctX, mStart, java.util.Arrays.copyOf(mr, m), java.util.Arrays.copyOf(mt, m),
        java.util.Arrays.copyOf(mw, m), total);
  }

  /** Number of customers (sum of the weights). */
  public double customers() {
    return customers;
  }
}
