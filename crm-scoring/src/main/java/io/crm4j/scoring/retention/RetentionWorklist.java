package io.crm4j.scoring.retention;

import io.crm4j.scoring.clv.ClvSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The retention worklist: customers ranked by value at risk = P(churn within the horizon) × value,
 * largest first, equal values at risk by customer id (ascending, {@link String#compareTo}). The
 * value is the CLV of a non-contractual customer (from {@code DiscountedClv} or {@code ClvScoring})
 * or the residual CLV of a subscriber ({@link RetentionModel#residualValue}), with the churn
 * probability from {@link ChurnRisk} or {@link #subscriberChurnProbability}.
 *
 * <p>The top N of n customers are kept in a bounded heap: O(n log N) time and O(N) memory besides
 * the inputs, so a worklist of the 1 000 most valuable at-risk customers of ten million needs no
 * full sort. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RetentionWorklist {

  private RetentionWorklist() {}

  /**
   * Scores every customer of {@code summary} with {@code risk} over {@code horizon} and ranks them
   * by value at risk against {@code value} (index for index, e.g. the discounted CLV).
   *
   * @throws IllegalArgumentException as {@link #rank(String[], double[], double[], int)} or
   *     {@link ChurnRisk#probabilityChurned(double, ClvSummary)}
   */
  public static List<Entry> rank(ChurnRisk risk, double horizon, ClvSummary summary, double[] value, int top) {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(value, "value");
    if (value.length != summary.size()) {
      throw new IllegalArgumentException("value must have " + summary.size() + " entries, but had " + value.length);
    }
    String[] ids = new String[summary.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = summary.id(i);
    }
    return rank(ids, risk.probabilityChurned(horizon, summary), value, top);
  }

  /**
   * The {@code top} customers with the largest value at risk, ranked (rank 1 first); all of them
   * when top &ge; their number.
   *
   * @param ids the customer ids, unique
   * @param churnProbability P(churn within the horizon) per customer, in [0, 1]
   * @param value the value per customer, finite and &ge; 0
   * @param top how many to return, &ge; 0
   * @throws IllegalArgumentException when the arrays differ in length, a probability or value is
   *     out of range, or top is negative
   */
  public static List<Entry> rank(String[] ids, double[] churnProbability, double[] value, int top) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(churnProbability, "churnProbability");
    Objects.requireNonNull(value, "value");
    int n = ids.length;
    if (churnProbability.length != n || value.length != n) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were ids " + n + ", churnProbability "
          + churnProbability.length + ", value " + value.length);
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0, but was " + top);
    }
    double[] risk = new double[n];
    for (int i = 0; i < n; i++) {
      Objects.requireNonNull(ids[i], "ids[" + i + "]");
      double p = churnProbability[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("churnProbability[" + i + "] must be in [0, 1], but was " + p);
      }
      double v = value[i];
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException("value[" + i + "] must be finite and >= 0, but was " + v);
      }
      risk[i] = p * v;
    }
    int[] order = new TopHeap(ids, risk, Math.min(top, n)).select();
    List<Entry> out = new ArrayList<>(order.length);
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      out.add(new Entry(k + 1, ids[i], i, churnProbability[i], value[i], risk[i]));
    }
    return out;
  }

  /**
   * P(a subscriber who has renewed {@code renewals} times leaves within the next {@code periods}
   * renewal decisions) = 1 − S(renewals + periods)/S(renewals); 1 when S(renewals) is 0 in double
   * precision.
   *
   * @throws IllegalArgumentException when renewals or periods is negative
   */
  public static double subscriberChurnProbability(RetentionModel model, int renewals, int periods) {
    Objects.requireNonNull(model, "model");
    if (renewals < 0) {
      throw new IllegalArgumentException("renewals must be >= 0, but was " + renewals);
    }
    if (periods < 0) {
      throw new IllegalArgumentException("periods must be >= 0, but was " + periods);
    }
    double now = model.survival(renewals);
    if (!(now > 0)) {
      return 1.0;
    }
    double later = model.survival(renewals + periods);
    return Math.max(0.0, Math.min(1.0, 1 - later / now));
  }

  /**
   * One row of the worklist.
   *
   * @param rank 1 for the largest value at risk
   * @param customerId the customer's id
   * @param index the customer's position in the input arrays
   * @param churnProbability P(churn within the horizon)
   * @param value the customer's value (CLV or residual CLV)
   * @param valueAtRisk churnProbability × value
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Entry(int rank, String customerId, int index, double churnProbability, double value,
      double valueAtRisk) {}

  /** A binary min-heap of indices whose root is the worst of the kept ones. */
  private static final class TopHeap {
    private final String[] ids;
    private final double[] risk;
    private final int[] heap;
    private int size;

    TopHeap(String[] ids, double[] risk, int capacity) {
      this.ids = ids;
      this.risk = risk;
      this.heap = new int[capacity];
    }

    /** True when customer i ranks before customer j. */
    private boolean before(int i, int j) {
      int c = Double.compare(risk[i], risk[j]);
      return c != 0 ? c > 0 : ids[i].compareTo(ids[j]) < 0;
    }

    int[] select() {
      if (heap.length == 0) {
        return heap;
      }
      for (int i = 0; i < risk.length; i++) {
        if (size < heap.length) {
          heap[size] = i;
          up(size++);
        } else if (before(i, heap[0])) {
          heap[0] = i;
          down(0);
        }
      }
      int[] order = new int[size];
      for (int k = size - 1; k >= 0; k--) {
        order[k] = heap[0];
        heap[0] = heap[--size];
        down(0);
      }
      return order;
    }

    private void up(int k) {
      int e = heap[k];
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        if (!before(heap[parent], e)) {
          break;
        }
        heap[k] = heap[parent];
        k = parent;
      }
      heap[k] = e;
    }

    private void down(int k) {
      int e = heap[k];
      int half = size >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        if (child + 1 < size && before(heap[child], heap[child + 1])) {
          child++;
        }
        if (!before(e, heap[child])) {
          break;
        }
        heap[k] = heap[child];
        k = child;
      }
      heap[k] = e;
    }
  }
}
