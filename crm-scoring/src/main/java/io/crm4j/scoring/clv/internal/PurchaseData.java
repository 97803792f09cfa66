package io.crm4j.scoring.clv.internal;

/**
 * Summaries regrouped by frequency for the likelihoods: customers sorted by x, with the distinct
 * x values and the start of each group, so that terms depending on x alone are computed once per
 * distinct x. Up to {@value #MERGE_LIMIT} customers, rows with equal (x, t_x, T) are merged into
 * one weighted row (CDNOW: 2,357 customers, 1,016 rows); above it, where continuous data rarely
 * repeat, hashing would cost more than it saves and every row has weight 1.
 */
public final class PurchaseData {

  static final int MERGE_LIMIT = 200_000;

  final int[] distinctX;
  final int[] groupStart;
  final double[] recency;
  final double[] age;
  final double[] weight;
  final double[] groupWeight;
  final int customers;

  private PurchaseData(int[] distinctX, int[] groupStart, double[] recency, double[] age, double[] weight,
      int customers) {
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

  /** Groups the customers by frequency (counting sort, stable). */
  public static PurchaseData of(int[] frequency, double[] recency, double[] age) {
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
    for (int i = 0; i < n; i++) {
      int at = offset[frequency[i]]++;
      rec[at] = recency[i];
      t[at] = age[i];
    }
    if (n > MERGE_LIMIT) {
      double[] ones = new double[n];
      java.util.Arrays.fill(ones, 1.0);
      return new PurchaseData(distinctX, groupStart, rec, t, ones, n);
    }
    return merged(distinctX, groupStart, rec, t, n);
  }

  private record Key(double recency, double age) {}

  /** Merges equal (t_x, T) rows within each frequency group into one row with a weight. */
  private static PurchaseData merged(int[] distinctX, int[] groupStart, double[] rec, double[] t, int n) {
    double[] mr = new double[n];
    double[] mt = new double[n];
    double[] mw = new double[n];
    int[] mStart = new int[groupStart.length];
    int m = 0;
    for (int k = 0; k < distinctX.length; k++) {
      mStart[k] = m;
      java.util.Map<Key, Integer> seen = new java.util.HashMap<>();
      for (int i = groupStart[k]; i < groupStart[k + 1]; i++) {
        Key key = new Key(rec[i], t[i]);
        Integer at = seen.get(key);
        if (at == null) {
          seen.put(key, m);
          mr[m] = rec[i];
          mt[m] = t[i];
          mw[m] = 1;
          m++;
        } else {
          mw[at]++;
        }
      }
    }
    mStart[distinctX.length] = m;
    return new PurchaseData(distinctX, mStart, java.util.Arrays.copyOf(mr, m), java.util.Arrays.copyOf(mt, m),
        java.util.Arrays.copyOf(mw, m), n);
  }

  /** Number of customers. */
  public int customers() {
    return customers;
  }
}
