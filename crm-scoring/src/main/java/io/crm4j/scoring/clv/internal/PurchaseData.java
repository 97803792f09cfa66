package io.crm4j.scoring.clv.internal;

/**
 * Summaries regrouped by frequency for the likelihoods: customers sorted by x, with the distinct
 * x values, their counts and the start of each group, so that terms depending on x alone are
 * computed once per distinct x.
 */
public final class PurchaseData {

  final int[] distinctX;
  final int[] groupStart;
  final double[] recency;
  final double[] age;
  final int customers;

  private PurchaseData(int[] distinctX, int[] groupStart, double[] recency, double[] age) {
    this.distinctX = distinctX;
    this.groupStart = groupStart;
    this.recency = recency;
    this.age = age;
    this.customers = recency.length;
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
    return new PurchaseData(distinctX, groupStart, rec, t);
  }

  /** Number of customers. */
  public int customers() {
    return customers;
  }
}
