package io.crm4j.scoring.clv;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The calibration summaries of a customer base, stored column-wise so that models can fit
 * millions of customers without one object per customer. Immutable and thread-safe.
 *
 * <p>A summary knows the {@link ClvTimeUnit} its recency and T are in ({@link #unit()}): a model
 * fitted on it remembers that unit, and predicting or valuing a summary in another unit is an
 * error, never a silent mix. {@link #inUnit(ClvTimeUnit)} converts a summary when the user asks.
 * The factories without a unit parameter mean weeks, the unit of the published CDNOW summaries and
 * the default of {@link TransactionSummarizer}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ClvSummary {

  /** Null when the ids are the row numbers 1..n (saves a string per simulated customer). */
  final String @Nullable [] ids;
  final int[] frequency;
  final double[] recency;
  final double[] age;
  final double[] monetary;
  private final ClvTimeUnit unit;

  private ClvSummary(String @Nullable [] ids, int[] frequency, double[] recency, double[] age, double[] monetary,
      ClvTimeUnit unit) {
    this.unit = Objects.requireNonNull(unit, "unit");
    this.ids = ids;
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
  }

  /** Returns the summary of the given customers, in their order, in weeks. */
  public static ClvSummary of(List<CustomerSummary> customers) {
    return of(customers, ClvTimeUnit.WEEKS);
  }

  /** Returns the summary of the given customers, in their order, whose times are in {@code unit}. */
  public static ClvSummary of(List<CustomerSummary> customers, ClvTimeUnit unit) {
    Objects.requireNonNull(customers, "customers");
    Objects.requireNonNull(unit, "unit");
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
    return new ClvSummary(ids, f, r, t, m, unit);
  }

  /**
   * Returns a summary in weeks from parallel arrays (copied). Ids are the row numbers 1..n and
   * monetary values are zero.
   */
  public static ClvSummary of(int[] frequency, double[] recency, double[] age) {
    return of(frequency, recency, age, ClvTimeUnit.WEEKS);
  }

  /**
   * Returns a summary whose times are in {@code unit} from parallel arrays (copied). Ids are the
   * row numbers 1..n and monetary values are zero.
   */
  public static ClvSummary of(int[] frequency, double[] recency, double[] age, ClvTimeUnit unit) {
    Objects.requireNonNull(unit, "unit");
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
    return new ClvSummary(null, frequency.clone(), recency.clone(), age.clone(), new double[n], unit);
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
    return new ClvSummary(ids, frequency, recency, age, monetaryValue.clone(), unit);
  }

  /** Returns a summary in weeks from parallel arrays (copied); every row is validated. */
  public static ClvSummary of(String[] ids, int[] frequency, double[] recency, double[] age, double[] monetaryValue) {
    return of(ids, frequency, recency, age, monetaryValue, ClvTimeUnit.WEEKS);
  }

  /** Returns a summary whose times are in {@code unit} from parallel arrays (copied); every row is validated. */
  public static ClvSummary of(String[] ids, int[] frequency, double[] recency, double[] age, double[] monetaryValue,
      ClvTimeUnit unit) {
    adopt(ids, frequency, recency, age, monetaryValue, unit);
    return new ClvSummary(ids.clone(), frequency.clone(), recency.clone(), age.clone(), monetaryValue.clone(), unit);
  }

  /**
   * A summary over arrays this package built and hands over (not copied: the caller keeps no
   * reference); every row is validated as {@link #of(String[], int[], double[], double[], double[], ClvTimeUnit)}
   * does.
   */
  static ClvSummary adopt(String[] ids, int[] frequency, double[] recency, double[] age, double[] monetaryValue,
      ClvTimeUnit unit) {
    Objects.requireNonNull(unit, "unit");
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
    return new ClvSummary(ids, frequency, recency, age, monetaryValue, unit);
  }

  /** The time unit of every recency and T of this summary. */
  public ClvTimeUnit unit() {
    return unit;
  }

  /**
   * The same customers with recency and T converted to {@code target} (t × days per old unit /
   * days per new unit); this summary itself when it is already in {@code target}. Use it to value a
   * summary with models fitted in another unit; frequencies and monetary values do not change.
   */
  public ClvSummary inUnit(ClvTimeUnit target) {
    Objects.requireNonNull(target, "target");
    if (target == unit) {
      return this;
    }
    double[] r = new double[recency.length];
    double[] t = new double[age.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = unit.convert(recency[i], target);
      t[i] = unit.convert(age[i], target);
    }
    return new ClvSummary(ids, frequency, r, t, monetary, target);
  }

  /**
   * Checks that this summary is in {@code modelUnit}, the unit of the model about to read it.
   *
   * @throws IllegalArgumentException naming both units when they differ
   */
  void requireUnit(ClvTimeUnit modelUnit) {
    if (unit != modelUnit) {
      throw new IllegalArgumentException("summary unit must be " + modelUnit.label() + ", the unit the model was "
          + "fitted in, but was " + unit.label() + " (convert with summary.inUnit(ClvTimeUnit." + modelUnit
          + ") or fit the model on this summary)");
    }
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
    return "ClvSummary[" + frequency.length + " customers, " + repeatCustomers() + " repeaters, in "
        + unit.label() + "]";
  }
}
