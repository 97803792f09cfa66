package io.crm4j.scoring.tiering.internal;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The ascending order of an array of doubles, found by an LSD radix sort on order-preserving
 * 64-bit keys. For a million values this beats sorting and then binary-searching each value,
 * because every pass reads and writes sequentially.
 *
 * <p>{@code order[p]} is the index of the {@code p}-th smallest value; equal values keep their
 * input order (the sort is stable). {@code keys[p]} is that value's key: two values are equal
 * exactly when their keys are ({@code -0.0} is treated as {@code 0.0}), and {@link #value(long)}
 * turns a key back into the value. Values must not be NaN.
 *
 * @param order indices of the values, smallest value first
 * @param keys the keys in the same (ascending) order
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public record SortedOrder(int[] order, long[] keys) {

  private static final int DIGIT_BITS = 11;
  private static final int RADIX = 1 << DIGIT_BITS;

  /** Sorts; callers have rejected NaN already. */
  public static SortedOrder of(double[] values) {
    int n = values.length;
    long[] keys = new long[n];
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      assert !Double.isNaN(values[i]) : "NaN at " + i;
      keys[i] = key(values[i]);
      order[i] = i;
    }
    long[] keysOut = new long[n];
    int[] orderOut = new int[n];
    int[] count = new int[RADIX];
    for (int shift = 0; shift < Long.SIZE; shift += DIGIT_BITS) {
      Arrays.fill(count, 0);
      for (long k : keys) {
        count[(int) ((k >>> shift) & (RADIX - 1))]++;
      }
      if (count[(int) ((keys.length == 0 ? 0 : keys[0] >>> shift) & (RADIX - 1))] == n) {
        continue; // every key has the same digit here: the pass would not move anything
      }
      int start = 0;
      for (int d = 0; d < RADIX; d++) {
        int c = count[d];
        count[d] = start;
        start += c;
      }
      for (int j = 0; j < n; j++) {
        long k = keys[j];
        int pos = count[(int) ((k >>> shift) & (RADIX - 1))]++;
        keysOut[pos] = k;
        orderOut[pos] = order[j];
      }
      long[] tk = keys;
      keys = keysOut;
      keysOut = tk;
      int[] to = order;
      order = orderOut;
      orderOut = to;
    }
    return new SortedOrder(order, keys);
  }

  /** A key whose unsigned order is the numeric order of the values. */
  static long key(double value) {
    long bits = Double.doubleToLongBits(value + 0.0); // folds -0.0 into 0.0
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /** The value of a key made by this class. */
  public static double value(long key) {
    long bits = key < 0 ? key ^ Long.MIN_VALUE : ~key;
    return Double.longBitsToDouble(bits);
  }
}
