package io.crm4j.scoring.retention;

import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcClassification;
import io.crm4j.scoring.tiering.CustomerPyramid;
import io.crm4j.scoring.tiering.PyramidTier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The win-back list: lapsed customers (P(alive) below {@link WinBackConfig#lapsedBelow()}) grouped
 * by value class with the configured strategy per class. The classes are formed over the whole
 * customer base (ABC of past spend, or the pyramid of CLV, whichever value the caller passes), so a
 * lapsed customer keeps the class she earned among everyone. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WinBackList {

  private final WinBackConfig config;

  private WinBackList(WinBackConfig config) {
    this.config = config;
  }

  /** A win-back list with the given settings. */
  public static WinBackList of(WinBackConfig config) {
    return new WinBackList(Objects.requireNonNull(config, "config"));
  }

  /** A win-back list with {@link WinBackConfig#ofDefaults()}. */
  public static WinBackList ofDefaults() {
    return new WinBackList(WinBackConfig.ofDefaults());
  }

  public WinBackConfig config() {
    return config;
  }

  /**
   * The lapsed customers by value class, best class first (A, B, C or PLATINUM ... LEAD, every
   * class present even when empty), each class's customers by value descending, then by id.
   *
   * @param ids customer ids
   * @param probabilityAlive P(alive) per customer, in [0, 1]
   * @param value the value that forms the classes (past spend or CLV), finite and &ge; 0 for ABC
   *     with a positive total, finite for the pyramid
   * @throws IllegalArgumentException when the arrays are empty or differ in length, or a value is
   *     out of range
   */
  public List<Group> build(String[] ids, double[] probabilityAlive, double[] value) {
    Objects.requireNonNull(ids, "ids");
    Objects.requireNonNull(probabilityAlive, "probabilityAlive");
    Objects.requireNonNull(value, "value");
    int n = ids.length;
    if (probabilityAlive.length != n || value.length != n) {
      throw new IllegalArgumentException("arrays must have equal lengths, but were ids " + n + ", probabilityAlive "
          + probabilityAlive.length + ", value " + value.length);
    }
    String[] classes = classes(value);
    Map<String, List<Customer>> byClass = new LinkedHashMap<>();
    for (String c : classNames()) {
      byClass.put(c, new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      double p = probabilityAlive[i];
      if (!(p >= 0 && p <= 1)) {
        throw new IllegalArgumentException("probabilityAlive[" + i + "] must be in [0, 1], but was " + p);
      }
      if (p < config.lapsedBelow()) {
        byClass.get(classes[i]).add(new Customer(Objects.requireNonNull(ids[i], "ids[" + i + "]"), i, p, value[i]));
      }
    }
    List<Group> out = new ArrayList<>();
    Comparator<Customer> order = Comparator.comparingDouble(Customer::value).reversed()
        .thenComparing(Customer::customerId);
    for (Map.Entry<String, List<Customer>> e : byClass.entrySet()) {
      e.getValue().sort(order);
      out.add(new Group(e.getKey(), config.strategy(e.getKey()), List.copyOf(e.getValue())));
    }
    return List.copyOf(out);
  }

  private List<String> classNames() {
    List<String> names = new ArrayList<>();
    if (config.classing() == WinBackConfig.Classing.ABC) {
      for (AbcClass c : AbcClass.values()) {
        names.add(c.name());
      }
    } else {
      for (PyramidTier t : PyramidTier.values()) {
        names.add(t.name());
      }
    }
    return names;
  }

  private String[] classes(double[] value) {
    String[] out = new String[value.length];
    if (config.classing() == WinBackConfig.Classing.ABC) {
      AbcClass[] c = AbcClassification.of(config.abc()).classify(value);
      for (int i = 0; i < out.length; i++) {
        out[i] = c[i].name();
      }
    } else {
      PyramidTier[] t = CustomerPyramid.of(config.pyramid()).assign(value);
      for (int i = 0; i < out.length; i++) {
        out[i] = t[i].name();
      }
    }
    return out;
  }

  /**
   * The lapsed customers of one value class.
   *
   * @param valueClass the class name ("A", "PLATINUM", ...)
   * @param strategy the configured strategy for the class
   * @param customers the class's lapsed customers, by value descending then id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Group(String valueClass, String strategy, List<Customer> customers) {}

  /**
   * A lapsed customer.
   *
   * @param customerId the id
   * @param index the position in the input arrays
   * @param probabilityAlive P(alive)
   * @param value the value the classes were formed on
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Customer(String customerId, int index, double probabilityAlive, double value) {}
}
