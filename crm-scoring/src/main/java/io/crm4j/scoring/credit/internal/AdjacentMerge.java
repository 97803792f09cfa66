package io.crm4j.scoring.credit.internal;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Merges ordered pre-bins into final bins. The rule, applied one merge at a time until no step
 * applies:
 *
 * <ol>
 *   <li>a bin with no goods, no bads, or fewer than {@code minCount} cases is merged with the
 *       neighbour whose 2x2 chi-square statistic against it is smaller (the smallest such bin first);
 *   <li>while there are more than {@code maxBins} bins, the adjacent pair with the smallest
 *       chi-square is merged;
 *   <li>if {@code monotonic}, while the bad rate is not monotone in the direction from the first to
 *       the last bin, the pair with the smallest chi-square among the pairs that break the trend is
 *       merged.
 * </ol>
 *
 * Ties go to the leftmost pair. Not thread-safe; create one per variable.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class AdjacentMerge {

  private final List<long[]> bins = new ArrayList<>(); // {goods, bads, firstPreBin}

  private AdjacentMerge(long[] goods, long[] bads) {
    for (int i = 0; i < goods.length; i++) {
      bins.add(new long[] {goods[i], bads[i], i});
    }
  }

  /**
   * Returns the index of the first pre-bin of each final bin (the first entry is 0).
   *
   * @param goods good counts of the ordered pre-bins
   * @param bads bad counts of the ordered pre-bins
   */
  public static int[] merge(long[] goods, long[] bads, int maxBins, long minCount, boolean monotonic) {
    assert goods.length == bads.length && goods.length > 0;
    AdjacentMerge m = new AdjacentMerge(goods, bads);
    while (m.bins.size() > 1 && m.step(maxBins, minCount, monotonic)) {
      // each step merges one pair
    }
    int[] starts = new int[m.bins.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = (int) m.bins.get(i)[2];
    }
    return starts;
  }

  private boolean step(int maxBins, long minCount, boolean monotonic) {
    int weak = -1;
    for (int i = 0; i < bins.size(); i++) {
      long[] b = bins.get(i);
      boolean bad = b[0] == 0 || b[1] == 0 || b[0] + b[1] < minCount;
      if (bad && (weak < 0 || count(i) < count(weak))) {
        weak = i;
      }
    }
    if (weak >= 0) {
      int left = weak - 1;
      if (left < 0) {
        join(weak);
      } else if (weak == bins.size() - 1) {
        join(left);
      } else {
        join(chi2(left) <= chi2(weak) ? left : weak);
      }
      return true;
    }
    if (bins.size() > maxBins) {
      join(smallestChi2(false, 0));
      return true;
    }
    if (monotonic) {
      double direction = Math.signum(rate(bins.size() - 1) - rate(0));
      int pair = smallestChi2(true, direction);
      if (pair >= 0) {
        join(pair);
        return true;
      }
    }
    return false;
  }

  private int smallestChi2(boolean onlyViolations, double direction) {
    int best = -1;
    double bestChi = Double.POSITIVE_INFINITY;
    for (int i = 0; i + 1 < bins.size(); i++) {
      if (onlyViolations) {
        double diff = rate(i + 1) - rate(i);
        boolean violates = direction == 0 ? diff != 0 : diff * direction < 0;
        if (!violates) {
          continue;
        }
      }
      double c = chi2(i);
      if (c < bestChi) {
        bestChi = c;
        best = i;
      }
    }
    return best;
  }

  private long count(int i) {
    long[] b = bins.get(i);
    return b[0] + b[1];
  }

  private double rate(int i) {
    long[] b = bins.get(i);
    return (double) b[1] / (b[0] + b[1]);
  }

  /** Merges bin {@code i} with bin {@code i + 1}. */
  private void join(int i) {
    long[] a = bins.get(i);
    long[] b = bins.remove(i + 1);
    a[0] += b[0];
    a[1] += b[1];
  }

  /** Pearson's chi-square of the 2x2 table formed by bins {@code i} and {@code i + 1}. */
  double chi2(int i) {
    return chiSquare(bins.get(i), bins.get(i + 1));
  }

  static double chiSquare(long[] a, long[] b) {
    double n1 = a[0] + a[1];
    double n2 = b[0] + b[1];
    double g = a[0] + b[0];
    double bad = a[1] + b[1];
    double n = n1 + n2;
    if (n == 0) {
      return 0;
    }
    double[][] observed = {{a[0], a[1]}, {b[0], b[1]}};
    double[] rows = {n1, n2};
    double[] cols = {g, bad};
    double chi = 0;
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 2; c++) {
        double expected = rows[r] * cols[c] / n;
        if (expected > 0) {
          double d = observed[r][c] - expected;
          chi += d * d / expected;
        }
      }
    }
    return chi;
  }
}
