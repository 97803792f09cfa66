package io.crm4j.scoring.rfm;

import org.apiguardian.api.API;

/**
 * A customer's recency, frequency and monetary scores, each from 1 (worst) to the number of bins
 * (best, 5 by default). Immutable and thread-safe.
 *
 * @param r recency score: higher means a more recent last purchase
 * @param f frequency score: higher means more purchases
 * @param m monetary score: higher means more spend
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RfmScore(int r, int f, int m) {

  public RfmScore {
    check(r, "r");
    check(f, "f");
    check(m, "m");
  }

  private static void check(int score, String name) {
    if (score < 1 || score > RfmConfig.MAX_BINS) {
      throw new IllegalArgumentException(name + " must be in [1, " + RfmConfig.MAX_BINS + "], but was " + score);
    }
  }

  /** The three-digit cell, e.g. {@code 545} for r = 5, f = 4, m = 5. */
  public int cell() {
    return r * 100 + f * 10 + m;
  }

  /**
   * The combined frequency-monetary score used by {@link RfmSegmentMap}: the mean of f and m,
   * rounded half up, so f = 4 and m = 5 give 5.
   */
  public int fm() {
    return (f + m + 1) / 2;
  }
}
