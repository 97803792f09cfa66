package io.crm4j.scoring.clv;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The calibration summaries of a customer base, stored column-wise so that models can fit
 * millions of customers without one object per customer. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClvSummary {

  /** Null when the ids are the row numbers 1..n (saves a string per simulated customer). */
  final String @Nullable [] ids;
  final int[] frequency;
  final double[] recency;
  final double[] age;
  final double[] monetary;

  private ClvSummary(String @Nullable [] ids, int[] frequency, double[] recency, double[] age, double[] monetary) {
    this.ids = ids;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
  }

  /** Returns the summary of the given customers, in their order. */
  public static ClvSummary of(List<CustomerSummary> customers) {
    Objects.requireNonNull(customers, "customers");
    int n = customers.size();
    String[] ids = new String[n];
    int[] f = new int[n];
    double[] r = new double[n];
    double[] t = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      CustomerSummary c = Objects.requireNonNull(customers.get(i), "customers[" + i + "]");
      ids[i] = c.customerId();
      f[i] = c.frequency();
      r[i] = c.recency();
      t[i] = c.age();
      m[i] = c.monetaryValue();
    }
    return new ClvSummary(ids, f, r, t, m);
  }

  /**
   * Returns a summary from parallel arrays (copied). Ids are the row numbers 1..n and monetary
   * values are zero.
   */
  public static ClvSummary of(int[] frequency, double[] recency, double[] age) {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(age, "age");
    int n = frequency.length;
    if (recency.length != n || age.length != n) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were frequency " + n + ", recency "
          + recency.length + ", age " + age.length);
    }
    for (int i = 0; i < n; i++) {
      String problem = Validation.customerProblem(frequency[i], recency[i], age[i], 0.0);
      if (problem != null) {
        throw new IllegalArgumentException(problem + " (customer " + (i + 1) + ")");
      }
    }
    return new ClvSummary(null, frequency.clone(), recency.clone(), age.clone(), new double[n]);
  }

  /** The same customers with other monetary values (copied and validated). */
  public ClvSummary withMonetaryValues(double[] monetaryValue) {
    Objects.requireNonNull(monetaryValue, "monetaryValue");
    if (monetaryValue.length != frequency.length) {
      throw new IllegalArgumentException("monetaryValue must have " + frequency.length + " entries, but had "
          + monetaryValue.length);
    }
    for (int i = 0; i < monetaryValue.length; i++) {
      Validation.checkCustomer(frequency[i], recency[i], age[i], monetaryValue[i], id(i));
    }
    return new ClvSummary(ids, frequency, recency, age, monetaryValue.clone());
  }

  /** Returns a summary from parallel arrays (copied); every row is validated. */
  public static ClvSummary of(String[] ids, int[] frequency, double[] recency, double[] age, double[] monetaryValue) {
    adopt(ids, frequency, recency, age, monetaryValue);
    return new ClvSummary(ids.clone(), frequency.clone(), recency.clone(), age.clone(), monetaryValue.clone());
  }

  /**
   * A summary over arrays this package built and hands over (not copied: the caller keeps no
   * reference); every row is validated as {@link #of(String[], int[], double[], double[], double[])} does.
   */
  static ClvSummary adopt(String[] ids, int[] frequency, double[] recency, double[] age, double[] monetaryValue) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(recency, "recency");
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(monetaryValue, "monetaryValue");
    int n = ids.length;
    if (frequency.length != n || recency.length != n || age.length != n || monetaryValue.length != n) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were ids " + n + ", frequency "
          + frequency.length + ", recency " + recency.length + ", age " + age.length + ", monetaryValue "
          + monetaryValue.length);
    }
    for (int i = 0; i < n; i++) {
      if (ids[i] == null) {
        throw new NullPointerException("ids[" + i + "]");
      }
      Validation.checkCustomer(frequency[i], recency[i], age[i], monetaryValue[i], ids[i]);
    }
    return new ClvSummary(ids, frequency, recency, age, monetaryValue);
  }

  /** Number of customers. */
  public int size() {
    return frequency.length;
  }

  /** The customer at {@code index} (0-based). */
  public CustomerSummary customer(int index) {
    Objects.checkIndex(index, frequency.length);
    return new CustomerSummary(id(index), frequency[index], recency[index], age[index], monetary[index]);
  }

  /** An unmodifiable list view of the customers. */
  public List<CustomerSummary> customers() {
    return new AbstractList<>() {
      @Override
      public CustomerSummary get(int index) {
        return customer(index);
      }

      @Override
      public int size() {
        return frequency.length;
      }
    };
  }

  /** Number of customers with at least one repeat purchase. */
  public int repeatCustomers() {
    int k = 0;
    for (int f : frequency) {
      if (f > 0) {
        k++;
      }
    }
    return k;
  }

  /** The id of the customer at {@code index}. */
  public String id(int index) {
    return ids == null ? Integer.toString(Objects.checkIndex(index, frequency.length) + 1) : ids[index];
  }

  /** The frequency (x) of the customer at {@code index}. */
  public int frequency(int index) {
    return frequency[index];
  }

  /** The recency (t_x) of the customer at {@code index}. */
  public double recency(int index) {
    return recency[index];
  }

  /** The age (T) of the customer at {@code index}. */
  public double age(int index) {
    return age[index];
  }

  /** The monetary value of the customer at {@code index}. */
  public double monetaryValue(int index) {
    return monetary[index];
  }

  @Override
  public String toString() {
    return "ClvSummary[" + frequency.length + " customers, " + repeatCustomers() + " repeaters]";
  }
}
