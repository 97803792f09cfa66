package io.crm4j.scoring.clv.internal;

import java.util.Arrays;

/**
 * An exact running sum of finite doubles that rounds once, when read: the result is the double
 * nearest to the true sum, so it does not depend on the order of the terms. Keeps the sum as a
 * short list of non-overlapping partials (Shewchuk, "Adaptive Precision Floating-Point
 * Arithmetic and Fast Robust Geometric Predicates", 1997; the rounding step follows the msum
 * recipe). Mutable and not thread-safe; {@link #reset} makes it reusable.
 */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1")
public final class ExactSum {

  private double[] partials = new double[4];
  private int size;

  /** Empties the sum. */
  public void reset() {
    size = 0;
  }

  /** Adds a finite term exactly. */
  public void add(double x) {
    assert Double.isFinite(x) : x;
    int kept = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) {
        partials[kept++] = lo;
      }
      x = hi;
    }
    if (kept == partials.length) {
      partials = Arrays.copyOf(partials, 2 * kept);
    }
    partials[kept] = x;
    size = kept + 1;
  }

  /** The true sum rounded to the nearest double (ties to even); 0 when empty. */
  public double value() {
    if (size == 0) {
      return 0.0;
    }
    int n = size - 1;
    double hi = partials[n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo != 0.0) {
        break;
      }
    }
    // half-way case: the partials below decide whether the tie is broken up or down
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = 2 * lo;
      double x = hi + y;
      if (y == x - hi) {
        hi = x;
      }
    }
    return hi;
  }
}
