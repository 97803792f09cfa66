package io.crm4j.scoring.retention;

import io.crm4j.scoring.tiering.AbcClass;
import io.crm4j.scoring.tiering.AbcConfig;
import io.crm4j.scoring.tiering.PyramidConfig;
import io.crm4j.scoring.tiering.PyramidTier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Settings of the {@link WinBackList}: when a customer counts as lapsed (P(alive) below a
 * threshold), how value classes are formed (ABC over cumulative value, or the customer pyramid
 * over value percentiles) and the strategy, a free text or code, for each class.
 *
 * <p>The defaults are crm4j's preset, not a published norm: lapsed below P(alive) 0.3; ABC with
 * {@link AbcConfig#ofDefaults()}; A "personal call from the account manager", B "personalised
 * win-back offer", C "automated reactivation e-mail"; for the pyramid PLATINUM and GOLD a personal
 * call, IRON a personalised offer, LEAD an automated e-mail. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class WinBackConfig {

  /** How the value classes are formed. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Classing {
    /** ABC classes over the cumulative share of value ({@code AbcClassification}). */
    ABC,
    /** Customer pyramid tiers over value percentiles ({@code CustomerPyramid}). */
    PYRAMID
  }

  private static final String CALL = "personal call from the account manager";
  private static final String OFFER = "personalised win-back offer";
  private static final String MAIL = "automated reactivation e-mail";
  private static final WinBackConfig DEFAULTS = new Builder().build();

  private final double lapsedBelow;
  private final Classing classing;
  private final AbcConfig abc;
  private final PyramidConfig pyramid;
  private final Map<String, String> strategies;

  private WinBackConfig(Builder b) {
    this.lapsedBelow = b.lapsedBelow;
    this.classing = b.classing;
    this.abc = b.abc;
    this.pyramid = b.pyramid;
    this.strategies = Map.copyOf(b.strategies);
  }

  /** The preset described in the class comment. */
  public static WinBackConfig ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder starting from {@code base}. */
  public static Builder from(WinBackConfig base) {
    Objects.requireNonNull(base, "base");
    Builder b = new Builder();
    b.lapsedBelow = base.lapsedBelow;
    b.classing = base.classing;
    b.abc = base.abc;
    b.pyramid = base.pyramid;
    b.strategies.putAll(base.strategies);
    return b;
  }

  /** A customer with P(alive) strictly below this is lapsed. */
  public double lapsedBelow() {
    return lapsedBelow;
  }

  public Classing classing() {
    return classing;
  }

  public AbcConfig abc() {
    return abc;
  }

  public PyramidConfig pyramid() {
    return pyramid;
  }

  /** The strategy for a value class, by the class's name ("A", "PLATINUM", ...). */
  public String strategy(String valueClass) {
    String s = strategies.get(Objects.requireNonNull(valueClass, "valueClass"));
    if (s == null) {
      throw new IllegalArgumentException("valueClass must be an ABC class or a pyramid tier, but was " + valueClass);
    }
    return s;
  }

  @Override
  public String toString() {
    return "WinBackConfig[lapsedBelow=" + lapsedBelow + ", classing=" + classing + ", strategies="
        + new java.util.TreeMap<>(strategies) + "]";
  }

  /** Builds a {@link WinBackConfig}; each setter checks its arguments at once. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private double lapsedBelow = 0.3;
    private Classing classing = Classing.ABC;
    private AbcConfig abc = AbcConfig.ofDefaults();
    private PyramidConfig pyramid = PyramidConfig.ofDefaults();
    private final Map<String, String> strategies = new LinkedHashMap<>();

    private Builder() {
      strategies.put(AbcClass.A.name(), CALL);
      strategies.put(AbcClass.B.name(), OFFER);
      strategies.put(AbcClass.C.name(), MAIL);
      strategies.put(PyramidTier.PLATINUM.name(), CALL);
      strategies.put(PyramidTier.GOLD.name(), CALL);
      strategies.put(PyramidTier.IRON.name(), OFFER);
      strategies.put(PyramidTier.LEAD.name(), MAIL);
    }

    /**
     * Sets the P(alive) below which a customer is lapsed.
     *
     * @throws IllegalArgumentException unless in (0, 1]
     */
    public Builder lapsedBelow(double lapsedBelow) {
      if (!(lapsedBelow > 0 && lapsedBelow <= 1)) {
        throw new IllegalArgumentException("lapsedBelow must be in (0, 1], but was " + lapsedBelow);
      }
      this.lapsedBelow = lapsedBelow;
      return this;
    }

    /** Classes by ABC with the given settings. */
    public Builder abc(AbcConfig abc) {
      this.abc = Objects.requireNonNull(abc, "abc");
      this.classing = Classing.ABC;
      return this;
    }

    /** Classes by the customer pyramid with the given settings. */
    public Builder pyramid(PyramidConfig pyramid) {
      this.pyramid = Objects.requireNonNull(pyramid, "pyramid");
      this.classing = Classing.PYRAMID;
      return this;
    }

    /** The strategy for an ABC class. */
    public Builder strategy(AbcClass valueClass, String strategy) {
      return put(Objects.requireNonNull(valueClass, "valueClass").name(), strategy);
    }

    /** The strategy for a pyramid tier. */
    public Builder strategy(PyramidTier valueClass, String strategy) {
      return put(Objects.requireNonNull(valueClass, "valueClass").name(), strategy);
    }

    private Builder put(String key, String strategy) {
      Objects.requireNonNull(strategy, "strategy");
      if (strategy.isBlank()) {
        throw new IllegalArgumentException("strategy must not be blank, but was \"" + strategy + "\"");
      }
      strategies.put(key, strategy);
      return this;
    }

    public WinBackConfig build() {
      return new WinBackConfig(this);
    }
  }
}
